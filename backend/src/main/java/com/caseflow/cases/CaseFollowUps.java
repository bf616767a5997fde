package com.caseflow.cases;

import static com.caseflow.common.VariableValues.bool;
import static com.caseflow.common.VariableValues.text;

import com.caseflow.common.VariableValues;
import com.caseflow.credit.CreditPublication;
import com.caseflow.credit.CreditPublicationService;
import com.caseflow.document.DocumentRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.springframework.stereotype.Component;

/**
 * The credit, recall and referral sections of the case file, from the follow-up processes the case started
 * (business key = case number, processes/CONTRACT.md "Call interfaces") and the credit-publication row. A few
 * indexed reads: the instances by business key, their variables by instance id and name, the activity-instance
 * tree of the running ones (their executions and incidents), the publication row by decision number.
 */
@Component
public class CaseFollowUps {

  static final String CREDIT = "credit-publication";
  static final String RECALL = "product-recall";
  public static final String REFERRAL = "judicial-referral";

  private static final List<String> CREDIT_VARIABLES = List.of("decisionNo", "decisionDate", "publicationDueDate",
      "publishedDate", "publicationRecordId", "penaltyKind", "publicationPeriod", "handlingOfficer", "leadOfficer");
  private static final List<String> RECALL_VARIABLES = List.of("productName", "defectSource", "defectDescription",
      "hazardLevel", "defectConclusion", "recallOrdered", "recallOrderNo", "recallOrderDate", "recallPlanDueDate",
      "recallPlanRef", "recallPlanPublishedDate", "summaryReportDueDate", "recallSummaryRef", "recalledQuantity",
      "evaluationResult", "recallOutcome");
  /**
   * The steps of {@code judicial-referral} that set the section's variables (its forms and messages,
   * processes/CONTRACT.md); {@code referralOutcome} is set by its end events. A second referral of the same case
   * starts with the first one's values.
   */
  private static final Map<String, List<String>> REFERRAL_SET_BY = Map.of(
      "Task_DraftReferralReport", List.of("suspectedCrime"),
      "Task_DecideReferral", List.of("referralDecision", "referralRejectionReason"),
      "Task_TransferToPolice", List.of("policeOrgan", "receivingOrgan", "transferDate", "transferReceiptNo",
          "procuratorateCopied"),
      "Task_AwaitPoliceDecision", List.of("policeAccepted", "policeDecisionNo", "policeDecisionDate"),
      "Task_DecideReconsideration", List.of("reconsiderationDecision"));
  private static final List<String> REFERRAL_VARIABLES = java.util.stream.Stream.concat(
      REFERRAL_SET_BY.values().stream().flatMap(List::stream), java.util.stream.Stream.of("referralOutcome")).toList();
  private final HistoryService history;
  private final RuntimeService runtime;
  private final CreditPublicationService credit;

  CaseFollowUps(HistoryService history, RuntimeService runtime, CreditPublicationService credit) {
    this.history = history;
    this.runtime = runtime;
    this.credit = credit;
  }

  record Sections(CaseDetail.Credit credit, CaseDetail.Recall recall, CaseDetail.Referral referral,
      List<String> processInstanceIds) {}

  Sections of(CaseRecord c, List<DocumentRecord> documents, LocalDate today) {
    Map<String, HistoricProcessInstance> latest = new LinkedHashMap<>();
    Map<String, Integer> count = new HashMap<>();
    List<String> ids = new ArrayList<>();
    if (c.caseNo() != null) {
      for (HistoricProcessInstance pi : history.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(c.caseNo()).processDefinitionKeyIn(CREDIT, RECALL, REFERRAL)
          .orderByProcessInstanceStartTime().desc().list()) {
        latest.merge(pi.getProcessDefinitionKey(), pi, CaseFollowUps::newer);
        count.merge(pi.getProcessDefinitionKey(), 1, Integer::sum);
        ids.add(pi.getId());
      }
    }
    Map<String, Map<String, Object>> vars = variables(latest.values());
    HistoricProcessInstance referral = latest.get(REFERRAL);
    if (referral != null && count.get(REFERRAL) > 1) {
      keepOwnValues(referral, vars.get(referral.getId()));
    }
    return new Sections(credit(c, latest.get(CREDIT), vars, today), recall(latest.get(RECALL), vars),
        referral(referral, vars, documents, count.getOrDefault(REFERRAL, 0)), ids);
  }

