package com.caseflow.modeling;

import java.time.OffsetDateTime;

/**
 * One deployed version of a model. {@code deployedBy} is the user who deployed it (null for start-up
 * auto-deployment, whose {@code deploymentSource} is null: Spring Boot's "SpringAutoDeployment" sets none).
 * {@code runningInstances} only for BPMN.
 */
public record ModelVersion(
    ModelKind kind, String key, int version, String definitionId, String name, String versionTag,
    String deploymentId, String deploymentName, String deploymentSource, OffsetDateTime deployedAt,
    String deployedBy, String comment, String resourceName, Long runningInstances) {}
