package com.caseflow.processes.support;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.extension.ExtendWith;
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
@ExtendWith(FlowNodeCoverageExtension.class) // class level: prints the totals after each class
public abstract class AbstractProcessTest {

  /**
   * Per test instance, as Camunda documents it: the engine itself is cached by configuration
   * resource, so every class shares one engine. (A static field would be torn down by the
   * extension's afterAll after the first class.)
   */
  @RegisterExtension
  @Order(1)
  protected final ProcessEngineExtension engine = ProcessEngineExtension.builder()
      .configurationResource("camunda-processes-test.cfg.xml")
      .build();

  /** Registered after {@link #engine}, so it reads history before the deployment is deleted. */
  @RegisterExtension
  @Order(2)
  protected final FlowNodeCoverageExtension coverage = new FlowNodeCoverageExtension();

  @BeforeEach
  void registerDeadlines() {
    Mocks.register("deadlines", new TestDeadlines());
  }

  @AfterEach
  void resetMocks() {
    Mocks.reset();
  }
}