  /**
   * Of two instances of one follow-up process: the running one (only the latest can still run), else the one that
   * started later. Start times have whole seconds on MySQL and can tie, so a tie goes to the instance whose id was
   * made later: the engine's ids are time-based UUIDs (StrongUuidGenerator), strictly increasing on one node.
   */
  static HistoricProcessInstance newer(HistoricProcessInstance first, HistoricProcessInstance second) {
    if ((first.getEndTime() == null) != (second.getEndTime() == null)) {
      return first.getEndTime() == null ? first : second;
    }
    int byStart = first.getStartTime().compareTo(second.getStartTime());
    if (byStart != 0) {
      return byStart > 0 ? first : second;
    }
    return idTime(second.getId()) > idTime(first.getId()) ? second : first;
  }

  /** The creation time a time-based (version 1) UUID carries, or -1 for any other id. */
  static long idTime(String id) {
    try {
      java.util.UUID uuid = java.util.UUID.fromString(id);
      return uuid.version() == 1 ? uuid.timestamp() : -1;
    } catch (IllegalArgumentException notUuid) {
      return -1;
    }
  }

  /** The latest instance of a follow-up process among these, or null. */
  public static HistoricProcessInstance latest(List<HistoricProcessInstance> instances) {
    return instances.stream().reduce(CaseFollowUps::newer).orElse(null);
  }

