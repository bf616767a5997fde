package com.caseflow.modeling;

import java.util.List;

/** A migration batch was created for {@code instances} instances; {@code skipped} could not migrate. */
public record MigrationStarted(String batchId, int instances, List<MigrationPlanView.InstanceCheck> skipped) {}
