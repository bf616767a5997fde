package com.caseflow.modeling;

import com.caseflow.common.ApiException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The first gate for every model that reaches the API: size limit, then a hardened parse (no DTD, no
 * external entities, no XInclude) before Camunda sees the bytes. A refusal names the line and column.
 */
@Component
public class ModelParser {

  private final DataSize maxSize;
  private final ObjectMapper json;

  public ModelParser(@Value("${caseflow.modeling.max-model-size:2MB}") DataSize maxSize, ObjectMapper json) {
    this.maxSize = maxSize;
    this.json = json;
  }

  public DataSize maxSize() {
    return maxSize;
  }

  public void checkSize(byte[] content) {
    if (content.length > maxSize.toBytes()) {
      throw new ApiException(HttpStatus.PAYLOAD_TOO_LARGE, "MODEL_TOO_LARGE", "error.model.tooLarge",
          maxSize.toKilobytes() + " KB");
    }
  }

  /** Checks size and well-formedness; returns the XML document (BPMN, DMN) or null (forms). */
  public Document check(ModelKind kind, byte[] content) {
    checkSize(content);
    if (kind.isXml()) {
      return parseXml(content);
    }
    readForm(content);
    return null;
  }

  public Document parseXml(byte[] content) {
    try {
      DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler() {
        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder.parse(new ByteArrayInputStream(content));
    } catch (SAXParseException e) {
      throw invalid(e.getLineNumber(), e.getColumnNumber(), e.getMessage());
    } catch (SAXException | IOException e) {
      throw invalid(0, 0, e.getMessage());
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A Camunda Form: a JSON object with an id and a components array. */
  public JsonNode readForm(byte[] content) {
    JsonNode form;
    try {
      form = json.readTree(new String(content, StandardCharsets.UTF_8));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      var location = e.getLocation();
      throw invalid(location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(),
          e.getOriginalMessage());
    }
    if (form == null || !form.isObject() || !form.path("id").isTextual() || form.path("id").asText().isBlank()
        || !form.path("components").isArray()) {
      throw ApiException.invalidField("content", "error.model.formShape");
    }
    return form;
  }

  static ApiException invalid(int line, int column, String message) {
    if (line <= 0) {
      // the engine refused it as a whole (a DMN it cannot evaluate, a form without id): no place to name
      return new ApiException(HttpStatus.BAD_REQUEST, "MODEL_INVALID", "error.model.invalidWhole",
          java.util.List.of(new ApiException.FieldProblem("content", "error.model.problemWhole", message)), message);
    }
    return new ApiException(HttpStatus.BAD_REQUEST, "MODEL_INVALID", "error.model.invalid",
        java.util.List.of(new ApiException.FieldProblem("content", "error.model.problem", line, column, message)),
        line, column, message);
  }

  static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }
}
