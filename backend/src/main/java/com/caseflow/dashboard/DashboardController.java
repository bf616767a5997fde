package com.caseflow.dashboard;

import com.caseflow.dashboard.Figures.*;
import com.caseflow.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Manager dashboards: where cases wait per process activity, and the campaign figures (one endpoint per group). */
@RestController
@RequestMapping("/api/dashboard")
public class DashboardController {

  private final DashboardAccess access;
  private final ProcessDashboardService processes;
  private final FigureService figures;

  public DashboardController(DashboardAccess access, ProcessDashboardService processes, FigureService figures) {
    this.access = access;
    this.processes = processes;
    this.figures = figures;
  }

  @GetMapping("/processes/{key}/activities")
  public List<ProcessDashboardService.ActivityCount> activities(@AuthenticationPrincipal CurrentUser user,
      @PathVariable String key, @RequestParam(required = false) String campaign,
      @RequestParam(required = false) String agency) {
    return processes.activities(key, access.filter(user, campaign, agency, null, null));
  }

  /** Content type preset (not negotiated): the API client asks for JSON on every call and reads this as text. */
  @GetMapping("/processes/{key}/xml")
  public org.springframework.http.ResponseEntity<String> xml(@AuthenticationPrincipal CurrentUser user,
      @PathVariable String key) {
    access.filter(user, null, null, null, null);
    return org.springframework.http.ResponseEntity.ok().contentType(org.springframework.http.MediaType.APPLICATION_XML)
        .body(processes.latestXml(key));
  }

  @GetMapping("/processes/{key}/activities/{activityId}/cases")
  public List<ProcessDashboardService.WaitingCase> waiting(@AuthenticationPrincipal CurrentUser user,
      @PathVariable String key, @PathVariable String activityId, @RequestParam(required = false) String campaign,
      @RequestParam(required = false) String agency) {
    return processes.cases(key, activityId, access.filter(user, campaign, agency, null, null));
  }

  /**
   * What every figure is asked for: {@code ?campaign=&agency=&from=&to=} (ISO dates, each optional), checked and
   * narrowed to the caller's scope by {@link DashboardAccess}.
   */
  public record FigureQuery(String campaign, String agency,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {}

  private DashboardFilter filter(CurrentUser user, FigureQuery q) {
    return access.filter(user, q.campaign(), q.agency(), q.from(), q.to());
  }

  @GetMapping("/figures/cases")
  public CaseFigures cases(@AuthenticationPrincipal CurrentUser user, FigureQuery q) {
    return figures.cases(filter(user, q));
  }

  @GetMapping("/figures/overdue")
  public OverdueFigures overdue(@AuthenticationPrincipal CurrentUser user, FigureQuery q) {
    return figures.overdue(filter(user, q));
  }

  @GetMapping("/figures/credit")
  public CreditFigures credit(@AuthenticationPrincipal CurrentUser user, FigureQuery q) {
    return figures.credit(filter(user, q));
  }

  @GetMapping("/figures/durations")
  public DurationFigures durations(@AuthenticationPrincipal CurrentUser user, FigureQuery q) {
    return figures.durations(filter(user, q));
  }

  @GetMapping("/figures/spot-checks")
  public SpotCheckFigures spotChecks(@AuthenticationPrincipal CurrentUser user, FigureQuery q) {
    return figures.spotChecks(filter(user, q));
  }

  @GetMapping("/figures/recalls")
  public RecallFigures recalls(@AuthenticationPrincipal CurrentUser user, FigureQuery q) {
    return figures.recalls(filter(user, q));
  }

  @GetMapping("/figures/referrals")
  public ReferralFigures referrals(@AuthenticationPrincipal CurrentUser user, FigureQuery q) {
    return figures.referrals(filter(user, q));
  }

  @GetMapping("/figures/penalties")
  public PenaltyFigures penalties(@AuthenticationPrincipal CurrentUser user, FigureQuery q) {
    return figures.penalties(filter(user, q));
  }
}
