package com.caseflow.cases;

import com.caseflow.agency.AgencyService;
import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.calendar.CalendarSnapshot;
import com.caseflow.calendar.StatutoryCalendar;
import com.caseflow.campaign.CampaignMapper;
import com.caseflow.common.ApiException;
import com.caseflow.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.task.Comment;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the case file, and is the {@link CaseAccess} gate other features use. */
@Service
public class CaseQueryService implements CaseAccess {

  /** sort key → (column in a leg, column of the merged rows) */
  static final Map<String, String[]> SORTS = Map.of(
      "registeredAt", new String[] {"c.registered_at", "u.registered_at"}, "due", new String[] {"c.due_date", "u.due"},
      "caseNo", new String[] {"c.case_no", "u.case_no"}, "filedAt", new String[] {"c.filed_at", "u.filed_at"},
      "id", new String[] {"c.id", "u.id"});
  private static final Set<String> TIMELINE_TYPES = Set.of("userTask", "startEvent", "endEvent", "noneEndEvent",
      "messageStartEvent", "intermediateMessageCatch", "intermediateTimer", "boundaryTimer", "boundaryMessage",
      "serviceTask", "callActivity", "businessRuleTask", "messageEndEvent", "intermediateSignalCatch");
  /** Audit action of POST /api/tasks/{id}/comments (TaskHabits), also stored as a Camunda comment. */
  public static final String TASK_COMMENTED = "TASK_COMMENTED";

  private final CaseMapper cases;
  private final CampaignMapper campaigns;
  private final com.caseflow.campaign.CampaignNames campaignNames;
  private final AgencyService agencies;
  private final AgencyCodes agencyCodes;
  private final AuditService audit;
  private final HistoryService history;
  private final RuntimeService runtime;
  private final TaskService tasks;
  private final UserNames names;
  private final com.caseflow.evidence.EvidenceMapper evidence;
  private final com.caseflow.document.DocumentMapper documents;
  private final CaseFollowUps followUps;
  private final CaseTimers timers;
  private final StatutoryCalendar calendar;
  private final Clock clock;

