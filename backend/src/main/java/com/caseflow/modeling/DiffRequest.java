package com.caseflow.modeling;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Compare {@code content} with a base: either {@code baseContent}, or the deployed version {@code baseVersion}
 * of {@code key} (the latest when baseVersion is null).
 */
public record DiffRequest(
    @NotNull(message = "{validation.required}") ModelKind kind,
    String key,
    Integer baseVersion,
    String baseContent,
    @NotBlank(message = "{validation.required}") String content) {}
