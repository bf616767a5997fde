package com.caseflow.task;

import com.caseflow.common.ApiException.FieldProblem;
import com.caseflow.common.Money;
import com.caseflow.security.Groups;
import com.caseflow.security.UserProfileMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/**
 * What a completion must satisfy before the engine sees it: the form's own rules (required, number types,
 * select options) and the procedure's (two officers, fine within the discretion range or a reason, a comment
 * when sending back). Problems are keyed by form field.
 */
@Component
public class CompletionRules {

  /** Values of a decision field that send a case back or refuse it: they need a written comment. */
  static final Set<String> NEGATIVE = Set.of("REJECT", "REJECTED", "SEND_BACK", "SENT_BACK", "RETURN", "NOT_APPROVE",
      "DENY", "REVISE");
  /** The comment fields of the forms; the follow-up forms name theirs (referral, credit check, credit repair). */
  static final List<String> COMMENT_KEYS = List.of("comment", "opinion", "reason", "approvalComment", "reviewComment",
      "referralRejectionReason", "creditCheckComment", "repairReviewComment");
  static final List<String> REASON_KEYS = List.of("discretionReason", "deviationReason", "fineReason", "reason");

  private final IdentityService identity;
  private final UserProfileMapper profiles;
  private final com.caseflow.evidence.EvidenceMapper evidence;

  public CompletionRules(IdentityService identity, UserProfileMapper profiles,
      com.caseflow.evidence.EvidenceMapper evidence) {
    this.identity = identity;
    this.profiles = profiles;
    this.evidence = evidence;
  }

  List<FieldProblem> checkAgainstForm(FormSchema schema, Map<String, Object> variables) {
    List<FieldProblem> problems = new ArrayList<>();
    for (FormSchema.Field f : schema.fields()) {
      if (f.hidden(variables) || f.readonly()) {
        continue; // a read-only field shows a process value: nothing the user enters
      }
      Object v = variables.get(f.key());
      boolean empty = v == null || (v instanceof String s && s.isBlank());
      if (empty) {
        if (f.required() && !"checkbox".equals(f.type())) {
          problems.add(new FieldProblem(f.key(), "validation.required"));
        }
        continue;
      }
      switch (f.type()) {
        case "number" -> {
          if (!(v instanceof Number) && !(v instanceof String s && isNumber(s))) {
            problems.add(new FieldProblem(f.key(), "validation.number"));
          }
        }
        case "checkbox" -> {
          if (!(v instanceof Boolean)) {
            problems.add(new FieldProblem(f.key(), "validation.oneOf", "[true, false]"));
          }
        }
        case "select", "radio" -> {
          if (!f.options().isEmpty() && !f.options().contains(v.toString())) {
            problems.add(new FieldProblem(f.key(), "validation.oneOf", f.options().toString()));
          }
        }
        case "datetime" -> {
          if (!(v instanceof String s) || !isDate(s)) {
            problems.add(new FieldProblem(f.key(), "validation.date"));
          }
        }
        default -> { }
      }
    }
    return problems;
  }

  /** {@code process} reads the process's own variables (the fine range the discretion table gave, ...). */
  List<FieldProblem> checkBusiness(TaskRecord task, FormSchema schema, Map<String, Object> v,
      Function<String, Object> process) {
    List<FieldProblem> problems = new ArrayList<>();
    // a comment when sending back or refusing
    boolean negative = v.entrySet().stream()
        .anyMatch(e -> (e.getKey().endsWith("Decision") || e.getKey().equals("decision"))
            && e.getValue() != null && NEGATIVE.contains(e.getValue().toString()));
    if (negative && comment(v) == null) {
      String key = schema == null ? "comment" : schema.fields().stream().map(FormSchema.Field::key)
          .filter(COMMENT_KEYS::contains).findFirst().orElse("comment");
      problems.add(new FieldProblem(key, "validation.commentRequired"));
    }
    switch (task.activityId()) {
      case "Task_AssignOfficers" -> checkOfficers(task, v, problems);
      case "Task_ProposePenalty" -> {
        checkFine(v, process, problems);
        checkIllegalGains(v, problems);
      }
      case "Task_WriteEndReport" -> {
        // the end report rests on evidence in the file (domain.md §2.4-5)
        if (task.caseId() != null && evidence.findByCase(task.caseId()).isEmpty()) {
          problems.add(new FieldProblem("evidence", "validation.evidenceRequired"));
        }
      }
      default -> { }
    }
    return problems;
  }

