package com.caseflow.support;

import org.camunda.bpm.engine.RepositoryService;

/**
 * Backend tests drive the real {@code enforcement-case} model from processes/. While that model is not on
 * main yet, a fallback with the same ids, groups and beans (test-processes/enforcement-fallback) is deployed.
 */
public final class EnforcementCaseModel {

  private EnforcementCaseModel() {}

  public static synchronized void ensureDeployed(RepositoryService repository) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey("enforcement-case").count() > 0) {
      return;
    }
    String dir = "test-processes/enforcement-fallback/";
    repository.createDeployment().name("enforcement-case-fallback").enableDuplicateFiltering(true)
        .addClasspathResource(dir + "enforcement-case.bpmn")
        .addClasspathResource(dir + "fallback-verify-lead.form")
        .addClasspathResource(dir + "fallback-approve-filing.form")
        .addClasspathResource(dir + "fallback-assign-officers.form")
        .deploy();
  }
}
