package com.caseflow.modeling;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Service;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** Computes what a new version changes against a deployed (or given) one, before it is deployed. */
@Service
public class ModelDiffer {

  private final ModelParser parser;
  private final ModelCatalog catalog;
  private final ModelDeployer deployer;

  public ModelDiffer(ModelParser parser, ModelCatalog catalog, ModelDeployer deployer) {
    this.parser = parser;
    this.catalog = catalog;
    this.deployer = deployer;
  }

  public ModelDiff diff(DiffRequest request) {
    ModelKind kind = request.kind();
    byte[] content = request.content().getBytes(StandardCharsets.UTF_8);
    parser.check(kind, content);
    byte[] base;
    Integer baseVersion = null;
    String key = request.key();
    if (request.baseContent() != null && !request.baseContent().isBlank()) {
      base = request.baseContent().getBytes(StandardCharsets.UTF_8);
      parser.check(kind, base);
    } else {
      if (key == null || key.isBlank()) {
        key = deployer.keysDefinedBy(kind, content).get(0);
      }
      ModelCatalog.Definition definition = catalog.definition(kind, key, request.baseVersion());
      baseVersion = definition.version();
      base = catalog.content(definition);
    }
    return compare(kind, key, baseVersion, elements(kind, base), elements(kind, content));
  }

  static ModelDiff compare(ModelKind kind, String key, Integer baseVersion, Map<String, Item> before,
      Map<String, Item> after) {
    List<ModelDiff.Element> added = new ArrayList<>();
    List<ModelDiff.Element> removed = new ArrayList<>();
    List<ModelDiff.Changed> changed = new ArrayList<>();
    for (Item item : after.values()) {
      Item old = before.get(item.id());
      if (old == null) {
        added.add(new ModelDiff.Element(item.id(), item.type(), item.name()));
        continue;
      }
      List<String> changes = new ArrayList<>();
      if (!old.type().equals(item.type())) {
        changes.add("type");
      }
      Set<String> names = new HashSet<>(old.properties().keySet());
      names.addAll(item.properties().keySet());
      names.stream().sorted()
          .filter(n -> !Objects.equals(old.properties().get(n), item.properties().get(n)))
          .forEach(changes::add);
      if (!changes.isEmpty()) {
        changed.add(new ModelDiff.Changed(item.id(), item.type(), item.name(), old.name(), changes));
      }
    }
    for (Item item : before.values()) {
      if (!after.containsKey(item.id())) {
        removed.add(new ModelDiff.Element(item.id(), item.type(), item.name()));
      }
    }
    return new ModelDiff(kind, key, baseVersion, added, removed, changed);
  }

  /** An element to compare: its properties are attribute values and normalised child elements. */
  record Item(String id, String type, String name, Map<String, String> properties) {}

  Map<String, Item> elements(ModelKind kind, byte[] content) {
    return switch (kind) {
      case BPMN -> bpmnElements(content);
      case DMN -> dmnElements(content);
      case FORM -> formElements(content);
    };
  }

  private Map<String, Item> bpmnElements(byte[] content) {
    BpmnModelInstance model;
    try {
      model = Bpmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (org.camunda.bpm.model.xml.ModelException e) {
      throw ModelParser.invalid(0, 0, ModelDeployer.rootMessage(e));
    }
    Map<String, org.w3c.dom.Element> dom = index(content);
    Map<String, Item> items = new LinkedHashMap<>();
    Set<String> nested = new HashSet<>();
    model.getModelElementsByType(FlowElement.class).forEach(f -> nested.add(f.getId()));
    for (Process process : model.getModelElementsByType(Process.class)) {
      nested.add(process.getId());
    }
    for (Process process : model.getModelElementsByType(Process.class)) {
      items.put(process.getId(), item(process, process.getId(), process.getName(), nested, dom));
    }
    for (FlowElement element : model.getModelElementsByType(FlowElement.class)) {
      items.put(element.getId(), item(element, element.getId(), element.getName(), nested, dom));
    }
    return items;
  }

  private Map<String, Item> dmnElements(byte[] content) {
    DmnModelInstance model;
    try {
      model = Dmn.readModelFromStream(new ByteArrayInputStream(content));
    } catch (org.camunda.bpm.model.xml.ModelException e) {
      throw ModelParser.invalid(0, 0, ModelDeployer.rootMessage(e));
    }
    Map<String, org.w3c.dom.Element> dom = index(content);
    Map<String, Item> items = new LinkedHashMap<>();
    Set<String> nested = new HashSet<>();
    for (Class<? extends ModelElementInstance> type : List.of(Input.class, Output.class, Rule.class)) {
      model.getModelElementsByType(type).forEach(e -> nested.add(e.getAttributeValue("id")));
    }
    for (Decision decision : model.getModelElementsByType(Decision.class)) {
      items.put(decision.getId(), item(decision, decision.getId(), decision.getName(), nested, dom));
    }
    for (Input input : model.getModelElementsByType(Input.class)) {
      items.put(input.getId(), item(input, input.getId(), input.getLabel(), Set.of(), dom));
    }
    for (Output output : model.getModelElementsByType(Output.class)) {
      items.put(output.getId(), item(output, output.getId(),
          output.getLabel() != null ? output.getLabel() : output.getName(), Set.of(), dom));
    }
    int index = 0;
    for (Rule rule : model.getModelElementsByType(Rule.class)) {
      index++;
      String description = rule.getDescription() == null ? null : rule.getDescription().getTextContent();
      items.put(rule.getId(), item(rule, rule.getId(),
          description == null || description.isBlank() ? "#" + index : description.trim(), Set.of(), dom));
    }
    return items;
  }

  private Map<String, Item> formElements(byte[] content) {
    JsonNode form = parser.readForm(content);
    Map<String, Item> items = new LinkedHashMap<>();
    collectComponents(form.path("components"), items);
    return items;
  }

  private static void collectComponents(JsonNode components, Map<String, Item> items) {
    for (JsonNode component : components) {
      String id = component.path("key").isTextual() ? component.path("key").asText() : component.path("id").asText();
      String name = component.path("label").isTextual() ? component.path("label").asText()
          : component.path("text").isTextual() ? component.path("text").asText() : null;
      Map<String, String> properties = new TreeMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = component.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        // ids are regenerated by editors; the key identifies a field, the layout does not change its meaning
        if (!List.of("components", "id", "type", "layout").contains(field.getKey())) {
          properties.put(field.getKey(), field.getValue().toString());
        }
      }
      items.put(id, new Item(id, component.path("type").asText(), name, properties));
      if (component.path("components").isArray()) {
        collectComponents(component.path("components"), items);
      }
    }
  }

