package com.caseflow.modeling;

import java.time.OffsetDateTime;

public record DeployResult(
    ModelKind kind, String key, int version, String definitionId, String deploymentId, String resourceName,
    OffsetDateTime deployedAt, String deployedBy, String comment) {}
