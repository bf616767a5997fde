package com.caseflow.processes.support;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base class of every process test in this module.
 *
 * <ul>
 *   <li>one in-memory engine from {@code camunda-processes-test.cfg.xml} (shared by all classes);
 *   use {@code @Deployment(resources = ...)} on the class or method;</li>
 *   <li>{@link FlowNodeCoverageExtension} records flow-node coverage; it is registered after
 *   the engine extension on purpose (it must read history before the deployment is deleted);</li>
 *   <li>the {@code deadlines} bean is registered as {@link TestDeadlines} before each test and
 *   all mocks are reset after it. Register further beans with {@code Mocks.register}.</li>
 * </ul>
 * Assertions: {@code import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;}
 */
public abstract class AbstractProcessTest {

  @RegisterExtension
  @Order(1)
  protected static final ProcessEngineExtension ENGINE = ProcessEngineExtension.builder()
      .configurationResource("camunda-processes-test.cfg.xml")
      .build();

  @RegisterExtension
  @Order(2)
  protected static final FlowNodeCoverageExtension COVERAGE = new FlowNodeCoverageExtension();

  @BeforeEach
  void registerDeadlines() {
    Mocks.register("deadlines", new TestDeadlines());
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }
}