  /**
   * Attribute values that mean the same as no attribute (BPMN and Camunda 7 defaults): a model saved by a modeler that
   * writes or drops them (bpmn-js drops {@code camunda:calledElementBinding="latest"}) has not changed there.
   */
  static final Map<String, String> DEFAULTS = Map.ofEntries(
      Map.entry("calledElementBinding", "latest"), Map.entry("decisionRefBinding", "latest"),
      Map.entry("caseRefBinding", "latest"), Map.entry("formRefBinding", "latest"),
      Map.entry("asyncBefore", "false"), Map.entry("asyncAfter", "false"), Map.entry("exclusive", "true"),
      Map.entry("isInterrupting", "true"), Map.entry("cancelActivity", "true"), Map.entry("isForCompensation", "false"),
      Map.entry("isImmediate", "false"), Map.entry("instantiate", "false"), Map.entry("isClosed", "false"),
      Map.entry("gatewayDirection", "Unspecified"), Map.entry("startQuantity", "1"), Map.entry("completionQuantity", "1"));

  /** Attributes plus child elements (except nested elements compared on their own and references to flows). */
  private static Item item(ModelElementInstance element, String id, String name, Set<String> nestedIds,
      Map<String, org.w3c.dom.Element> dom) {
    return item(dom.get(id), id, element.getElementType().getTypeName(), name, nestedIds);
  }

  private static Item item(org.w3c.dom.Element dom, String id, String type, String name, Set<String> nestedIds) {
    Map<String, String> properties = new TreeMap<>();
    NamedNodeMap attributes = dom.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if (!attribute.getName().equals("id") && !attribute.getName().startsWith("xmlns")
          && !attribute.getValue().equals(DEFAULTS.get(attribute.getLocalName() == null ? attribute.getName()
              : attribute.getLocalName()))) {
        properties.put(attribute.getName(), attribute.getValue());
      }
    }
    Map<String, Integer> seen = new LinkedHashMap<>();
    for (Node child = dom.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (!(child instanceof org.w3c.dom.Element childElement)) {
        continue;
      }
      String local = childElement.getLocalName();
      if (nestedIds.contains(childElement.getAttribute("id")) || local.equals("incoming") || local.equals("outgoing")) {
        continue;
      }
      int n = seen.merge(local, 1, Integer::sum);
      properties.put(n == 1 ? local : local + "[" + n + "]", normalise(childElement, nestedIds));
    }
    return new Item(id, type, name, properties);
  }

  /** Elements by id, from the hardened parse (the model API does not expose all attributes of an element). */
  private Map<String, org.w3c.dom.Element> index(byte[] content) {
    Map<String, org.w3c.dom.Element> byId = new java.util.HashMap<>();
    org.w3c.dom.NodeList all = parser.parseXml(content).getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
      if (e.hasAttribute("id")) {
        byId.putIfAbsent(e.getAttribute("id"), e);
      }
    }
    return byId;
  }

  private static String normalise(org.w3c.dom.Element element, Set<String> nestedIds) {
    StringBuilder out = new StringBuilder("<").append(element.getLocalName());
    NamedNodeMap attributes = element.getAttributes();
    Map<String, String> sorted = new TreeMap<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      if (!attribute.getName().startsWith("xmlns")) {
        sorted.put(attribute.getName(), attribute.getValue());
      }
    }
    sorted.forEach((k, v) -> out.append(' ').append(k).append("=\"").append(v).append('"'));
    out.append('>');
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof org.w3c.dom.Element childElement) {
        if (!nestedIds.contains(childElement.getAttribute("id"))) {
          out.append(normalise(childElement, nestedIds));
        }
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(child.getNodeValue().trim());
      }
    }
    return out.append("</").append(element.getLocalName()).append('>').toString();
  }
}
