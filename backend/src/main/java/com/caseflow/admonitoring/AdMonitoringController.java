package com.caseflow.admonitoring;

import com.caseflow.admonitoring.AdMonitoringService.AdRecord;
import com.caseflow.admonitoring.AdMonitoringService.Figures;
import com.caseflow.admonitoring.AdMonitoringService.KeyPeriods;
import com.caseflow.admonitoring.AdMonitoringService.KeyPeriodsRequest;
import com.caseflow.admonitoring.AdMonitoringService.RecordRequest;
import com.caseflow.campaign.ImportResult;
import com.caseflow.cases.Paging;
import com.caseflow.common.ApiException;
import com.caseflow.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 广告监测: records (entered or imported), key periods, figures. */
@RestController
public class AdMonitoringController {

  private final AdMonitoringService service;

  public AdMonitoringController(AdMonitoringService service) {
    this.service = service;
  }

  public record Page<T>(List<T> items, long total, int page, int size) {}

  @PostMapping("/api/ad-monitoring/records")
  @ResponseStatus(HttpStatus.CREATED)
  public AdRecord create(@RequestBody(required = false) RecordRequest request,
      @AuthenticationPrincipal CurrentUser user) {
    return service.create(request, user);
  }

  @PostMapping("/api/ad-monitoring/records/import")
  public ResponseEntity<ImportResult> importRecords(@RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(value = "mode", required = false) String mode, @AuthenticationPrincipal CurrentUser user) {
    ImportResult result = service.importRecords(file, mode, user);
    return ResponseEntity.status(result.code() == null ? HttpStatus.OK : HttpStatus.BAD_REQUEST).body(result);
  }

  /** The check before an import ({@code ?dryRun=true}): counts and row errors, nothing stored, always 200. */
  @PostMapping(path = "/api/ad-monitoring/records/import", params = "dryRun=true")
  public ImportResult.Check checkRecords(@RequestParam(value = "file", required = false) MultipartFile file,
      @RequestParam(value = "mode", required = false) String mode, @AuthenticationPrincipal CurrentUser user) {
    return service.checkRecords(file, mode, user);
  }

  @GetMapping("/api/ad-monitoring/records")
  public Page<AdRecord> records(@RequestParam(required = false) String campaign,
      @RequestParam(required = false) String category, @RequestParam(required = false) String violation,
      @RequestParam(required = false) String keyPeriod, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size, @AuthenticationPrincipal CurrentUser user) {
    Paging.check(page, size);
    return new Page<>(service.list(user, campaign, category, violation, keyPeriod, from, to, page, size),
        service.count(user, campaign, category, violation, keyPeriod, from, to), page, size);
  }

  @GetMapping("/api/ad-monitoring/records/{id}")
  public AdRecord record(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
    return service.get(parseId(id), user);
  }

  @PostMapping("/api/ad-monitoring/records/{id}/lead")
  public AdRecord lead(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
    return service.openLead(parseId(id), user);
  }

  @GetMapping("/api/ad-monitoring/figures")
  public Figures figures(@RequestParam(required = false) String campaign, @RequestParam(required = false) String from,
      @RequestParam(required = false) String to, @AuthenticationPrincipal CurrentUser user) {
    return service.figures(user, campaign, from, to);
  }

  @GetMapping("/api/ad-monitoring/key-periods")
  public KeyPeriods keyPeriods(@RequestParam(required = false) String year) {
    Integer y = null;
    if (year != null && !year.isBlank()) {
      try {
        y = Integer.valueOf(year.trim());
      } catch (NumberFormatException e) {
        throw ApiException.invalidField("year", "validation.number");
      }
    }
    return service.keyPeriods(y);
  }

  @PutMapping("/api/ad-monitoring/key-periods")
  public KeyPeriods putKeyPeriods(@RequestBody(required = false) KeyPeriodsRequest request,
      @AuthenticationPrincipal CurrentUser user) {
    return service.putKeyPeriods(request, user);
  }

  @GetMapping("/api/ad-monitoring/codes")
  public Map<String, List<AdCodes.Code>> codes() {
    return AdCodes.all();
  }

  @GetMapping("/api/ad-monitoring/template.csv")
  public ResponseEntity<byte[]> template() {
    String csv = "\uFEFF专项行动编号,所属机构,媒体,广告主名称,统一社会信用代码,产品类别,产品名称,发布日期,违法类型,说明\n"
        + "HMZL-2021,NX-YC,银川电视台生活频道,宁夏某某健康科技有限公司,91640100MA76XXXXXX,保健食品,某某牌钙片,2021-06-10,冒充专家推荐,"
        + "“专家”称可增高\n";
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"ad-monitoring-template.csv\"")
        .body(csv.getBytes(StandardCharsets.UTF_8));
  }

  private static long parseId(String id) {
    try {
      return Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw ApiException.notFound("adRecord", null);
    }
  }
}
