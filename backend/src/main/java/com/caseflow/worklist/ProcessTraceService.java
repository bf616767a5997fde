package com.caseflow.worklist;

import com.caseflow.calendar.CalendarSnapshot;
import com.caseflow.calendar.CalendarYearNotLoadedException;
import com.caseflow.calendar.StatutoryCalendar;
import com.caseflow.cases.CaseQueryService;
import com.caseflow.cases.CaseRecord;
import com.caseflow.cases.UserNames;
import com.caseflow.common.ClockConfig;
import com.caseflow.security.CurrentUser;
import com.caseflow.security.UserProfile;
import com.caseflow.security.UserProfileMapper;
import com.caseflow.task.TaskDoneMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 流程跟踪 and 审批记录 of one case: who did which step, when, how long, with which decision and comment. */
@Service
public class ProcessTraceService {

  private final CaseQueryService cases;
  private final HistoryService history;
  private final RepositoryService repository;
  private final TaskDoneMapper done;
  private final UserNames names;
  private final UserProfileMapper profiles;
  private final StatutoryCalendar calendar;
  private final java.time.Clock clock;

  public ProcessTraceService(CaseQueryService cases, HistoryService history, RepositoryService repository,
      TaskDoneMapper done, UserNames names, UserProfileMapper profiles, StatutoryCalendar calendar,
      java.time.Clock clock) {
    this.clock = clock;
    this.cases = cases;
    this.history = history;
    this.repository = repository;
    this.done = done;
    this.names = names;
    this.profiles = profiles;
    this.calendar = calendar;
  }

  public record Step(String activityId, String name, String state, String assignee, String assigneeName,
      Instant startedAt, Instant endedAt, Integer workingDays, String decision, String comment) {}

  public record Trace(long caseId, String caseNo, String processDefinitionId, List<String> passedActivityIds,
      List<String> currentActivityIds, List<String> skippedActivityIds, List<Step> steps) {}

  @Transactional(readOnly = true)
  public Trace trace(String ref, CurrentUser user) {
    CaseRecord c = cases.readableRecord(ref, user);
    if (c.processInstanceId() == null) {
      return new Trace(c.id(), c.caseNo(), c.processDefinitionId(), List.of(), List.of(), List.of(), List.of());
    }
    List<HistoricActivityInstance> acts = history.createHistoricActivityInstanceQuery()
        .processInstanceId(c.processInstanceId()).orderByHistoricActivityInstanceStartTime().asc()
        .orderPartiallyByOccurrence().asc().list();
    Map<String, TaskDoneMapper.Done> doneByTask = new HashMap<>();
    done.ofProcessInstance(c.processInstanceId()).forEach(d -> doneByTask.put(d.taskId(), d));
    Set<String> users = new HashSet<>();
    acts.forEach(a -> users.add(a.getAssignee()));
    doneByTask.values().forEach(d -> users.add(d.assignee()));
    Map<String, String> userNames = names.of(users);
    Set<String> passed = new LinkedHashSet<>();
    Set<String> current = new LinkedHashSet<>();
    List<Step> steps = new ArrayList<>();
    CalendarSnapshot snapshot = calendar.snapshot();
    for (HistoricActivityInstance a : acts) {
      if (a.getEndTime() == null) {
        current.add(a.getActivityId());
      } else if (!a.isCanceled()) {
        passed.add(a.getActivityId());
      }
      if (!"userTask".equals(a.getActivityType())) {
        continue;
      }
      TaskDoneMapper.Done d = a.getTaskId() == null ? null : doneByTask.get(a.getTaskId());
      String who = d != null ? d.assignee() : a.getAssignee();
      String state = a.getEndTime() == null ? "CURRENT" : d != null && "SENT_BACK".equals(d.outcome()) ? "SENT_BACK"
          : a.isCanceled() ? "CANCELLED" : "PASSED";
      steps.add(new Step(a.getActivityId(), a.getActivityName(), state, who, userNames.get(who),
          a.getStartTime().toInstant(), a.getEndTime() == null ? null : a.getEndTime().toInstant(),
          workingDays(snapshot, a.getStartTime(), a.getEndTime() == null ? Date.from(clock.instant()) : a.getEndTime()), d == null ? null : d.decision(),
          d == null ? null : d.commentText()));
    }
    List<String> skipped = new ArrayList<>();
    try {
      for (UserTask ut : repository.getBpmnModelInstance(c.processDefinitionId()).getModelElementsByType(UserTask.class)) {
        if (!passed.contains(ut.getId()) && !current.contains(ut.getId())) {
          skipped.add(ut.getId());
        }
      }
    } catch (RuntimeException e) {
      // definition gone: no skipped steps
    }
    return new Trace(c.id(), c.caseNo(), c.processDefinitionId(), new ArrayList<>(passed), new ArrayList<>(current),
        skipped, steps);
  }

  /** Working days the step took on the statutory calendar (0 = same day); open steps count to now. */
  static Integer workingDays(CalendarSnapshot calendar, Date start, Date end) {
    LocalDate a = start.toInstant().atZone(ClockConfig.ZONE).toLocalDate();
    LocalDate b = end.toInstant().atZone(ClockConfig.ZONE).toLocalDate();
    try {
      return Math.max(0, calendar.workingDaysBetween(a, b));
    } catch (CalendarYearNotLoadedException e) {
      return null;
    }
  }

  // ------------------------------------------------------------------ 审批记录

  public record Approval(String taskId, String activityId, String step, String user, String userName, String role,
      Instant at, String outcome, String decision, String comment) {}

  public record Approvals(long caseId, String caseNo, String partyName, List<Approval> items) {}

  @Transactional(readOnly = true)
  public Approvals approvals(String ref, CurrentUser user) {
    CaseRecord c = cases.readableRecord(ref, user);
    List<TaskDoneMapper.Done> rows = done.ofCase(c.id()).stream()
        .filter(d -> d.decision() != null || d.commentText() != null).toList();
    Map<String, String> userNames = names.of(rows.stream().map(TaskDoneMapper.Done::assignee).toList());
    Map<String, String> roles = new HashMap<>();
    List<Approval> items = rows.stream().map(d -> new Approval(d.taskId(), d.activityId(), d.name(), d.assignee(),
        userNames.get(d.assignee()), roles.computeIfAbsent(d.assignee(), u -> {
          UserProfile p = profiles.find(u);
          return p == null ? null : p.title();
        }), d.completedAt(), d.outcome(), d.decision(), d.commentText())).toList();
    return new Approvals(c.id(), c.caseNo(), c.partyName(), items);
  }
}
