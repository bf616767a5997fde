package com.caseflow.modeling;

import com.caseflow.common.ApiException;
import com.caseflow.common.ClockConfig;
import com.caseflow.security.CurrentUser;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.batch.history.HistoricBatch;
import org.camunda.bpm.engine.migration.MigratingActivityInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigratingTransitionInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationInstruction;
import org.camunda.bpm.engine.migration.MigrationInstructionValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Moves running instances to another version: a plan mapping equal activity ids, a per-instance check (a
 * migration tried in a transaction that is always rolled back) and a Camunda migration batch for the instances
 * that pass.
 */
@Service
public class ModelMigrations {

  /** Instances checked one by one; more than this are counted, not listed. */
  static final int MAX_CHECKED = 500;

  private final RuntimeService runtime;
  private final RepositoryService repository;
  private final ManagementService management;
  private final HistoryService history;
  private final IdentityService identity;
  private final TransactionTemplate dryRun;

  public ModelMigrations(RuntimeService runtime, RepositoryService repository, ManagementService management,
      HistoryService history, IdentityService identity, PlatformTransactionManager transactions) {
    this.runtime = runtime;
    this.repository = repository;
    this.management = management;
    this.history = history;
    this.identity = identity;
    this.dryRun = new TransactionTemplate(transactions);
    this.dryRun.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public MigrationPlanView plan(CurrentUser user, String sourceId, String targetId) {
    ModelingAccess.requireModeler(user);
    ProcessDefinition source = definition("source", sourceId);
    ProcessDefinition target = definition("target", targetId);
    if (source.getId().equals(target.getId())) {
      throw ApiException.invalidField("target", "error.migration.sameVersion");
    }
    BpmnModelInstance sourceModel = repository.getBpmnModelInstance(source.getId());
    BpmnModelInstance targetModel = repository.getBpmnModelInstance(target.getId());
    Map<String, FlowNode> sourceNodes = nodes(sourceModel);
    Map<String, FlowNode> targetNodes = nodes(targetModel);

    MigrationPlan plan = null;
    List<String> planFailures = new ArrayList<>();
    List<MigrationInstruction> instructions;
    try {
      plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities().build();
      instructions = plan.getInstructions();
    } catch (MigrationPlanValidationException e) {
      instructions = new ArrayList<>();
      for (MigrationInstructionValidationReport report : e.getValidationReport().getInstructionReports()) {
        MigrationInstruction i = report.getMigrationInstruction();
        report.getFailures().forEach(f -> planFailures.add(i.getSourceActivityId() + " → " + i.getTargetActivityId() + ": " + f));
      }
      e.getValidationReport().getVariableReports().forEach((name, report) ->
          report.getFailures().forEach(f -> planFailures.add(name + ": " + f)));
    }
    Set<String> mapped = new HashSet<>();
    List<MigrationPlanView.Instruction> views = new ArrayList<>();
    for (MigrationInstruction i : instructions) {
      mapped.add(i.getSourceActivityId());
      views.add(new MigrationPlanView.Instruction(i.getSourceActivityId(), name(sourceNodes.get(i.getSourceActivityId())),
          i.getTargetActivityId(), name(targetNodes.get(i.getTargetActivityId()))));
    }
    List<MigrationPlanView.Activity> unmapped = sourceNodes.values().stream()
        .filter(n -> !mapped.contains(n.getId()))
        .map(n -> new MigrationPlanView.Activity(n.getId(), n.getName(), n.getElementType().getTypeName()))
        .toList();

    long count = runtime.createProcessInstanceQuery().processDefinitionId(source.getId()).count();
    List<MigrationPlanView.InstanceCheck> checks = new ArrayList<>();
    for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
        .orderByProcessInstanceId().asc().listPage(0, MAX_CHECKED)) {
      checks.add(check(plan, instance, planFailures));
    }
    int migratable = (int) checks.stream().filter(MigrationPlanView.InstanceCheck::migratable).count();
    return new MigrationPlanView(view(source), view(target), views, unmapped, planFailures, (int) count, migratable,
        checks);
  }

