package com.caseflow.spotcheck;

/** A problem in one row of an import file: spreadsheet row number (header = 1), field key, message key + args. */
public record RowError(int row, String field, String messageKey, Object... args) {}