  /** Process-level values of the given instances' variables the sections show, in one query. */
  private Map<String, Map<String, Object>> variables(java.util.Collection<HistoricProcessInstance> instances) {
    Map<String, Map<String, Object>> out = new HashMap<>();
    instances.forEach(pi -> out.put(pi.getId(), new HashMap<>()));
    if (instances.isEmpty()) {
      return out;
    }
    Set<String> names = new HashSet<>(CREDIT_VARIABLES);
    names.addAll(RECALL_VARIABLES);
    names.addAll(REFERRAL_VARIABLES);
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processInstanceIdIn(out.keySet().toArray(String[]::new)).variableNameIn(names.toArray(String[]::new))
        .disableBinaryFetching().disableCustomObjectDeserialization().list()) {
      boolean processLevel = v.getActivityInstanceId() == null
          || v.getActivityInstanceId().equals(v.getProcessInstanceId());
      Map<String, Object> values = out.get(v.getProcessInstanceId());
      if (HistoricVariableInstance.STATE_CREATED.equals(v.getState()) && v.getValue() != null
          && (processLevel || !values.containsKey(v.getName()))) {
        values.put(v.getName(), v.getValue());
      }
    }
    return out;
  }

  /**
   * Drops the values a repeated referral only inherited from the case ({@code camunda:in variables="all"} hands the
   * previous referral's reply to the next one): a value counts once the step that sets it has been completed in this
   * instance ({@link #REFERRAL_SET_BY}); the outcome once the instance ended. History keeps no variable updates
   * (history level {@code caseflow}), so the steps tell it, in one query of the finished activities.
   */
  private void keepOwnValues(HistoricProcessInstance pi, Map<String, Object> values) {
    Set<String> own = new HashSet<>();
    history.createHistoricActivityInstanceQuery().processInstanceId(pi.getId()).finished().list()
        .forEach(a -> own.addAll(REFERRAL_SET_BY.getOrDefault(a.getActivityId(), List.of())));
    if (pi.getEndTime() != null) {
      own.add("referralOutcome");
    }
    REFERRAL_VARIABLES.stream().filter(n -> !own.contains(n)).forEach(values::remove);
  }

  /** The instance with the steps it waits in now (user and receive tasks, events, async jobs), incidents marked. */
  private CaseDetail.FollowUp followUp(HistoricProcessInstance pi) {
    List<CaseDetail.Step> steps = new ArrayList<>();
    ActivityInstance tree = pi.getEndTime() == null ? runtime.getActivityInstance(pi.getId()) : null;
    if (tree != null) {
      collectSteps(tree, steps);
    }
    boolean running = tree != null;
    return new CaseDetail.FollowUp(pi.getId(), pi.getProcessDefinitionId(), running ? "RUNNING" : "FINISHED",
        pi.getStartTime().toInstant(), pi.getEndTime() == null ? null : pi.getEndTime().toInstant(), steps);
  }

  private static void collectSteps(ActivityInstance scope, List<CaseDetail.Step> steps) {
    for (ActivityInstance a : scope.getChildActivityInstances()) {
      if (a.getChildActivityInstances().length == 0 && a.getChildTransitionInstances().length == 0) {
        steps.add(new CaseDetail.Step(a.getActivityId(), a.getActivityName(), a.getIncidentIds().length > 0));
      } else {
        collectSteps(a, steps);
      }
    }
    for (TransitionInstance t : scope.getChildTransitionInstances()) {
      steps.add(new CaseDetail.Step(t.getActivityId(), t.getActivityName(), t.getIncidentIds().length > 0));
    }
  }

  private CaseDetail.Credit credit(CaseRecord c, HistoricProcessInstance pi, Map<String, Map<String, Object>> vars,
      LocalDate today) {
    Map<String, Object> v = pi == null ? Map.of() : vars.get(pi.getId());
    String decisionNo = c.decisionNo() != null ? c.decisionNo() : text(v.get("decisionNo"));
    CreditPublication row = decisionNo == null ? null : credit.find(decisionNo);
    if (row == null && pi == null) {
      return null;
    }
    boolean running = pi != null && pi.getEndTime() == null;
    CaseDetail.FollowUp process = pi == null ? null : followUp(pi);
    String status = row != null ? row.status() : running ? CreditPublication.PENDING : "NOT_PUBLISHED";
    if (CreditPublication.PENDING.equals(status) && process != null
        && process.currentSteps().stream().anyMatch(CaseDetail.Step::incident)) {
      status = "FAILED";
    }
    LocalDate due = row != null && row.publicationDueDate() != null ? row.publicationDueDate()
        : date(v.get("publicationDueDate"));
    LocalDate published = row != null && row.publishedDate() != null ? row.publishedDate()
        : date(v.get("publishedDate"));
    boolean waiting = CreditPublication.PENDING.equals(status) || "FAILED".equals(status);
    boolean overdue = (row != null && row.overdue())
        || (due != null && (published != null ? published.isAfter(due) : waiting && today.isAfter(due)));
    return new CaseDetail.Credit(status, decisionNo,
        row != null && row.decisionDate() != null ? row.decisionDate()
            : c.decisionDate() != null ? c.decisionDate() : date(v.get("decisionDate")),
        due, overdue, published,
        row != null && row.externalRecordId() != null ? row.externalRecordId() : text(v.get("publicationRecordId")),
        row == null ? null : row.decisionNo(),
        row != null && row.penaltyKind() != null ? row.penaltyKind() : text(v.get("penaltyKind")),
        text(v.get("publicationPeriod")),
        row != null && row.handlingOfficer() != null ? row.handlingOfficer()
            : text(v.get("handlingOfficer")) != null ? text(v.get("handlingOfficer")) : text(v.get("leadOfficer")),
        row == null ? 0 : row.attempts(), row == null ? null : row.lastError(), row == null ? null : row.endReason(),
        row == null ? null : row.endedAt(), process);
  }

  private CaseDetail.Recall recall(HistoricProcessInstance pi, Map<String, Map<String, Object>> vars) {
    if (pi == null) {
      return null;
    }
    Map<String, Object> v = vars.get(pi.getId());
    return new CaseDetail.Recall(text(v.get("productName")), text(v.get("defectSource")),
        text(v.get("defectDescription")), text(v.get("hazardLevel")), text(v.get("defectConclusion")),
        Boolean.TRUE.equals(bool(v.get("recallOrdered"))), text(v.get("recallOrderNo")),
        date(v.get("recallOrderDate")), date(v.get("recallPlanDueDate")), text(v.get("recallPlanRef")),
        date(v.get("recallPlanPublishedDate")), date(v.get("summaryReportDueDate")), text(v.get("recallSummaryRef")),
        decimal(v.get("recalledQuantity")), text(v.get("evaluationResult")), text(v.get("recallOutcome")),
        followUp(pi));
  }

  private CaseDetail.Referral referral(HistoricProcessInstance pi, Map<String, Map<String, Object>> vars,
      List<DocumentRecord> documents, int referrals) {
    if (pi == null) {
      return null;
    }
    Map<String, Object> v = vars.get(pi.getId());
    String documentNo = documents.stream().filter(d -> "CRIMINAL_REFERRAL".equals(d.type()) && d.number() != null)
        .max(Comparator.comparing(DocumentRecord::createdAt)).map(DocumentRecord::number).orElse(null);
    return new CaseDetail.Referral(text(v.get("suspectedCrime")), text(v.get("referralDecision")),
        text(v.get("referralRejectionReason")), documentNo,
        text(v.get("policeOrgan")) != null ? text(v.get("policeOrgan")) : text(v.get("receivingOrgan")),
        date(v.get("transferDate")),
        text(v.get("transferReceiptNo")), bool(v.get("procuratorateCopied")), bool(v.get("policeAccepted")),
        text(v.get("policeDecisionNo")), date(v.get("policeDecisionDate")), text(v.get("reconsiderationDecision")),
        text(v.get("referralOutcome")), referrals, followUp(pi));
  }

  /** A value a form or message left malformed shows as missing rather than failing the whole case page. */
  private static LocalDate date(Object v) {
    try {
      return VariableValues.date(v);
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static BigDecimal decimal(Object v) {
    try {
      return VariableValues.decimal(v);
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
