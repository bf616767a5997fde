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

  /**
   * Answer of the check before an import ({@code ?dryRun=true}): the same validation and row errors as the
   * import, nothing stored; {@code valid} rows would be imported (in all-or-nothing mode only when none is
   * rejected). Always 200, also when rows are bad.
   */
  public record Check(boolean dryRun, int rows, int valid, int rejected, List<RowError> errors) {}

  /** The rows of a file once validated: what an import stores and what a check reports. */
  public record Validated<T>(int rows, List<T> valid, List<RowError> errors) {

    public Check check() {
      return new Check(true, rows, valid.size(), rejectedRows(errors), errors);
    }

    /** What the import answers in the given mode; {@code store} runs only when something may be stored. */
    public ImportResult importWith(boolean goodRows, String rejectedMessage, Runnable store) {
      if (!errors.isEmpty() && !goodRows) {
        return rejected(rejectedMessage, errors);
      }
      store.run();
      return ok(valid.size(), errors);
    }
  }

  private static int rejectedRows(List<RowError> errors) {
    return (int) errors.stream().map(RowError::row).distinct().count();
  }

  public static ImportResult ok(int imported, List<RowError> errors) {
    return new ImportResult(null, null, imported, rejectedRows(errors), errors, List.of());
  }

  public static ImportResult rejected(String message, List<RowError> errors) {
    return new ImportResult("IMPORT_REJECTED", message, 0, rejectedRows(errors), errors,
        errors.stream().map(e -> new FieldErrorView("row" + e.row() + "." + e.field(), e.message())).toList());
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
