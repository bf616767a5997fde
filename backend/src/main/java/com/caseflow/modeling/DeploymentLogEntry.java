package com.caseflow.modeling;

import java.time.Instant;

/** One row of {@code cf_deployment_log}: who deployed a Camunda deployment, and their comment. */
public record DeploymentLogEntry(String deploymentId, String deployedBy, Instant deployedAt, String comment) {}
