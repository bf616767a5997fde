package com.caseflow.spotcheck;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Bean {@code flagProductionHalt}: spot-check {@code Task_FlagProductionHalt}. Marks the enterprise
 * "production may not resume" (一律不得恢复生产) until a quality officer lifts it; once per business key.
 */
@Component("flagProductionHalt")
public class FlagProductionHaltDelegate implements JavaDelegate {

  private final EnterpriseFlagService flags;

  public FlagProductionHaltDelegate(EnterpriseFlagService flags) {
    this.flags = flags;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String uscc = Vars.string(execution, "enterpriseUscc");
    if (uscc == null) {
      throw new IllegalStateException("flagProductionHalt needs enterpriseUscc");
    }
    flags.flagProductionHalt(uscc, Vars.string(execution, "enterpriseName"), Vars.string(execution, "productName"),
        Vars.string(execution, "campaignCode"), Vars.longValue(execution, "sampleId"),
        Vars.string(execution, "agencyCode"), execution.getProcessBusinessKey());
  }
}