  public CaseQueryService(CaseMapper cases, CampaignMapper campaigns,
      com.caseflow.campaign.CampaignNames campaignNames, AgencyService agencies, AgencyCodes agencyCodes,
      AuditService audit,
      HistoryService history, RuntimeService runtime, TaskService tasks, UserNames names, com.caseflow.evidence.EvidenceMapper evidence,
      com.caseflow.document.DocumentMapper documents, CaseFollowUps followUps, StatutoryCalendar calendar, Clock clock, CaseTimers timers) {
    this.followUps = followUps;
    this.timers = timers;
    this.calendar = calendar;
    this.cases = cases;
    this.campaigns = campaigns;
    this.campaignNames = campaignNames;
    this.agencies = agencies;
    this.agencyCodes = agencyCodes;
    this.audit = audit;
    this.history = history;
    this.runtime = runtime;
    this.tasks = tasks;
    this.names = names;
    this.evidence = evidence;
    this.documents = documents;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ CaseAccess

  @Override
  public CaseSummary readable(String ref, CurrentUser user) {
    return readableRecord(ref, user).summary();
  }

  @Override
  public CaseSummary writable(String ref, CurrentUser user) {
    return writableRecord(ref, user).summary();
  }

  /**
   * A case the user may add to: in their scope, handled by them (managers and administrators read cases, they do not
   * add evidence, documents or events), and not archived.
   */
  public CaseRecord writableRecord(String ref, CurrentUser user) {
    CaseRecord c = readableRecord(ref, user);
    if (!user.worksCases()) {
      throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", "error.caseReadOnly");
    }
    if (c.closedAt() != null) {
      throw ApiException.conflict("CASE_ARCHIVED", "error.caseArchived");
    }
    return c;
  }

  public CaseRecord readableRecord(String ref, CurrentUser user) {
    CaseRecord c = find(ref);
    if (c == null || !AgencyScope.of(user).covers(c.agencyCode(), c.agencyPath())) {
      throw new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", "error.caseNotFound", ref);
    }
    return c;
  }

  CaseRecord find(String ref) {
    if (ref == null || ref.isBlank()) {
      return null;
    }
    if (ref.chars().allMatch(Character::isDigit) && ref.length() < 18) {
      return cases.find(Long.parseLong(ref));
    }
    return cases.findByCaseNo(ref);
  }

  // ------------------------------------------------------------------ list

  /** A page of a list; {@code totalCapped}: there are more than {@code total} items (Paging.TOTAL_CAP). */
  public record Page<T>(List<T> items, long total, int page, int size, boolean totalCapped) {
    public Page(List<T> items, long total, int page, int size) {
      this(items, total, page, size, false);
    }

    public Page(List<T> items, Paging.Total total, int page, int size) {
      this(items, total.value(), page, size, total.capped());
    }
  }

  // no transaction of its own: two reads (page, count) need no commit round trip
  @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
  public Page<CaseRow> list(CurrentUser user, String campaign, String stage, String agency, String party, String caseNo,
      Boolean overdue, LocalDate from, LocalDate to, int page, int size, String sort) {
    String subtree = null;
    if (agency != null && !agency.isBlank()) {
      subtree = agencies.find(agency).map(a -> a.path())
          .orElseThrow(() -> ApiException.invalidField("agency", "validation.unknown", agency));
    }
    String[] order = orderBy(sort);
    checkFilters(campaign, stage, from, to);
    List<String> codes = agencyCodes.codesIn(AgencyScope.of(user), subtree);
    if (codes.isEmpty()) {
      return new Page<>(List.of(), 0, page, size);
    }
    CaseQuery q = new CaseQuery(blank(campaign), blank(stage), codes, PartySearch.filter(party), blank(caseNo), overdue,
        LocalDate.now(clock), from, to == null ? null : to.plusDays(1), order[0], order[1], page * size, size);
    List<CaseRow> records = cases.list(q);
    Map<String, String> names = campaignNames.of(records.stream().map(CaseRow::campaignCode).toList());
    Map<String, String> agencyNames = agencies.all().stream()
        .collect(java.util.stream.Collectors.toMap(a -> a.code(), a -> a.name()));
    LocalDate today = LocalDate.now(clock);
    CalendarSnapshot snapshot = calendar.snapshot();
    List<CaseRow> rows = records.stream().map(r -> new CaseRow(r.id(), r.leadId(), r.caseNo(), r.partyName(),
        r.partyUscc(), PartyIdNo.mask(r.partyIdNo()), r.campaignCode(), names.get(r.campaignCode()), r.agencyCode(),
        agencyNames.get(r.agencyCode()), r.stage(), r.source(), r.registeredAt(), r.filedAt(), r.due(), r.overdue(),
        snapshot.workingDaysLeft(today, r.due())))
        .toList();
    return new Page<>(rows, Paging.total(page, size, records.size(), cap -> cases.count(q, cap)), page, size);
  }

  /** A filter value that cannot match is a mistake to say, not an empty list. */
  private void checkFilters(String campaign, String stage, LocalDate from, LocalDate to) {
    List<ApiException.FieldProblem> problems = new ArrayList<>();
    if (blank(campaign) != null && !campaignNames.exists(campaign)) {
      problems.add(new ApiException.FieldProblem("campaign", "validation.unknownCampaign", campaign));
    }
    if (blank(stage) != null && !CaseStages.known(stage)) {
      problems.add(new ApiException.FieldProblem("stage", "validation.oneOf",
          new java.util.TreeSet<>(CaseStages.NAMES.keySet()).toString()));
    }
    if (from != null && to != null && from.isAfter(to)) {
      problems.add(new ApiException.FieldProblem("to", "validation.periodOrder"));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
  }

  /** [order inside a leg, order of the merged page], ties broken by id. */
  static String[] orderBy(String sort) {
    String s = sort == null || sort.isBlank() ? "registeredAt,desc" : sort;
    String[] parts = s.split(",");
    String[] column = SORTS.get(parts[0].trim());
    String dir = parts.length > 1 ? parts[1].trim().toLowerCase() : "asc";
    if (column == null || !(dir.equals("asc") || dir.equals("desc")) || parts.length > 2) {
      throw ApiException.invalidField("sort", "error.sort", s);
    }
    return new String[] {column[0] + " " + dir + ", c.id " + dir, column[1] + " " + dir + ", u.id " + dir};
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  // ------------------------------------------------------------------ detail

  @Transactional(readOnly = true)
  public CaseDetail detail(String ref, CurrentUser user) {
    CaseRecord c = readableRecord(ref, user);
    LocalDate today = LocalDate.now(clock);
    CalendarSnapshot snapshot = calendar.snapshot();
    var campaign = campaigns.find(c.campaignCode());
    var agency = agencies.find(c.agencyCode()).orElseThrow();
    List<String> officerIds = cases.officers(c.id());
    Map<String, String> officerNames = names.of(officerIds);
    List<CaseDetail.Officer> officers = officerIds.stream()
        .map(id -> new CaseDetail.Officer(id, officerNames.getOrDefault(id, id))).toList();
    List<com.caseflow.document.DocumentRecord> caseDocuments = documents.findByCase(c.id());
    CaseFollowUps.Sections sections = followUps.of(c, caseDocuments, today);

    List<CaseDetail.Deadline> deadlines = new ArrayList<>();
    List<String> active = new ArrayList<>();
    Set<String> passed = new LinkedHashSet<>();
    List<CaseDetail.TimelineEntry> timeline = new ArrayList<>();
    Set<String> openTaskAssignees = new HashSet<>();
    if (c.processInstanceId() != null) {
      List<HistoricActivityInstance> acts = history.createHistoricActivityInstanceQuery()
          .processInstanceId(c.processInstanceId()).orderByHistoricActivityInstanceStartTime().asc().list();
      Set<String> users = new HashSet<>();
      acts.forEach(a -> users.add(a.getAssignee()));
      Map<String, HistoricActivityInstance> byTask = new HashMap<>();
      acts.stream().filter(a -> a.getTaskId() != null).forEach(a -> byTask.put(a.getTaskId(), a));
      List<Comment> comments = new ArrayList<>(tasks.getProcessInstanceComments(c.processInstanceId()));
      sections.processInstanceIds().forEach(pi -> comments.addAll(tasks.getProcessInstanceComments(pi)));
      comments.forEach(cm -> users.add(cm.getUserId()));
      var auditEntries = audit.forCase(c.id());
      auditEntries.forEach(e -> users.add(e.userId()));
      Map<String, String> userNames = names.of(users);
      for (HistoricActivityInstance a : acts) {
        if (a.getEndTime() == null) {
          active.add(a.getActivityId());
        } else {
          passed.add(a.getActivityId());
        }
        if (TIMELINE_TYPES.contains(a.getActivityType())) {
          timeline.add(new CaseDetail.TimelineEntry(
              (a.getEndTime() != null ? a.getEndTime() : a.getStartTime()).toInstant(),
              a.getEndTime() == null ? "ACTIVITY_STARTED" : "ACTIVITY_COMPLETED", a.getAssignee(),
              userNames.get(a.getAssignee()), a.getActivityId(), a.getActivityName(), a.getActivityType(), null));
        }
      }
      // a task comment is a Camunda comment and a TASK_COMMENTED audit row: shown once, as COMMENT
      Set<String> commented = new HashSet<>();
      for (Comment cm : comments) {
        HistoricActivityInstance step = cm.getTaskId() == null ? null : byTask.get(cm.getTaskId());
        timeline.add(new CaseDetail.TimelineEntry(cm.getTime().toInstant(), "COMMENT", cm.getUserId(),
            userNames.get(cm.getUserId()), step == null ? null : step.getActivityId(),
            step == null ? null : step.getActivityName(), null, cm.getFullMessage()));
        commented.add(cm.getTaskId() + "\n" + cm.getFullMessage());
      }
      for (AuditEntry e : auditEntries) {
        if (TASK_COMMENTED.equals(e.action()) && commented.contains(e.taskId() + "\n" + e.detail())) {
          continue;
        }
        String message = e.action() + (e.newValue() == null ? "" : ": " + (e.oldValue() == null ? "" : e.oldValue() + " → ")
            + e.newValue());
        timeline.add(new CaseDetail.TimelineEntry(e.occurredAt(), "AUDIT", e.userId(), userNames.get(e.userId()),
            null, null, message, e.detail()));
      }
      timeline.sort(Comparator.comparing(CaseDetail.TimelineEntry::time));
      history.createHistoricTaskInstanceQuery().processInstanceId(c.processInstanceId()).unfinished().list()
          .forEach(t -> {
            if (t.getAssignee() != null) {
              openTaskAssignees.add(t.getAssignee());
            }
            if (t.getDueDate() != null) {
              LocalDate due = t.getDueDate().toInstant().atZone(com.caseflow.common.ClockConfig.ZONE).toLocalDate();
              deadlines.add(new CaseDetail.Deadline(t.getName(), due, due.isBefore(today),
                  snapshot.workingDaysLeft(today, due)));
            }
          });
      // periods the case waits out (to respond, to pay, to correct): never overdue, the timer moves the case on
      timers.of(c.processInstanceId()).forEach(timer -> deadlines.add(new CaseDetail.Deadline(timer.name(),
          timer.due(), false, snapshot.workingDaysLeft(today, timer.due()))));
      deadlines.sort(Comparator.comparing(CaseDetail.Deadline::due));
    }
    CaseDetail.Penalty penalty = c.fineAmount() == null && c.decisionNo() == null ? null
        : new CaseDetail.Penalty(c.decisionNo(), c.decisionDate(), c.fineAmount(), c.confiscationValue(),
            c.illegalGains(), c.paidAmount(), c.discretionLevel(), c.caseResult());
    boolean fullIdNo = PartyIdNo.fullFor(user, c.agencyCode(), officerIds, c.registeredBy(), openTaskAssignees);
    String idNo = fullIdNo ? c.partyIdNo() : PartyIdNo.mask(c.partyIdNo());
    return new CaseDetail(c.id(), c.id(), c.caseNo(), c.partyName(), c.partyUscc(), idNo, c.campaignCode(),
        campaign == null ? null : campaign.name(), c.agencyCode(), agency.name(), c.stage(), c.source(),
        c.registeredAt(), c.filedAt(), c.dueDate(), c.dueDate() != null && c.dueDate().isBefore(today),
        snapshot.workingDaysLeft(today, c.dueDate()), c.procedureType(), c.description(),
        new CaseDetail.Party(c.partyType(), c.partyName(), c.partyUscc(), idNo,
            c.partyIdNo() != null && !fullIdNo, c.partyAddress()),
        cases.products(c.id()), officers, deadlines, penalty, sections.credit(), sections.recall(),
        sections.referral(), List.copyOf(caseDocuments), List.copyOf(evidence.findByCase(c.id())),
        cases.notifications(c.id()), timeline, c.processInstanceId(), c.processDefinitionId(), active,
        new ArrayList<>(passed));
  }
}
