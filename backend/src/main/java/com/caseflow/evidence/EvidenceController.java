package com.caseflow.evidence;

import com.caseflow.common.Downloads;
import com.caseflow.security.CurrentUser;
import java.util.List;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
public class EvidenceController {

  private final EvidenceService evidence;

  public EvidenceController(EvidenceService evidence) {
    this.evidence = evidence;
  }

  @PostMapping(path = "/api/cases/{ref}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseStatus(HttpStatus.CREATED)
  public Evidence upload(
      @PathVariable String ref,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String description,
      @RequestPart(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) Long supersedesId,
      @AuthenticationPrincipal CurrentUser user) {
    EvidenceService.Upload upload = new EvidenceService.Upload(type, description,
        file == null ? null : file.getOriginalFilename(), file == null ? null : file.getSize(),
        file == null ? null : file::getInputStream, supersedesId);
    return evidence.upload(ref, user, upload);
  }

  @GetMapping("/api/cases/{ref}/evidence")
  public List<Evidence> list(@PathVariable String ref, @AuthenticationPrincipal CurrentUser user) {
    return evidence.list(ref, user);
  }

  @GetMapping("/api/evidence/{id}/content")
  public ResponseEntity<Resource> content(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
    EvidenceService.Content content = evidence.content(id, user);
    Evidence e = content.evidence();
    String fallback = "evidence-" + e.id() + "." + FileSniffer.extension(e.fileName());
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(e.contentType()))
        .contentLength(e.size())
        .eTag("\"" + e.sha256() + "\"")
        .cacheControl(CacheControl.noCache().cachePrivate())
        .header(HttpHeaders.CONTENT_DISPOSITION, Downloads.contentDisposition("attachment", e.fileName(), fallback))
        .header("X-Content-SHA256", e.sha256())
        .body(new FileSystemResource(content.file()));
  }
}
