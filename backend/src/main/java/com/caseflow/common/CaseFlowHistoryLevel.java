package com.caseflow.common;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * Camunda's {@code full} history without the three kinds of rows nothing in CaseFlow reads and every task step
 * writes: variable update details ({@code ACT_HI_DETAIL}), the identity-link log ({@code ACT_HI_IDENTITYLINK}) and the
 * user-operation log ({@code ACT_HI_OP_LOG}) — CaseFlow's own audit log records who did what, with old and new
 * values, in the same transaction. Everything else is kept: process, activity, task and variable instances (case
 * timeline, documents, Cockpit), decisions (which discretion rule applied), jobs, incidents and batches (migration
 * results and their failures).
 */
public final class CaseFlowHistoryLevel extends AbstractHistoryLevel {

  public static final CaseFlowHistoryLevel INSTANCE = new CaseFlowHistoryLevel();
  public static final String NAME = "caseflow";
  /** Stored in ACT_GE_PROPERTY historyLevel; built-in levels use 0..3. */
  public static final int ID = 21;

  private static final Set<HistoryEventType> LEFT_OUT = Set.of(HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
      HistoryEventTypes.FORM_PROPERTY_UPDATE, HistoryEventTypes.IDENTITY_LINK_ADD,
      HistoryEventTypes.IDENTITY_LINK_DELETE, HistoryEventTypes.USER_OPERATION_LOG);

  private CaseFlowHistoryLevel() {}

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return !LEFT_OUT.contains(eventType) && HistoryLevel.HISTORY_LEVEL_FULL.isHistoryEventProduced(eventType, entity);
  }
}
