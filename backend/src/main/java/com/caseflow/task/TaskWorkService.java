package com.caseflow.task;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.calendar.CalendarSnapshot;
import com.caseflow.calendar.StatutoryCalendar;
import com.caseflow.campaign.CampaignNames;
import com.caseflow.cases.AgencyScope;
import com.caseflow.cases.CaseFileService;
import com.caseflow.cases.CaseQueryService;
import com.caseflow.cases.PartyIdNo;
import com.caseflow.cases.UserNames;
import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import com.caseflow.security.CurrentUser;
import com.caseflow.security.Groups;
import com.caseflow.security.UserProfileMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The task list and the work on one task. Lists and counts read only the projection (cf_task); commands go
 * through the engine and write case-file rows and audit in the same transaction.
 */
@Service
public class TaskWorkService {

  public static final List<String> SCOPES = List.of("mine", "candidates", "agency");

  /** Tab counts stop here (the task list shows "999+"). */
  public static final int COUNT_CAP = 1000;

  private final TaskMapper tasks;
  private final com.caseflow.cases.AgencyCodes agencies;
  private final TaskService engineTasks;
  private final TaskDefinitions definitions;
  private final IdentityService identity;
  private final UserProfileMapper profiles;
  private final CampaignNames campaigns;
  private final CaseFileService caseFile;
  private final CompletionRules rules;
  private final AuditService audit;
  private final UserNames names;
  private final ObjectMapper json;
  private final StatutoryCalendar calendar;
  private final Clock clock;
  private final CarbonCopies carbonCopies;
  private final TaskFacets facets;

  public TaskWorkService(TaskMapper tasks, com.caseflow.cases.AgencyCodes agencies, TaskService engineTasks, TaskDefinitions definitions,
      IdentityService identity, UserProfileMapper profiles, CampaignNames campaigns, CaseFileService caseFile,
      CompletionRules rules, AuditService audit, UserNames names, ObjectMapper json, StatutoryCalendar calendar,
      Clock clock, CarbonCopies carbonCopies, TaskFacets facets) {
    this.carbonCopies = carbonCopies;
    this.facets = facets;
    this.tasks = tasks;
    this.agencies = agencies;
    this.engineTasks = engineTasks;
    this.definitions = definitions;
    this.identity = identity;
    this.profiles = profiles;
    this.campaigns = campaigns;
    this.caseFile = caseFile;
    this.rules = rules;
    this.audit = audit;
    this.names = names;
    this.json = json;
    this.calendar = calendar;
    this.clock = clock;
  }

  // ------------------------------------------------------------------ lists

  // no transaction of its own: two reads (page, count) need no commit round trip
  @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
  public CaseQueryService.Page<TaskRow> list(CurrentUser user, String scope, String processKey, String activityId,
      String campaign, LocalDate dueBefore, Boolean overdue, String q, String sort, int page, int size) {
    TaskQuery query = query(user, scope, processKey, activityId, campaign, dueBefore, overdue, q, sort, page, size);
    List<TaskRecord> found = tasks.list(query);
    return new CaseQueryService.Page<>(rows(found, false),
        com.caseflow.cases.Paging.total(page, size, found.size(), cap -> tasks.count(query, cap)), page, size);
  }

