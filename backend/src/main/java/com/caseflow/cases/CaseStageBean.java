package com.caseflow.cases;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** {@code ${caseStage.enter(execution, 'INVESTIGATION')}}: the case's stage for lists and dashboards. */
@Component("caseStage")
public class CaseStageBean {

  private final CaseFileService caseFile;

  public CaseStageBean(CaseFileService caseFile) {
    this.caseFile = caseFile;
  }

  public void enter(DelegateExecution execution, String stage) {
    if (!CaseStages.known(stage)) {
      throw new IllegalArgumentException("caseStage.enter: unknown stage '" + stage + "' (known: "
          + new java.util.TreeSet<>(CaseStages.NAMES.keySet()) + ")");
    }
    Long caseId = ProcessVariables.caseId(execution);
    if (caseId != null) {
      caseFile.enterStage(caseId, stage);
    }
  }
}
