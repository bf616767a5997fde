package com.caseflow.worklist;

import com.caseflow.common.Like;
import com.caseflow.cases.CaseQueryService;
import com.caseflow.cases.PartyIdNo;
import com.caseflow.cases.UserNames;
import com.caseflow.security.CurrentUser;
import com.caseflow.task.TaskDoneMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 已办 and 我发起的: the lists of what the logged-in user finished and started. */
@Service
public class WorklistService {

  private final TaskDoneMapper done;
  private final StartedMapper started;
  private final UserNames names;

  public WorklistService(TaskDoneMapper done, StartedMapper started, UserNames names) {
    this.done = done;
    this.started = started;
    this.names = names;
  }

  public record DoneRow(String taskId, String name, String activityId, String processKey, Long caseId, String caseNo,
      String partyName, String outcome, String decision, String comment, Instant createdAt, Instant completedAt) {}

  @Transactional(readOnly = true)
  public CaseQueryService.Page<DoneRow> done(CurrentUser user, String q, int page, int size) {
    String query = Like.escape(blank(q));
    List<DoneRow> rows = done.mine(user.username(), query, size, page * size).stream()
        .map(d -> new DoneRow(d.taskId(), d.name(), d.activityId(), d.processKey(), d.caseId(), d.caseNo(),
            d.partyName(), d.outcome(), d.decision(), d.commentText(), d.createdAt(), d.completedAt()))
        .toList();
    return new CaseQueryService.Page<>(rows, done.countMine(user.username(), query), page, size);
  }

  public record CurrentStep(String taskId, String name, String assignee, String assigneeName) {}

  /** {@code partyIdNo} masked. */
  public record StartedRow(long caseId, String caseNo, String partyName, String partyIdNo, String stage, String source,
      Instant registeredAt, LocalDate due, String caseResult, List<CurrentStep> currentSteps) {}

  @Transactional(readOnly = true)
  public CaseQueryService.Page<StartedRow> started(CurrentUser user, String q, int page, int size) {
    String query = Like.escape(blank(q));
    List<StartedMapper.Started> cases = started.mine(user.username(), query, size, page * size);
    Map<Long, List<StartedMapper.Current>> current = new LinkedHashMap<>();
    Set<String> users = new HashSet<>();
    if (!cases.isEmpty()) {
      for (StartedMapper.Current c : started.current(cases.stream().map(StartedMapper.Started::id).toList())) {
        current.computeIfAbsent(c.caseId(), k -> new ArrayList<>()).add(c);
        users.add(c.assignee());
      }
    }
    Map<String, String> userNames = names.of(users);
    List<StartedRow> rows = cases.stream().map(c -> new StartedRow(c.id(), c.caseNo(), c.partyName(),
        PartyIdNo.mask(c.partyIdNo()), c.stage(),
        c.source(), c.registeredAt(), c.dueDate(), c.caseResult(), current.getOrDefault(c.id(), List.of()).stream()
            .map(s -> new CurrentStep(s.taskId(), s.name(), s.assignee(), userNames.get(s.assignee()))).toList()))
        .toList();
    return new CaseQueryService.Page<>(rows, started.count(user.username(), query), page, size);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
