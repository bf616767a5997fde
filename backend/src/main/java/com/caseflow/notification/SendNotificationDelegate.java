package com.caseflow.notification;

import com.caseflow.common.Messages;
import java.util.Locale;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Bean {@code sendNotification} (processes/CONTRACT.md): local {@code notificationType} and
 * {@code recipientGroup}, the process's {@code agencyCode} and business key. Title and body are written in
 * zh-CN (the bureaus' language); the type lets a client show its own text.
 */
@Component("sendNotification")
public class SendNotificationDelegate implements JavaDelegate {

  private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

  private final NotificationService notifications;
  private final Messages messages;

  public SendNotificationDelegate(NotificationService notifications, Messages messages) {
    this.notifications = notifications;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String type = string(execution, "notificationType");
    String group = string(execution, "recipientGroup");
    if (type == null || group == null) {
      throw new IllegalStateException("sendNotification needs notificationType and recipientGroup");
    }
    String key = execution.getProcessBusinessKey();
    String subject = firstOf(execution, "caseNo", "decisionNo", "productName", "partyName");
    String title = messages.get(ZH, "notification." + type + ".title", key == null ? "" : key);
    String body = messages.get(ZH, "notification." + type + ".body", key == null ? "" : key,
        subject == null ? "" : subject, firstOf(execution, "publicationDueDate", "summaryReportDueDate", "transferDate"));
    notifications.send(null, group, string(execution, "agencyCode"), type, title, body, link(execution, key), key);
  }

  private static String link(DelegateExecution execution, String key) {
    return key == null ? null : "/cases/" + key;
  }

  private static String firstOf(DelegateExecution execution, String... names) {
    for (String name : names) {
      String v = string(execution, name);
      if (v != null) {
        return v;
      }
    }
    return null;
  }

  private static String string(DelegateExecution execution, String name) {
    Object v = execution.getVariable(name);
    return v == null || v.toString().isBlank() ? null : v.toString();
  }
}
