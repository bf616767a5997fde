package com.caseflow.modeling;

import java.util.List;

/**
 * The generated mapping from {@code source} to {@code target} (equal activity ids), the source activities it
 * leaves unmapped, plan-level failures, and every running instance of the source with whether it can migrate.
 */
public record MigrationPlanView(
    Definition source, Definition target, List<Instruction> instructions, List<Activity> unmappedActivities,
    List<String> planFailures, int instanceCount, int migratableCount, List<InstanceCheck> instances) {

  public record Definition(String id, String key, int version, String name) {}

  public record Instruction(String sourceActivityId, String sourceActivityName, String targetActivityId,
      String targetActivityName) {}

  public record Activity(String id, String name, String type) {}

  /** {@code activityIds}: where the instance waits; {@code failures}: why it cannot migrate (empty when it can). */
  public record InstanceCheck(String processInstanceId, String businessKey, List<String> activityIds,
      boolean migratable, List<String> failures) {}
}
