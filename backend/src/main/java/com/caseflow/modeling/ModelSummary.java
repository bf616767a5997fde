package com.caseflow.modeling;

import java.time.OffsetDateTime;

/** One model (all versions of one key) in the model list. */
public record ModelSummary(
    ModelKind kind, String key, String name, int latestVersion, int versions, String latestDefinitionId,
    String resourceName, OffsetDateTime deployedAt, String deployedBy, String deploymentSource) {}
