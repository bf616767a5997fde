package com.caseflow.dashboard;

import com.caseflow.security.CurrentUser;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A campaign's implementation report (专项行动实施情况报告) as xlsx and PDF. */
@RestController
public class CampaignReportController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final CampaignReportService reports;
  private final CampaignReportWriter writer;

  public CampaignReportController(CampaignReportService reports, CampaignReportWriter writer) {
    this.reports = reports;
    this.writer = writer;
  }

  @GetMapping("/api/campaigns/{code}/report.xlsx")
  public ResponseEntity<byte[]> xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return file(writer.xlsx(reports.build(user, code, agency, from, to)), XLSX, code + "-report.xlsx");
  }

  @GetMapping("/api/campaigns/{code}/report.pdf")
  public ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable String code,
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
    return file(writer.pdf(reports.build(user, code, agency, from, to)), MediaType.APPLICATION_PDF, code + "-report.pdf");
  }

  private static ResponseEntity<byte[]> file(byte[] body, MediaType type, String name) {
    return ResponseEntity.ok().contentType(type)
        .header(HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
        .body(body);
  }
}
