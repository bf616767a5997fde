package com.caseflow.common;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Registers {@link CaseFlowHistoryLevel} (application.yaml: {@code camunda.bpm.history-level: caseflow}).
 * <p>
 * Camunda refuses to start when the configured level differs from the one stored in the database. A database
 * created by an earlier CaseFlow version at level {@code full} is moved to this level here, before the engine checks
 * it — the step Camunda's documentation prescribes for changing the level (update the {@code historyLevel}
 * property). Existing history rows stay.
 */
@Component
public class HistoryLevelUpgrade extends AbstractProcessEnginePlugin {

  private static final Logger log = LoggerFactory.getLogger(HistoryLevelUpgrade.class);

  private final DataSource ds;

  public HistoryLevelUpgrade(DataSource ds) {
    this.ds = ds;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var custom = configuration.getCustomHistoryLevels() == null
        ? new java.util.ArrayList<HistoryLevel>() : new java.util.ArrayList<>(configuration.getCustomHistoryLevels());
    custom.add(CaseFlowHistoryLevel.INSTANCE);
    configuration.setCustomHistoryLevels(custom);
    if (!CaseFlowHistoryLevel.NAME.equals(configuration.getHistory())) {
      return;
    }
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE ACT_GE_PROPERTY SET VALUE_ = ? WHERE NAME_ = 'historyLevel' AND VALUE_ = ?")) {
      ps.setString(1, String.valueOf(CaseFlowHistoryLevel.ID));
      ps.setString(2, String.valueOf(HistoryLevel.HISTORY_LEVEL_FULL.getId()));
      if (ps.executeUpdate() > 0) {
        if (!c.getAutoCommit()) {
          c.commit();
        }
        log.info("Camunda history level of this database changed from full to {}", CaseFlowHistoryLevel.NAME);
      }
    } catch (SQLException e) {
      // a new database has no ACT_GE_PROPERTY yet: the engine creates it at the configured level
      log.debug("History level not checked: {}", e.getMessage());
    }
  }
}
