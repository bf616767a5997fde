package com.caseflow.cases;

import com.caseflow.audit.AuditEntry;
import com.caseflow.audit.AuditService;
import com.caseflow.common.ApiException;
import com.caseflow.common.ApiException.FieldProblem;
import com.caseflow.security.CurrentUser;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Correlates external events to the case's process by business key (case number; lead id before filing). */
@Service
public class CaseEventService {

  private final CaseQueryService cases;
  private final RuntimeService runtime;
  private final CaseFileService caseFile;
  private final AuditService audit;

  public CaseEventService(CaseQueryService cases, RuntimeService runtime, CaseFileService caseFile, AuditService audit) {
    this.cases = cases;
    this.runtime = runtime;
    this.caseFile = caseFile;
    this.audit = audit;
  }

  @Transactional
  public void receive(String ref, String type, Map<String, Object> data, CurrentUser user) {
    CaseEvent event = parse(type);
    Map<String, Object> vars = new HashMap<>(data == null ? Map.of() : data);
    validate(event, vars);
    CaseRecord c = cases.writableRecord(ref, user);
    String businessKey = c.caseNo() != null ? c.caseNo() : LeadService.businessKey(c.id());
    // one query: an execution of this case's processes waiting for the message (not every case's subscription)
    boolean waiting = runtime.createExecutionQuery().processInstanceBusinessKey(businessKey)
        .messageEventSubscriptionName(event.message()).count() > 0;
    if (!waiting) {
      throw ApiException.conflict("EVENT_NOT_EXPECTED", "error.eventNotExpected", businessKey, type);
    }
    if (event == CaseEvent.FINE_PAID) {
      // an amount (validated above): at most two decimals
      caseFile.finePaid(c.id(),
          com.caseflow.common.Money.of(vars.get("paidAmount")).setScale(2, java.math.RoundingMode.UNNECESSARY));
    }
    com.caseflow.common.VariableValues.toEngine(vars);
    audit.record(AuditEntry.of("EVENT_RECEIVED", c.id(), null, "event", event.name())
        .withValues(null, event.name() + " " + vars));
    runtime.createMessageCorrelation(event.message()).processInstanceBusinessKey(businessKey).setVariables(vars)
        .correlateAll();
  }

  static CaseEvent parse(String type) {
    if (type == null || type.isBlank()) {
      throw ApiException.invalidField("type", "validation.required");
    }
    try {
      return CaseEvent.valueOf(type.trim());
    } catch (IllegalArgumentException e) {
      throw new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", "error.validation",
          List.of(new FieldProblem("type", "error.eventUnknown", type, Arrays.toString(CaseEvent.values()))));
    }
  }

  private static void validate(CaseEvent event, Map<String, Object> vars) {
    List<FieldProblem> problems = new ArrayList<>();
    // the data become process variables: only the event's own, never others of the case (a fine range, a decision)
    vars.keySet().stream().filter(field -> !event.fields().containsKey(field)).sorted()
        .forEach(field -> problems.add(new FieldProblem("data." + field, "validation.notOfEvent",
            event.fields().isEmpty() ? "—" : String.join(", ", event.fields().keySet()))));
    event.fields().forEach((field, kind) -> {
      Object v = vars.get(field);
      String key = "data." + field;
      if (v == null || (v instanceof String s && s.isBlank())) {
        if (event.required().containsKey(field)) {
          problems.add(new FieldProblem(key, "validation.required"));
        }
        return;
      }
      switch (kind) {
        case "number" -> {
          if (!(v instanceof Number) || !com.caseflow.common.Money.isAmount(com.caseflow.common.Money.of(v))) {
            problems.add(new FieldProblem(key, "validation.money"));
          }
        }
        case "count" -> {
          if (!(v instanceof Integer || v instanceof Long) || ((Number) v).longValue() < 0) {
            problems.add(new FieldProblem(key, "validation.count"));
          }
        }
        case "boolean" -> {
          if (!(v instanceof Boolean)) {
            problems.add(new FieldProblem(key, "validation.oneOf", "[true, false]"));
          }
        }
        case "date" -> {
          try {
            LocalDate.parse(v.toString());
          } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(key, "validation.date"));
          }
        }
        case "string" -> {
          if (!(v instanceof String)) {
            problems.add(new FieldProblem(key, "validation.text"));
          } else if (((String) v).length() > 2000) {
            problems.add(new FieldProblem(key, "validation.tooLong", 2000));
          }
        }
        default -> throw new IllegalStateException("no check for " + kind);
      }
    });
    if (!problems.isEmpty()) {
      throw ApiException.invalid(problems);
    }
  }
}
