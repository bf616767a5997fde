package com.caseflow.campaign;

import java.util.List;

/**
 * Answer of a directory/record import: how many rows were stored, how many rejected, and why. With
 * {@code mode=all-or-nothing} and any error nothing is stored and the same body comes with 400.
 */
public record ImportResult(String code, String message, int imported, int rejected, List<RowError> errors,
    List<FieldErrorView> fieldErrors) {

  public record RowError(int row, String field, String message) {}

  public record FieldErrorView(String field, String message) {}

  public static ImportResult ok(int imported, List<RowError> errors) {
    return new ImportResult(null, null, imported, errors.stream().map(RowError::row).distinct().toList().size(),
        errors, List.of());
  }

  public static ImportResult rejected(String message, List<RowError> errors) {
    return new ImportResult("IMPORT_REJECTED", message, 0, errors.stream().map(RowError::row).distinct().toList().size(),
        errors, errors.stream().map(e -> new FieldErrorView("row" + e.row() + "." + e.field(), e.message())).toList());
  }

  /** all-or-nothing (default) or good-rows. */
  public static boolean goodRowsMode(String mode) {
    if (mode == null || mode.isBlank() || mode.equals("all-or-nothing")) {
      return false;
    }
    if (mode.equals("good-rows")) {
      return true;
    }
    throw com.caseflow.common.ApiException.invalidField("mode", "validation.oneOf", "all-or-nothing, good-rows");
  }
}
