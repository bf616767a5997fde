package com.caseflow.modeling;

import jakarta.validation.constraints.NotBlank;
import java.util.List;

/** Migrate running instances from one process definition to another; all migratable ones when no ids are given. */
public record MigrationRequest(
    @NotBlank(message = "{validation.required}") String source,
    @NotBlank(message = "{validation.required}") String target,
    List<String> processInstanceIds) {}
