package com.caseflow.modeling;

import java.time.Instant;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records the authenticated user of every new deployment in {@code cf_deployment_log}, whichever door it came
 * through: {@code POST /api/models/deployments} (the service sets the Camunda authentication) or
 * {@code POST /engine-rest/deployment/create} from Camunda Modeler (Camunda's Basic-auth filter sets it).
 * Runs as a post-deployer inside the deploy command, so the row commits or rolls back with the deployment.
 * Start-up auto-deployment has no authenticated user and is not recorded (its source says where it came from).
 */
@Component
public class DeployerRecordingPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<DeploymentLogMapper> log;

  public DeployerRecordingPlugin(ObjectProvider<DeploymentLogMapper> log) {
    this.log = log;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    var deployers = configuration.getCustomPostDeployers() == null
        ? new ArrayList<Deployer>() : new ArrayList<>(configuration.getCustomPostDeployers());
    deployers.add(this::record);
    configuration.setCustomPostDeployers(deployers);
  }

  private void record(DeploymentEntity deployment) {
    // the deployment cache also runs deployers when it re-reads an old deployment: only new ones count
    if (!deployment.isNew() || Context.getCommandContext() == null) {
      return;
    }
    String user = Context.getCommandContext().getAuthenticatedUserId();
    if (user == null) {
      return;
    }
    Instant at = deployment.getDeploymentTime() == null ? Instant.now() : deployment.getDeploymentTime().toInstant();
    log.getObject().insert(deployment.getId(), user, at);
  }
}
