package com.caseflow.document;

import com.caseflow.cases.CaseSummary;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * Everything a document may print about one case: the case, the issuing agency, the case's variables
 * (process variables named as in processes/CONTRACT.md: {@code partyName}, {@code facts},
 * {@code legalBasis}, {@code fineAmount}, {@code decisionNo}, {@code hearingDate}, ...), the kinds of
 * evidence on file, the documents already issued (for the delivery receipt) and today's date.
 */
public record DocumentData(
    CaseSummary caseSummary, String agencyName, String agencyShortName, Map<String, Object> variables,
    List<String> evidenceKinds, List<IssuedDocument> issuedDocuments, LocalDate today) {

  /** A document of the case already generated: what a delivery receipt lists. */
  public record IssuedDocument(String title, String number) {}

  public DocumentData {
    variables = variables == null ? Map.of() : Map.copyOf(variables);
    evidenceKinds = evidenceKinds == null ? List.of() : List.copyOf(evidenceKinds);
    issuedDocuments = issuedDocuments == null ? List.of() : List.copyOf(issuedDocuments);
  }

  /** The first non-blank text among the variables {@code keys}; null if none. */
  public String text(String... keys) {
    for (String key : keys) {
      Object v = variables.get(key);
      if (v != null && !String.valueOf(v).isBlank()) {
        return String.valueOf(v).strip();
      }
    }
    return null;
  }

  public boolean has(String... keys) {
    return text(keys) != null;
  }

  /** A money amount; null if absent or not a number. */
  public BigDecimal money(String key) {
    Object v = variables.get(key);
    if (v == null) {
      return null;
    }
    if (v instanceof BigDecimal b) {
      return b;
    }
    if (v instanceof Number n) {
      return new BigDecimal(n.toString());
    }
    try {
      return new BigDecimal(String.valueOf(v).replace(",", "").strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A date from an ISO string, java.util.Date or LocalDate; null if absent or unreadable. */
  public LocalDate date(String key) {
    Object v = variables.get(key);
    if (v instanceof LocalDate d) {
      return d;
    }
    if (v instanceof Date d) {
      return d.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate();
    }
    if (v == null || String.valueOf(v).isBlank()) {
      return null;
    }
    String s = String.valueOf(v).strip();
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** A boolean variable; null if absent. */
  public Boolean flag(String key) {
    Object v = variables.get(key);
    if (v == null) {
      return null;
    }
    return v instanceof Boolean b ? b : Boolean.parseBoolean(String.valueOf(v));
  }
}
