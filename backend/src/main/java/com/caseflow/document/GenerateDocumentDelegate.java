package com.caseflow.document;

import com.caseflow.audit.AuditService;
import com.caseflow.cases.CaseMapper;
import com.caseflow.cases.CaseRecord;
import com.caseflow.security.CurrentUser;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaField;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * {@code camunda:delegateExpression="${generateDocument}"} with field injection {@code documentType}
 * (a {@link DocumentType} code): generates that document for the case of the process (found by
 * {@code leadId}, else by the process instance or a calling instance) in the engine's transaction and
 * sets {@code generatedDocumentId} and {@code generatedDocumentNo}. Missing case data fails the step
 * (the job's incident or the completing request's 409 says what is missing).
 */
@Component("generateDocument")
public class GenerateDocumentDelegate implements JavaDelegate {

  /** Field injection: the document type code. */
  private Expression documentType;

  private final DocumentService documents;
  private final CaseMapper cases;
  private final IdentityService identity;

  public GenerateDocumentDelegate(DocumentService documents, CaseMapper cases, IdentityService identity) {
    this.documents = documents;
    this.cases = cases;
    this.identity = identity;
  }

  public void setDocumentType(Expression documentType) {
    this.documentType = documentType;
  }

  @Override
  public void execute(DelegateExecution execution) {
    if (documentType == null && fieldFromModel(execution) == null) {
      throw new IllegalStateException("generateDocument needs the field documentType");
    }
    // the bean is a singleton shared by all executions: read this element's own field from the model,
    // the injected expression only as a fallback
    String code = fieldFromModel(execution);
    if (code == null) {
      code = String.valueOf(documentType.getValue(execution));
    }
    DocumentType type = DocumentType.parse(code);
    if (type == null) {
      throw new IllegalArgumentException("generateDocument: unknown documentType " + code);
    }
    CaseRecord c = findCase(execution);
    if (c == null) {
      throw new IllegalStateException("generateDocument: no case for process instance " + execution.getProcessInstanceId());
    }
    DocumentRecord d = documents.generate(c.summary(), type, actor());
    execution.setVariable("generatedDocumentId", d.id());
    execution.setVariable("generatedDocumentNo", d.number());
  }

  private static String fieldFromModel(DelegateExecution execution) {
    FlowElement element = execution.getBpmnModelElementInstance();
    if (element == null || element.getExtensionElements() == null) {
      return null;
    }
    for (CamundaField f : element.getExtensionElements().getElementsQuery().filterByType(CamundaField.class).list()) {
      if ("documentType".equals(f.getCamundaName())) {
        if (f.getCamundaStringValue() != null) {
          return f.getCamundaStringValue();
        }
        return f.getCamundaString() == null ? null : f.getCamundaString().getTextContent().strip();
      }
    }
    return null;
  }

  private CaseRecord findCase(DelegateExecution execution) {
    Object leadId = execution.getVariable("leadId");
    if (leadId instanceof Number n) {
      CaseRecord c = cases.find(n.longValue());
      if (c != null) {
        return c;
      }
    }
    for (DelegateExecution e = execution; e != null; e = e.getProcessInstance().getSuperExecution()) {
      CaseRecord c = cases.findByProcessInstance(e.getProcessInstanceId());
      if (c != null) {
        return c;
      }
    }
    return null;
  }

  private String actor() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof CurrentUser user) {
      return user.username();
    }
    var camunda = identity.getCurrentAuthentication();
    return camunda != null && camunda.getUserId() != null ? camunda.getUserId() : AuditService.SYSTEM_USER;
  }
}
