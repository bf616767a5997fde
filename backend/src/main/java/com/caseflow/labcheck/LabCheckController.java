package com.caseflow.labcheck;

import com.caseflow.common.Like;
import com.caseflow.agency.Agency;
import com.caseflow.agency.AgencyService;
import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import com.caseflow.cases.LeadRequest;
import com.caseflow.cases.LeadService;
import com.caseflow.inspection.InspectionAccess;
import com.caseflow.labcheck.LabCheckMapper.Finding;
import com.caseflow.labcheck.LabCheckMapper.Institution;
import com.caseflow.labcheck.LabCheckMapper.LabInspection;
import com.caseflow.labcheck.LabCheckMapper.LabSample;
import com.caseflow.security.CurrentUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 检验检测机构监督检查: testing institutions of the inspection directory, the spot checks they reported on (by lab
 * name), their inspections, and findings against them. A finding opens a lead (source {@code INSPECTION}) naming the
 * institution as party, once per institution and set of reports.
 */
@RestController
public class LabCheckController {

  public static final String ORIGIN_PREFIX = "lab-check-";

  private final LabCheckMapper mapper;
  private final InspectionAccess access;
  private final AgencyService agencies;
  private final LeadService leads;

  public LabCheckController(LabCheckMapper mapper, InspectionAccess access, AgencyService agencies, LeadService leads) {
    this.mapper = mapper;
    this.access = access;
    this.agencies = agencies;
    this.leads = leads;
  }

  public record InstitutionDetail(Institution institution, List<LabSample> spotChecks, List<LabInspection> inspections,
      List<Finding> findings) {}

  public record FindingRequest(String campaignCode, String finding, List<String> reportNos) {}

  public record FindingResult(long leadId, boolean created) {}

  @GetMapping("/api/lab-checks/institutions")
  public List<Institution> institutions(@RequestParam(required = false) String q,
      @AuthenticationPrincipal CurrentUser user) {
    return mapper.institutions(access.path(user), q == null || q.isBlank() ? null : Like.escape(q.trim()));
  }

  @GetMapping("/api/lab-checks/institutions/{id}")
  public InstitutionDetail institution(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
    Institution i = find(id, user);
    return new InstitutionDetail(i, mapper.samples(i.name()), mapper.inspections(i.id()),
        mapper.findings(ORIGIN_PREFIX + i.id() + "|"));
  }

  @PostMapping("/api/lab-checks/institutions/{id}/findings")
  @Transactional
  public ResponseEntity<FindingResult> finding(@PathVariable String id, @RequestBody(required = false) FindingRequest r,
      @AuthenticationPrincipal CurrentUser user) {
    access.requireOrganiser(user);
    Institution i = find(id, user);
    List<FieldProblem> problems = new ArrayList<>();
    if (r == null || r.finding() == null || r.finding().isBlank()) {
      problems.add(new FieldProblem("finding", "validation.required"));
    } else if (r.finding().length() > 2000) {
      problems.add(new FieldProblem("finding", "validation.tooLong", 2000));
    }
    if (r == null || r.campaignCode() == null || r.campaignCode().isBlank()) {
      problems.add(new FieldProblem("campaignCode", "validation.required"));
    }
    TreeSet<String> reports = new TreeSet<>();
    if (r != null && r.reportNos() != null) {
      List<String> known = mapper.samples(i.name()).stream().map(LabSample::reportNo).toList();
      for (int n = 0; n < r.reportNos().size(); n++) {
        String no = r.reportNos().get(n);
        if (no == null || !known.contains(no.trim())) {
          problems.add(new FieldProblem("reportNos[" + n + "]", "validation.unknown", no));
        } else {
          reports.add(no.trim());
        }
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    String origin = ORIGIN_PREFIX + i.id() + "|" + (reports.isEmpty() ? "general" : String.join(",", reports));
    if (origin.length() > 200) {
      throw ApiException.invalidField("reportNos", "validation.tooLong", 200);
    }
    List<Finding> existing = mapper.findings(origin);
    boolean created = existing.stream().noneMatch(f -> origin.equals(f.originKey()));
    String description = "检验检测机构监督检查发现：" + r.finding().trim()
        + (reports.isEmpty() ? "" : "（涉及检验报告：" + String.join("、", reports) + "）");
    Agency agency = agencies.find(i.agencyCode()).orElseThrow(() -> ApiException.notFound("agency", i.agencyCode()));
    LeadRequest lead = new LeadRequest(r.campaignCode().trim(), "INSPECTION", i.name(), i.uscc(), "ORGANISATION", null,
        "检验检测服务", description.length() > 4000 ? description.substring(0, 4000) : description, null, null, null,
        null, reports.isEmpty() ? null : reports.first(), null, null, null, null);
    long leadId = leads.registerOnce(origin, lead, agency.code(), user.username(), null,
        Map.of("testingInstitutionId", i.id()));
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(new FindingResult(leadId, created));
  }

  private Institution find(String id, CurrentUser user) {
    long n;
    try {
      n = Long.parseLong(id);
    } catch (NumberFormatException e) {
      throw ApiException.notFound("institution", null);
    }
    Institution i = mapper.institution(n);
    if (i == null || !access.covers(user, i.agencyPath())) {
      throw ApiException.notFound("institution", null);
    }
    return i;
  }
}
