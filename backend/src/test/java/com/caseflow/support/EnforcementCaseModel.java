package com.caseflow.support;

import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.ApplicationContext;

/** Backend tests drive the real {@code enforcement-case} model from processes/, auto-deployed at start-up. */
public final class EnforcementCaseModel {

  private EnforcementCaseModel() {}

  public static void ensureRunnable(ApplicationContext context) {
    ensureDeployed(context.getBean(RepositoryService.class));
  }

  /** Fails with a hint when the processes jar the tests deploy is older than the model. */
  public static void ensureDeployed(RepositoryService repository) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey("enforcement-case").count() == 0) {
      throw new IllegalStateException("enforcement-case is not deployed: mvn -pl processes install -DskipTests");
    }
  }
}
