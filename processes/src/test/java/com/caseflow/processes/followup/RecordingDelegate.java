package com.caseflow.processes.followup;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Test double for a bean called through {@code camunda:delegateExpression}: records the
 * activity id and the variables it saw (local input parameters included), and optionally sets
 * output variables the way the real bean would.
 */
public class RecordingDelegate implements JavaDelegate {

  /** One call: where it happened and the variables visible there. */
  public record Call(String activityId, Map<String, Object> variables) {
    public Object get(String name) {
      return variables.get(name);
    }
  }

  private final List<Call> calls = new ArrayList<>();
  private final Consumer<DelegateExecution> behaviour;

  public RecordingDelegate() {
    this(execution -> { });
  }

  public RecordingDelegate(Consumer<DelegateExecution> behaviour) {
    this.behaviour = behaviour;
  }

  @Override
  public void execute(DelegateExecution execution) {
    calls.add(new Call(execution.getCurrentActivityId(), Map.copyOf(execution.getVariables().entrySet().stream()
        .filter(e -> e.getValue() != null)
        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))));
    behaviour.accept(execution);
  }

  public List<Call> calls() {
    return calls;
  }

  public List<String> activities() {
    return calls.stream().map(Call::activityId).toList();
  }

  public Call onlyCall() {
    if (calls.size() != 1) {
      throw new AssertionError("expected exactly one call but got " + activities());
    }
    return calls.get(0);
  }
}
