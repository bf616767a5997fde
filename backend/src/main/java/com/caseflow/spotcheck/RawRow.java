package com.caseflow.spotcheck;

import java.time.LocalDate;
import java.util.Map;

/**
 * One data row as read from a file: its spreadsheet row number and the cell texts per field. Excel
 * date cells arrive as {@link LocalDate} in {@code dates}.
 */
public record RawRow(int row, Map<SampleField, String> values, Map<SampleField, LocalDate> dates) {

  public String get(SampleField field) {
    String v = values.get(field);
    return v == null || v.isBlank() ? null : v.strip();
  }
}