  @Transactional
  public MigrationStarted start(CurrentUser user, MigrationRequest request) {
    MigrationPlanView view = plan(user, request.source(), request.target());
    if (!view.planFailures().isEmpty()) {
      throw ApiException.conflict("MIGRATION_PLAN_INVALID", "error.migration.planInvalid",
          String.join("; ", view.planFailures()));
    }
    Set<String> wanted = request.processInstanceIds() == null || request.processInstanceIds().isEmpty()
        ? null : new LinkedHashSet<>(request.processInstanceIds());
    List<String> ids = new ArrayList<>();
    List<MigrationPlanView.InstanceCheck> skipped = new ArrayList<>();
    for (MigrationPlanView.InstanceCheck check : view.instances()) {
      if (wanted != null && !wanted.contains(check.processInstanceId())) {
        continue;
      }
      if (check.migratable()) {
        ids.add(check.processInstanceId());
      } else {
        skipped.add(check);
      }
    }
    if (wanted != null) {
      Set<String> known = view.instances().stream().map(MigrationPlanView.InstanceCheck::processInstanceId)
          .collect(Collectors.toSet());
      List<String> unknown = wanted.stream().filter(id -> !known.contains(id)).toList();
      if (!unknown.isEmpty()) {
        throw ApiException.invalidField("processInstanceIds", "error.migration.unknownInstances", String.join(", ", unknown));
      }
    }
    if (ids.isEmpty()) {
      throw ApiException.conflict("NOTHING_TO_MIGRATE", "error.migration.nothing");
    }
    MigrationPlan plan = runtime.createMigrationPlan(request.source(), request.target()).mapEqualActivities().build();
    identity.setAuthentication(user.username(), user.groups());
    try {
      Batch batch = runtime.newMigration(plan).processInstanceIds(ids).executeAsync();
      return new MigrationStarted(batch.getId(), ids.size(), skipped);
    } finally {
      identity.clearAuthentication();
    }
  }

  public MigrationStatus status(CurrentUser user, String batchId) {
    ModelingAccess.requireModeler(user);
    BatchStatistics running = management.createBatchStatisticsQuery().batchId(batchId).singleResult();
    HistoricBatch past = history.createHistoricBatchQuery().batchId(batchId).singleResult();
    if (running == null && past == null) {
      throw ApiException.notFound("batch", batchId);
    }
    if (running != null) {
      List<MigrationStatus.JobFailure> failures = management.createJobQuery()
          .jobDefinitionId(running.getBatchJobDefinitionId()).withException().list().stream()
          .map(j -> new MigrationStatus.JobFailure(j.getId(), j.getRetries(), j.getExceptionMessage()))
          .toList();
      return new MigrationStatus(batchId, running.getType(), running.getTotalJobs(), running.getJobsCreated(),
          running.getRemainingJobs(), running.getCompletedJobs(), running.getFailedJobs(), false,
          running.getCreateUserId(), time(running.getStartTime()), null, failures);
    }
    boolean finished = past.getEndTime() != null;
    return new MigrationStatus(batchId, past.getType(), past.getTotalJobs(), past.getTotalJobs(),
        finished ? 0 : past.getTotalJobs(), finished ? past.getTotalJobs() : 0, 0, finished, past.getCreateUserId(),
        time(past.getStartTime()), time(past.getEndTime()), List.of());
  }

  /** Tries the migration of one instance and always rolls it back: Camunda validates instances only while migrating. */
  private MigrationPlanView.InstanceCheck check(MigrationPlan plan, ProcessInstance instance, List<String> planFailures) {
    List<String> activityIds = runtime.getActiveActivityIds(instance.getId());
    if (plan == null) {
      return new MigrationPlanView.InstanceCheck(instance.getId(), instance.getBusinessKey(), activityIds, false,
          planFailures);
    }
    List<String> failures = dryRun.execute(status -> {
      status.setRollbackOnly();
      try {
        runtime.newMigration(plan).processInstanceIds(instance.getId()).skipCustomListeners().skipIoMappings().execute();
        return List.<String>of();
      } catch (MigratingProcessInstanceValidationException e) {
        return failures(e.getValidationReport());
      }
    });
    return new MigrationPlanView.InstanceCheck(instance.getId(), instance.getBusinessKey(), activityIds,
        failures.isEmpty(), failures);
  }

  private static List<String> failures(MigratingProcessInstanceValidationReport report) {
    List<String> failures = new ArrayList<>(report.getFailures());
    for (MigratingActivityInstanceValidationReport activity : report.getActivityInstanceReports()) {
      activity.getFailures().forEach(f -> failures.add(activity.getSourceScopeId() + ": " + f));
    }
    for (MigratingTransitionInstanceValidationReport transition : report.getTransitionInstanceReports()) {
      transition.getFailures().forEach(f -> failures.add(transition.getSourceScopeId() + ": " + f));
    }
    return failures;
  }

  private ProcessDefinition definition(String field, String id) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionId(id).singleResult();
    if (definition == null) {
      throw ApiException.invalidField(field, "error.migration.unknownDefinition", id);
    }
    return definition;
  }

  private static Map<String, FlowNode> nodes(BpmnModelInstance model) {
    return model.getModelElementsByType(FlowNode.class).stream()
        .collect(Collectors.toMap(FlowNode::getId, Function.identity(), (a, b) -> a, java.util.LinkedHashMap::new));
  }

  private static String name(FlowNode node) {
    return node == null ? null : node.getName();
  }

  private static MigrationPlanView.Definition view(ProcessDefinition d) {
    return new MigrationPlanView.Definition(d.getId(), d.getKey(), d.getVersion(), d.getName());
  }

  private static OffsetDateTime time(Date date) {
    return date == null ? null : date.toInstant().atZone(ClockConfig.ZONE).toOffsetDateTime();
  }
}
