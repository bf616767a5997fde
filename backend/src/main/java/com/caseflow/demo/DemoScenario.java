package com.caseflow.demo;

/**
 * A piece of demo data beyond the users (cases at different stages, spot-check results, …), added by
 * the feature that owns it. {@link #loadOnce()} runs in a transaction after the demo users exist and
 * must do nothing when its data is already there.
 */
public interface DemoScenario {

  void loadOnce();
}
