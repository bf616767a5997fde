package com.caseflow.modeling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A model to deploy as a new version. {@code key} (optional) must be a process/decision/form id the content
 * defines; {@code fileName} (optional) defaults to the resource name of the latest version, else key + extension.
 */
public record DeployRequest(
    @NotNull(message = "{validation.required}") ModelKind kind,
    @Size(max = 255) String key,
    @Size(max = 255) String fileName,
    @NotBlank(message = "{validation.required}") String content,
    @Size(max = 500) String comment) {}
