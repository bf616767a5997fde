package com.caseflow.modeling;

import java.util.List;
import java.util.Locale;

/** What a model is: a BPMN process, a DMN decision or a Camunda Form. */
public enum ModelKind {
  BPMN(List.of(".bpmn", ".bpmn20.xml"), "application/xml"),
  DMN(List.of(".dmn", ".dmn11.xml"), "application/xml"),
  FORM(List.of(".form"), "application/json");

  private final List<String> extensions;
  private final String contentType;

  ModelKind(List<String> extensions, String contentType) {
    this.extensions = extensions;
    this.contentType = contentType;
  }

  /** The file name Camunda needs to pick the right deployer. */
  public boolean accepts(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    return extensions.stream().anyMatch(lower::endsWith);
  }

  public String defaultExtension() {
    return extensions.get(0);
  }

  public String contentType() {
    return contentType;
  }

  public boolean isXml() {
    return this != FORM;
  }

  /** Path segment ({@code bpmn}, {@code dmn}, {@code form}) or enum name, any case; null when unknown. */
  public static ModelKind parse(String value) {
    if (value == null) {
      return null;
    }
    for (ModelKind kind : values()) {
      if (kind.name().equalsIgnoreCase(value)) {
        return kind;
      }
    }
    return null;
  }
}
