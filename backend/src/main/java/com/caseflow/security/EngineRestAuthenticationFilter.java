package com.caseflow.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;

/**
 * Camunda's Basic-auth filter for the engine REST API, without its whitelist: Camunda lets the engine
 * list ({@code /engine-rest/engine}) and a few other URLs through unauthenticated; CaseFlow answers no
 * engine REST request to an anonymous caller.
 */
public class EngineRestAuthenticationFilter extends ProcessEngineAuthenticationFilter {

  @Override
  protected boolean requiresEngineAuthentication(String requestUrl) {
    return true;
  }

  @Override
  protected String extractEngineName(String requestUrl) {
    String name = super.extractEngineName(requestUrl);
    return name == null ? DEFAULT_ENGINE_NAME : name;
  }
}