  private void checkOfficers(TaskRecord task, Map<String, Object> v, List<FieldProblem> problems) {
    String lead = v.get("leadOfficer") instanceof String s && !s.isBlank() ? s : null;
    String second = v.get("secondOfficer") instanceof String s && !s.isBlank() ? s : null;
    if (lead == null) {
      problems.add(new FieldProblem("leadOfficer", "validation.officers"));
    } else if (!isOfficerOf(lead, task.agencyPath())) {
      problems.add(new FieldProblem("leadOfficer", "validation.officerUnknown", lead));
    }
    if (second == null || second.equals(lead)) {
      problems.add(new FieldProblem("secondOfficer", "validation.officers"));
    } else if (!isOfficerOf(second, task.agencyPath())) {
      problems.add(new FieldProblem("secondOfficer", "validation.officerUnknown", second));
    }
  }

  /** An officer (or unit head) whose agency is the case's agency or one of its sub-agencies. */
  private boolean isOfficerOf(String userId, String casePath) {
    String path = profiles.agencyPath(userId);
    if (path == null || !path.startsWith(casePath)) {
      return false;
    }
    return identity.createUserQuery().userId(userId)
        .memberOfGroup(Groups.OFFICERS).count() > 0
        || identity.createUserQuery().userId(userId).memberOfGroup(Groups.UNIT_HEADS).count() > 0;
  }

  private static void checkFine(Map<String, Object> v, Function<String, Object> process,
      List<FieldProblem> problems) {
    Object fine = v.get("fineAmount");
    if (fine == null) {
      return; // the form marks it required when it is
    }
    BigDecimal amount = Money.of(fine);
    if (amount == null) {
      return; // reported as not a number by the form check
    }
    if (!Money.isAmount(amount)) {
      problems.add(new FieldProblem("fineAmount", "validation.money"));
      return;
    }
    // the range is the process's (set by the discretion table), never a value sent with the form
    BigDecimal min = Money.of(process.apply("fineMin"));
    BigDecimal max = Money.of(process.apply("fineMax"));
    boolean outside = (min != null && amount.compareTo(min) < 0) || (max != null && amount.compareTo(max) > 0);
    boolean reasoned = REASON_KEYS.stream().map(v::get).anyMatch(r -> r instanceof String s && !s.isBlank());
    if (outside && !reasoned) {
      problems.add(new FieldProblem("fineAmount", "validation.fineOutOfRange", min, max));
    }
  }

  /** Illegal gains are part of the confiscation total (没收违法所得和非法财物合计). */
  private static void checkIllegalGains(Map<String, Object> v, List<FieldProblem> problems) {
    BigDecimal gains = Money.of(v.get("illegalGains"));
    if (gains == null) {
      return;
    }
    if (!Money.isAmount(gains)) {
      problems.add(new FieldProblem("illegalGains", "validation.money"));
      return;
    }
    BigDecimal total = Money.of(v.get("confiscationValue"));
    if (total != null && gains.compareTo(total) > 0) {
      problems.add(new FieldProblem("illegalGains", "validation.illegalGainsOverTotal", total));
    }
  }

  static String comment(Map<String, Object> v) {
    return COMMENT_KEYS.stream().map(v::get).filter(c -> c instanceof String s && !s.isBlank())
        .map(Object::toString).findFirst().orElse(null);
  }

  private static boolean isNumber(String s) {
    try {
      new BigDecimal(s.trim()); // not NaN or Infinity, which Double would take
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDate(String s) {
    try {
      LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
