package com.caseflow.worklist;

import com.caseflow.common.ClockConfig;
import com.caseflow.common.Messages;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/** The 审批记录 sheet as self-contained HTML with print styles, in the request's language. */
@Component
public class ApprovalSheet {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ClockConfig.ZONE);

  private final Messages messages;

  public ApprovalSheet(Messages messages) {
    this.messages = messages;
  }

  String html(ProcessTraceService.Approvals a) {
    StringBuilder b = new StringBuilder();
    String title = messages.get("approvals.title");
    b.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>").append(esc(title)).append("</title>")
        .append("<style>body{font-family:'Noto Sans CJK SC','Microsoft YaHei',sans-serif;margin:24px}")
        .append("table{border-collapse:collapse;width:100%}th,td{border:1px solid #333;padding:6px;text-align:left;")
        .append("vertical-align:top}h1{text-align:center;font-size:20px}@media print{button{display:none}}</style>")
        .append("</head><body><button onclick=\"window.print()\">").append(esc(messages.get("approvals.print")))
        .append("</button><h1>").append(esc(title)).append("</h1><p>")
        .append(esc(messages.get("approvals.case"))).append(": ").append(esc(a.caseNo() == null ? "" : a.caseNo()))
        .append(" &nbsp; ").append(esc(messages.get("approvals.party"))).append(": ").append(esc(a.partyName()))
        .append("</p><table><thead><tr>");
    for (String h : new String[] {"step", "user", "role", "time", "decision", "comment"}) {
      b.append("<th>").append(esc(messages.get("approvals." + h))).append("</th>");
    }
    b.append("</tr></thead><tbody>");
    for (ProcessTraceService.Approval x : a.items()) {
      b.append("<tr><td>").append(esc(x.step())).append("</td><td>").append(esc(x.userName()))
          .append("</td><td>").append(esc(x.role())).append("</td><td>").append(esc(TIME.format(x.at())))
          .append("</td><td>").append(esc(x.decision() == null ? "" : messages.get("decision." + x.decision())))
          .append("</td><td>").append(esc(x.comment())).append("</td></tr>");
    }
    return b.append("</tbody></table></body></html>").toString();
  }

  private static String esc(String s) {
    return s == null ? "" : HtmlUtils.htmlEscape(s);
  }
}
