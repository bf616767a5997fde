package com.caseflow.document;

import com.caseflow.agency.Agency;
import com.caseflow.agency.AgencyService;
import com.caseflow.cases.CaseFollowUps;
import com.caseflow.cases.CaseMapper;
import com.caseflow.cases.CaseRecord;
import com.caseflow.cases.CaseSummary;
import com.caseflow.cases.Product;
import com.caseflow.evidence.Evidence;
import com.caseflow.evidence.EvidenceMapper;
import com.caseflow.evidence.EvidenceType;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/**
 * Fills {@link DocumentData} from the case's process variables (running instance, else history; names
 * as in processes/CONTRACT.md and the forms), completed by the case file (cf_case, its products), the
 * evidence on file and the documents already issued. The case summary's party and number win.
 */
@Component
public class ProcessVariablesDocumentDataProvider implements DocumentDataProvider {

  private final RuntimeService runtime;
  private final HistoryService history;
  private final AgencyService agencies;
  private final CaseMapper cases;
  private final EvidenceMapper evidence;
  private final DocumentMapper documents;
  private final Clock clock;

  public ProcessVariablesDocumentDataProvider(RuntimeService runtime, HistoryService history, AgencyService agencies,
      CaseMapper cases, EvidenceMapper evidence, DocumentMapper documents, Clock clock) {
    this.runtime = runtime;
    this.history = history;
    this.agencies = agencies;
    this.cases = cases;
    this.evidence = evidence;
    this.documents = documents;
    this.clock = clock;
  }

  @Override
  public DocumentData load(CaseSummary c) {
    Agency agency = agencies.find(c.agencyCode())
        .orElseThrow(() -> new IllegalStateException("case " + c.id() + " has unknown agency " + c.agencyCode()));
    Map<String, Object> vars = new HashMap<>(processVariables(c.processInstanceId()));
    // 涉嫌犯罪案件移送书: the referral's facts, crime and police organ are set in the case's latest judicial-referral
    // (business key = case number); they fill what the case process does not hold
    referralVariables(c.caseNo()).forEach((k, v) -> fill(vars, k, v));

    CaseRecord record = cases.find(c.id());
    if (record != null) {
      fill(vars, "partyAddress", record.partyAddress());
      fill(vars, "partyIdNo", record.partyIdNo());
      fill(vars, "source", record.source());
      fill(vars, "description", record.description());
      fill(vars, "leadDate", record.leadDate());
      fill(vars, "filingDate", record.filedAt());
      fill(vars, "decisionNo", record.decisionNo());
      fill(vars, "decisionDate", record.decisionDate());
      fill(vars, "fineAmount", record.fineAmount());
      fill(vars, "confiscationValue", record.confiscationValue());
      fill(vars, "illegalGains", record.illegalGains());
      fill(vars, "paidAmount", record.paidAmount());
      fill(vars, "caseResult", record.caseResult());
      List<Product> products = cases.products(c.id());
      if (!products.isEmpty()) {
        fill(vars, "productName", String.join("、", products.stream().map(Product::name).distinct().toList()));
      }
    }
    put(vars, "caseNo", c.caseNo());
    put(vars, "partyName", c.partyName());
    put(vars, "partyUscc", c.partyUscc());
    put(vars, "partyType", c.partyType());

    Set<String> kinds = new LinkedHashSet<>();
    for (Evidence e : evidence.findByCase(c.id())) {
      if (!e.superseded()) {
        EvidenceType t = EvidenceType.parse(e.type());
        kinds.add(t == null ? e.type() : t.label());
      }
    }
    Map<String, DocumentData.IssuedDocument> issued = new LinkedHashMap<>();
    for (DocumentRecord d : documents.findByCase(c.id())) {
      if (!DocumentType.DELIVERY_RECEIPT.name().equals(d.type())) {
        issued.put(d.type(), new DocumentData.IssuedDocument(d.title(), d.number()));
      }
    }
    return new DocumentData(c, agency.name(), agency.shortName(), vars, new ArrayList<>(kinds),
        new ArrayList<>(issued.values()), LocalDate.now(clock));
  }

  private Map<String, Object> referralVariables(String caseNo) {
    if (caseNo == null) {
      return Map.of();
    }
    var latest = CaseFollowUps.latest(history.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(caseNo).processDefinitionKey(CaseFollowUps.REFERRAL).list());
    return latest == null ? Map.of() : processVariables(latest.getId());
  }

  private Map<String, Object> processVariables(String processInstanceId) {
    Map<String, Object> vars = new HashMap<>();
    if (processInstanceId == null) {
      return vars;
    }
    if (runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      runtime.getVariables(processInstanceId).forEach((k, v) -> {
        if (v != null) {
          vars.put(k, v);
        }
      });
      return vars;
    }
    for (HistoricVariableInstance v : history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).disableCustomObjectDeserialization().list()) {
      if (v.getValue() != null && (v.getActivityInstanceId() == null || v.getActivityInstanceId().equals(processInstanceId)
          || !vars.containsKey(v.getName()))) {
        vars.put(v.getName(), v.getValue());
      }
    }
    return vars;
  }

  private static void fill(Map<String, Object> vars, String key, Object value) {
    if (value != null && (vars.get(key) == null || String.valueOf(vars.get(key)).isBlank())) {
      vars.put(key, value);
    }
  }

  private static void put(Map<String, Object> vars, String key, Object value) {
    if (value != null) {
      vars.put(key, value);
    }
  }
}
