package com.caseflow.spotcheck;

import com.caseflow.common.ApiError;
import com.caseflow.common.ApiException;
import com.caseflow.common.Messages;
import com.caseflow.common.PageResult;
import com.caseflow.security.CurrentUser;
import com.caseflow.security.Groups;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Spot-check results: import (quality officers), list and detail (agency scope), the CSV template. */
@RestController
@RequestMapping("/api/spot-checks")
public class SpotCheckController {

  /** One row error as the client sees it. */
  public record RowErrorView(int row, String field, String message) {}

  /** Answer of an import: counts and row errors. */
  public record ImportResponse(Long batchId, int imported, int rejected, int followUpsStarted, List<RowErrorView> errors) {}

  /** Answer of a check (dryRun=true): what the import would do; nothing was stored. */
  public record CheckResponse(boolean dryRun, int rows, int valid, int rejected, int followUps,
      List<RowErrorView> errors) {}

  /** 400 of a rejected all-or-nothing import: ApiError's fields plus the counts and the row errors. */
  public record RejectedResponse(String code, String message, int imported, int rejected, List<RowErrorView> errors,
      List<RowErrorView> fieldErrors) {}

  private final SpotCheckImportService imports;
  private final SpotCheckQueryService queries;
  private final Messages messages;
  private final DataSize maxFileSize;

  public SpotCheckController(SpotCheckImportService imports, SpotCheckQueryService queries, Messages messages,
      @Value("${caseflow.spot-check.max-file-size:5MB}") DataSize maxFileSize) {
    this.imports = imports;
    this.queries = queries;
    this.messages = messages;
    this.maxFileSize = maxFileSize;
  }

  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ImportResponse importFile(
      @RequestPart("file") MultipartFile file,
      @RequestParam(name = "mode", defaultValue = "all-or-nothing") String modeParam,
      @AuthenticationPrincipal CurrentUser user) throws IOException {
    SpotCheckImportService.Mode mode = acceptable(file, modeParam, user);
    SpotCheckImportService.Result r = imports.importFile(file.getOriginalFilename(), file.getBytes(), mode, user);
    return new ImportResponse(r.batchId(), r.imported(), r.rejected(), r.followUpsStarted(), views(r.errors()));
  }

  /**
   * The check before an import ({@code ?dryRun=true}): the same validation and row errors as the import,
   * nothing stored. Answers 200 with the counts also when rows are bad, whatever the mode.
   */
  @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, params = "dryRun=true")
  public CheckResponse checkFile(
      @RequestPart("file") MultipartFile file,
      @RequestParam(name = "mode", defaultValue = "all-or-nothing") String modeParam,
      @AuthenticationPrincipal CurrentUser user) throws IOException {
    acceptable(file, modeParam, user);
    SpotCheckImportService.Check c = imports.check(file.getOriginalFilename(), file.getBytes(), user);
    return new CheckResponse(true, c.rows(), c.valid(), c.rejected(), c.followUps(), views(c.errors()));
  }

  /** Who may import, the mode, the file's size: the same for a check and an import. */
  private SpotCheckImportService.Mode acceptable(MultipartFile file, String modeParam, CurrentUser user) {
    if (!user.inGroup(Groups.QUALITY_OFFICERS)) {
      throw ApiException.forbidden();
    }
    SpotCheckImportService.Mode mode = SpotCheckImportService.Mode.of(modeParam);
    if (mode == null) {
      throw ApiException.invalidField("mode", "validation.oneOf", "all-or-nothing, good-rows");
    }
    if (file.getSize() > maxFileSize.toBytes()) {
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "UPLOAD_TOO_LARGE", "error.uploadTooLarge",
          maxFileSize.toMegabytes() + " MB");
    }
    if (file.isEmpty()) {
      throw ApiException.invalidField("file", "spotcheck.file.empty");
    }
    return mode;
  }

  @GetMapping
  public PageResult<SpotCheckSample> list(
      @RequestParam(required = false) String campaign, @RequestParam(required = false) String result,
      @RequestParam(required = false) String place, @RequestParam(required = false) String uscc,
      @RequestParam(required = false) Long batch,
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size,
      @AuthenticationPrincipal CurrentUser user) {
    return queries.list(user, campaign, result, place, uscc, batch, page, size);
  }

  @GetMapping("/{id}")
  public SpotCheckSample get(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
    return queries.get(id, user);
  }

  /** The import template: the Chinese headers and one example row, UTF-8 with BOM so Excel opens it right. */
  @GetMapping(path = "/template.csv")
  public ResponseEntity<byte[]> template() {
    byte[] body = SpotCheckTemplate.csv().getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[body.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(body, 0, withBom, 3, body.length);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"spot-check-template.csv\"; filename*=UTF-8''%E6%8A%BD%E6%9F%A5%E7%BB%93%E6%9E%9C%E5%AF%BC%E5%85%A5%E6%A8%A1%E6%9D%BF.csv")
        .body(withBom);
  }

  @ExceptionHandler(SpotCheckImportService.Rejected.class)
  ResponseEntity<RejectedResponse> rejected(SpotCheckImportService.Rejected e) {
    List<RowErrorView> rows = views(e.result().errors());
    return ResponseEntity.badRequest().body(new RejectedResponse("IMPORT_REJECTED",
        messages.get("spotcheck.import.rejected", e.result().rejected()), 0, e.result().rejected(), rows, rows));
  }

  @ExceptionHandler(SpotCheckFileReader.FileProblem.class)
  ResponseEntity<ApiError> fileProblem(SpotCheckFileReader.FileProblem e) {
    String message = messages.get(e.messageKey(), e.args());
    return ResponseEntity.badRequest().body(new ApiError("INVALID_FILE", message,
        List.of(new ApiError.FieldError("file", message))));
  }

  @ExceptionHandler(DuplicateKeyException.class)
  ResponseEntity<ApiError> duplicate(DuplicateKeyException e) {
    return ResponseEntity.status(HttpStatus.CONFLICT)
        .body(new ApiError("DUPLICATE_REPORT_NO", messages.get("spotcheck.import.concurrentDuplicate")));
  }

  private List<RowErrorView> views(List<RowError> errors) {
    return errors.stream()
        .map(e -> new RowErrorView(e.row(), e.field(), messages.get(e.messageKey(), e.args())))
        .toList();
  }
}
