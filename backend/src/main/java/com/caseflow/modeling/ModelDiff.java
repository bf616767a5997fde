package com.caseflow.modeling;

import java.util.List;

/**
 * Elements (BPMN flow elements and processes, DMN decisions/inputs/outputs/rules, form components) added,
 * removed or changed, matched by id (form components by key). {@code changes} names the attributes or child
 * elements that differ.
 */
public record ModelDiff(ModelKind kind, String key, Integer baseVersion, List<Element> added, List<Element> removed,
    List<Changed> changed) {

  public record Element(String id, String type, String name) {}

  public record Changed(String id, String type, String name, String baseName, List<String> changes) {}

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }
}
