package com.caseflow.document;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
public class DocumentController {

  private final DocumentService documents;

  public DocumentController(DocumentService documents) {
    this.documents = documents;
  }

  public record GenerateRequest(String type) {}

  @PostMapping("/api/cases/{ref}/documents")
  @ResponseStatus(HttpStatus.CREATED)
  public DocumentRecord generate(@PathVariable String ref, @RequestBody GenerateRequest body,
      @AuthenticationPrincipal CurrentUser user) {
    return documents.generate(ref, user, body.type());
  }

  @GetMapping("/api/cases/{ref}/documents")
  public List<DocumentRecord> list(@PathVariable String ref, @AuthenticationPrincipal CurrentUser user) {
    return documents.list(ref, user);
  }

  @GetMapping("/api/documents/{id}/content")
  public ResponseEntity<Resource> content(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
    DocumentService.Content content = documents.content(id, user);
    DocumentRecord d = content.document();
    String name = d.title() + "-" + d.number() + "-v" + d.version() + ".pdf";
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .contentLength(d.size())
        .eTag("\"" + d.sha256() + "\"")
        .cacheControl(CacheControl.noCache().cachePrivate())
        .header(HttpHeaders.CONTENT_DISPOSITION,
            Downloads.contentDisposition("inline", name, "document-" + d.id() + "-v" + d.version() + ".pdf"))
        .body(new FileSystemResource(content.file()));
  }
}