  // no transaction of its own: two reads (page, count) need no commit round trip
  @Transactional(readOnly = true, propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS)
  public Map<String, Long> counts(CurrentUser user) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (String scope : SCOPES) {
      TaskQuery query = query(user, scope, null, null, null, null, null, null, null, 0, 1);
      // the tabs show "999+" beyond 999: counting further would read every row of a province-wide scope
      counts.put(scope, tasks.count(query, COUNT_CAP));
    }
    return counts;
  }

  private TaskQuery query(CurrentUser user, String scope, String processKey, String activityId, String campaign,
      LocalDate dueBefore, Boolean overdue, String q, String sort, int page, int size) {
    String s = scope == null || scope.isBlank() ? "mine" : scope;
    if (!SCOPES.contains(s)) {
      throw ApiException.invalidField("scope", "error.scope", s);
    }
    String direction = "asc";
    if (sort != null && !sort.isBlank()) {
      String[] p = sort.split(",");
      direction = p.length > 1 ? p[1].trim().toLowerCase() : "asc";
      if (!p[0].trim().equals("due") || p.length > 2 || !(direction.equals("asc") || direction.equals("desc"))) {
        throw ApiException.invalidField("sort", "error.sort", sort);
      }
    }
    checkFilters(blank(processKey), blank(activityId), blank(campaign));
    AgencyScope agency = AgencyScope.of(user);
    // offered to the user: through their case-work groups, or to them by name (camunda:candidateUsers)
    List<String> groups = CandidateKeys.of(user, user.groups().stream().filter(Groups.CASE_WORKERS::contains).toList());
    String[] text = TaskQuery.split(blank(q));
    return new TaskQuery(s, user.username(), groups, agencies.codesIn(agency), blank(processKey),
        blank(activityId), blank(campaign), dueBefore, overdue, LocalDate.now(clock), text[0], text[1], direction,
        page * size, size);
  }

  /** A filter value that cannot match is a mistake to say, not an empty list. */
  private void checkFilters(String processKey, String activityId, String campaign) {
    List<FieldProblem> problems = new ArrayList<>();
    if (processKey != null && !facets.knowsProcess(processKey)) {
      problems.add(new FieldProblem("processKey", "validation.unknown", processKey));
    } else if (activityId != null && !facets.knowsStep(processKey, activityId)) {
      problems.add(new FieldProblem("activityId", "validation.unknown", activityId));
    }
    if (campaign != null && !campaigns.exists(campaign)) {
      problems.add(new FieldProblem("campaign", "validation.unknownCampaign", campaign));
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
  }

  private List<TaskRow> rows(List<TaskRecord> records, boolean withForm) {
    Map<String, String> campaignNames = campaigns.of(records.stream().map(TaskRecord::campaignCode).toList());
    Set<String> users = new HashSet<>();
    records.forEach(r -> users.add(r.assignee()));
    Map<String, String> userNames = names.of(users);
    LocalDate today = LocalDate.now(clock);
    CalendarSnapshot snapshot = calendar.snapshot();
    Set<Long> caseIds = records.stream().map(TaskRecord::caseId).filter(java.util.Objects::nonNull)
        .collect(Collectors.toSet());
    Map<Long, String> idNumbers = caseIds.isEmpty() ? Map.of() : tasks.partyIdNumbers(caseIds).stream()
        .collect(Collectors.toMap(TaskMapper.CaseIdNo::caseId, p -> PartyIdNo.mask(p.idNo())));
    List<TaskRow> rows = new ArrayList<>();
    for (TaskRecord r : records) {
      String processName = definitions.processName(r.processDefinitionId());
      Integer left = snapshot.workingDaysLeft(today, r.dueDate());
      rows.add(new TaskRow(r.id(), r.name(), r.activityId(), r.processKey(), processName, r.caseId(), r.caseNo(),
          r.caseId(), r.partyName(), r.partyUscc(), r.caseId() == null ? null : idNumbers.get(r.caseId()),
          r.campaignCode(), campaignNames.get(r.campaignCode()),
          r.agencyCode(), r.assignee(), userNames.get(r.assignee()), r.createdAt(), r.dueDate(), left,
          r.dueDate() != null && r.dueDate().isBefore(today), withForm ? r.formKey() : null));
    }
    return rows;
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  // ------------------------------------------------------------------ one task

  /** The task if the user may see it (its agency is in the user's scope); else 404 (existence not revealed). */
  TaskRecord visible(String id, CurrentUser user) {
    TaskRecord t = tasks.find(id);
    if (t == null || !AgencyScope.of(user).covers(t.agencyCode(), t.agencyPath())) {
      throw new ApiException(HttpStatus.NOT_FOUND, "NOT_FOUND", "error.taskNotFound", id);
    }
    return t;
  }

  @Transactional(readOnly = true)
  public TaskRow get(String id, CurrentUser user) {
    return rows(List.of(visible(id, user)), true).get(0);
  }

  private boolean isCandidate(TaskRecord t, CurrentUser user) {
    return tasks.candidates(t.id()).stream().anyMatch(key -> CandidateKeys.matches(key, user));
  }

  private static boolean isHead(CurrentUser user) {
    return user.inGroup(Groups.UNIT_HEADS) || user.inGroup(Groups.AGENCY_HEADS);
  }

  @Transactional
  public void claim(String id, CurrentUser user) {
    TaskRecord t = visible(id, user);
    if (t.assignee() != null) {
      if (t.assignee().equals(user.username())) {
        return;
      }
      throw ApiException.conflict("TASK_ALREADY_CLAIMED", "error.taskClaimed", names.of(t.assignee()));
    }
    if (!isCandidate(t, user) && !isHead(user)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", "error.taskNotClaimable");
    }
    engineTasks.claim(id, user.username());
    audit.record(AuditEntry.of("TASK_CLAIMED", t.caseId(), id, "task", t.activityId()).withValues(null, user.username()));
  }

  @Transactional
  public void unclaim(String id, CurrentUser user) {
    TaskRecord t = visible(id, user);
    if (t.assignee() == null) {
      return;
    }
    if (!t.assignee().equals(user.username()) && !isHead(user)) {
      throw ApiException.conflict("TASK_ALREADY_CLAIMED", "error.taskClaimed", names.of(t.assignee()));
    }
    engineTasks.setAssignee(id, null);
    audit.record(AuditEntry.of("TASK_UNCLAIMED", t.caseId(), id, "task", t.activityId()).withValues(t.assignee(), null));
  }

  /** Heads only: give the task to a user of their agency subtree (assign) or delegate it (owner stays). */
  @Transactional
  public void assign(String id, String userId, boolean delegate, CurrentUser user) {
    TaskRecord t = visible(id, user);
    if (!isHead(user)) {
      throw new ApiException(HttpStatus.FORBIDDEN, "FORBIDDEN", "error.taskNotHead");
    }
    if (userId == null || userId.isBlank()) {
      throw ApiException.invalidField("userId", "validation.required");
    }
    String path = profiles.agencyPath(userId);
    AgencyScope scope = AgencyScope.of(user);
    if (path == null || identity.createUserQuery().userId(userId).count() == 0
        || (scope.agencyPath() != null && !path.startsWith(scope.agencyPath()))
        || (scope.agencyCode() != null && !path.endsWith("/" + scope.agencyCode() + "/"))) {
      throw ApiException.invalidField("userId", "validation.userUnknown", userId);
    }
    if (delegate) {
      if (t.assignee() == null) {
        engineTasks.setAssignee(id, user.username());
      }
      engineTasks.delegateTask(id, userId);
    } else {
      engineTasks.setAssignee(id, userId);
    }
    audit.record(AuditEntry.of(delegate ? "TASK_DELEGATED" : "TASK_ASSIGNED", t.caseId(), id, "task", t.activityId())
        .withValues(t.assignee(), userId));
  }

  // ------------------------------------------------------------------ forms, drafts, completion

  public record Form(JsonNode schema, Map<String, Object> data) {}

  @Transactional(readOnly = true)
  public Form form(String id, CurrentUser user) {
    TaskRecord t = visible(id, user);
    FormSchema schema = definitions.schema(t.id(), t.processDefinitionId(), t.activityId());
    Map<String, Object> data = new LinkedHashMap<>();
    if (schema != null) {
      List<String> keys = schema.fields().stream().map(FormSchema.Field::key).toList();
      if (!keys.isEmpty()) {
        Map<String, Object> vars = engineTasks.getVariables(id, keys);
        vars.forEach((k, v) -> {
          if (v != null) {
            data.put(k, v);
          }
        });
      }
    }
    data.putAll(readDraft(t.id()));
    return new Form(schema == null ? null : schema.json(), data);
  }

  private Map<String, Object> readDraft(String taskId) {
    String stored = tasks.draft(taskId);
    if (stored == null) {
      return Map.of();
    }
    try {
      @SuppressWarnings("unchecked")
      Map<String, Object> m = json.readValue(stored, Map.class);
      return m;
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }

  @Transactional
  public void saveDraft(String id, Map<String, Object> variables, CurrentUser user) {
    TaskRecord t = visible(id, user);
    requireWorker(t, user);
    if (variables == null) {
      throw ApiException.invalidField("variables", "validation.required");
    }
    List<FieldProblem> unknown = new ArrayList<>();
    Map<String, Object> entered = entered(definitions.schema(t.id(), t.processDefinitionId(), t.activityId()),
        variables, unknown);
    if (!unknown.isEmpty()) {
      throw ApiException.invalid(unknown);
    }
    String text;
    try {
      text = json.writeValueAsString(entered);
    } catch (JsonProcessingException e) {
      throw ApiException.invalidField("variables", "error.malformedJson");
    }
    if (text.length() > 8000) {
      throw ApiException.invalidField("variables", "validation.tooLong", 8000);
    }
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    if (tasks.updateDraft(id, user.username(), text, now) == 0) {
      tasks.insertDraft(id, user.username(), text, now);
    }
  }

  /**
   * The values a user entered on the task's form; a key the form does not have is a problem (a step without a form
   * takes no values), a read-only field's value is dropped (see {@link FormSchema#entered}).
   */
  private static Map<String, Object> entered(FormSchema schema, Map<String, Object> input, List<FieldProblem> problems) {
    if (input == null || input.isEmpty()) {
      return new LinkedHashMap<>();
    }
    if (schema == null) {
      input.keySet().forEach(k -> problems.add(new FieldProblem(k, "validation.notOnForm")));
      return new LinkedHashMap<>();
    }
    return schema.entered(input, k -> problems.add(new FieldProblem(k, "validation.notOnForm")));
  }

  /** Who may work the task: its assignee; an unclaimed task is claimed by a candidate on the way. */
  private void requireWorker(TaskRecord t, CurrentUser user) {
    if (user.username().equals(t.assignee())) {
      return;
    }
    if (t.assignee() != null) {
      throw ApiException.conflict("TASK_ALREADY_CLAIMED", "error.taskClaimed", names.of(t.assignee()));
    }
    throw ApiException.conflict("TASK_NOT_ASSIGNED", "error.taskNotAssignee");
  }

  @Transactional
  public void complete(String id, Map<String, Object> input, CurrentUser user) {
    complete(id, input, List.of(), user);
  }

  /** Completes the task; {@code cc} (user ids of the case's agency) and the model's {@code cc} property get a copy. */
  @Transactional
  public void complete(String id, Map<String, Object> input, List<String> cc, CurrentUser user) {
    TaskRecord t = visible(id, user);
    requireWorker(t, user);
    // only a task with an owner can be a pending delegation (the projection keeps the owner)
    org.camunda.bpm.engine.task.Task et = t.owner() == null ? null
        : engineTasks.createTaskQuery().taskId(id).singleResult();
    if (et != null && et.getDelegationState() == org.camunda.bpm.engine.task.DelegationState.PENDING) {
      throw ApiException.conflict("TASK_DELEGATED", "error.taskDelegatedResolve", names.of(et.getOwner()));
    }
    List<String> ccUsers = carbonCopies.recipients(t, cc == null ? List.of() : cc);
    FormSchema schema = definitions.schema(t.id(), t.processDefinitionId(), t.activityId());
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Object> variables = entered(schema, input, problems);
    if (schema != null) {
      problems.addAll(rules.checkAgainstForm(schema, variables));
    }
    // the process variables are read only when a rule needs one the form did not send (most steps need none)
    Function<String, Object> processVars = new Function<>() {
      private Map<String, Object> loaded;

      @Override
      public Object apply(String key) {
        if (loaded == null) {
          loaded = engineTasks.getVariables(id);
        }
        return loaded.get(key);
      }
    };
    for (FieldProblem p : rules.checkBusiness(t, schema, variables, processVars)) {
      if (problems.stream().noneMatch(existing -> existing.field().equals(p.field()))) {
        problems.add(p);
      }
    }
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
    if (t.caseId() != null) {
      writeCaseFile(t, variables, processVars);
    }
    normalise(variables, schema);
    String comment = CompletionRules.comment(variables);
    audit.record(AuditEntry.of("TASK_COMPLETED", t.caseId(), id, "task", t.activityId())
        .withValues(null, summary(variables, schema)).withDetail(comment));
    CompletionNotes.put(id, new CompletionNotes.Note(TaskDecision.of(variables), comment == null ? null
        : comment.length() > 2000 ? comment.substring(0, 2000) : comment));
    try {
      engineTasks.complete(id, variables);
    } finally {
      CompletionNotes.clear(id);
    }
    carbonCopies.send(t, ccUsers, user);
  }

  private void writeCaseFile(TaskRecord t, Map<String, Object> v, Function<String, Object> process) {
    switch (t.activityId()) {
      case "Task_AssignOfficers" ->
          caseFile.assignOfficers(t.caseId(), t.id(), (String) v.get("leadOfficer"), (String) v.get("secondOfficer"));
      case "Task_ProposePenalty" -> {
        Object fine = v.get("fineAmount");
        Object level = v.containsKey("discretionLevel") ? v.get("discretionLevel") : process.apply("discretionLevel");
        caseFile.proposePenalty(t.caseId(), t.id(),
            fine == null ? null : com.caseflow.common.Money.of(fine).setScale(2, java.math.RoundingMode.UNNECESSARY),
            level == null ? null : level.toString());
      }
      default -> { }
    }
  }

  /** Number fields arrive as JSON numbers of any width (or text); the models compare them as doubles. */
  private static void normalise(Map<String, Object> variables, FormSchema schema) {
    com.caseflow.common.VariableValues.toEngine(variables);
    if (schema != null) {
      for (FormSchema.Field f : schema.fields()) {
        if ("number".equals(f.type()) && variables.get(f.key()) instanceof String s && !s.isBlank()) {
          variables.put(f.key(), Double.valueOf(s.trim()));
        }
        // an unticked checkbox is false, as the form viewer submits it; the models test these flags
        if ("checkbox".equals(f.type()) && variables.get(f.key()) == null && !f.hidden(variables)) {
          variables.put(f.key(), false);
        }
      }
    }
  }

  /**
   * What was submitted, for the audit trail and the case timeline, in the words of the form: its labels and
   * option labels ({@code 核查结论：建议立案}), yes/no for checkboxes; a variable the form does not have by its name.
   */
  static String summary(Map<String, Object> variables, FormSchema schema) {
    String s = variables.entrySet().stream().map(e -> {
      FormSchema.Field f = schema == null ? null : schema.field(e.getKey());
      String name = f != null && f.label() != null && !f.label().isBlank() ? f.label() : e.getKey();
      return name + "：" + display(e.getValue(), f);
    }).collect(Collectors.joining("；"));
    return s.length() > 3900 ? s.substring(0, 3900) + "…" : s;
  }

  private static String display(Object value, FormSchema.Field field) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean b) {
      return b ? "是" : "否";
    }
    if (value instanceof Double d && !d.isNaN() && !d.isInfinite()) {
      return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(v -> display(v, field)).collect(Collectors.joining("、"));
    }
    String text = value.toString();
    return field != null ? field.optionLabels().getOrDefault(text, text) : text;
  }
}
