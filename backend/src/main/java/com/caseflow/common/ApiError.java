package com.caseflow.common;

import java.util.List;

/** The JSON body of every error answered under /api/**. */
public record ApiError(String code, String message, List<FieldError> fieldErrors) {

  public ApiError(String code, String message) {
    this(code, message, List.of());
  }

  public record FieldError(String field, String message) {}
}
