package com.caseflow.demo;

import com.caseflow.security.Groups;
import java.util.List;

/** The demo users of README (password "demo"). */
final class DemoUsers {

  record DemoUser(String id, String lastName, String firstName, String group, String agency, String title) {}

  static final String PASSWORD = "demo";

  static final List<DemoUser> ALL = List.of(
      new DemoUser("officer1", "张", "伟", Groups.OFFICERS, "NX-YC", "执法人员"),
      new DemoUser("officer2", "李", "娜", Groups.OFFICERS, "NX-YC", "执法人员"),
      new DemoUser("officer3", "王", "强", Groups.OFFICERS, "NX-SZS", "执法人员"),
      new DemoUser("unithead1", "赵", "敏", Groups.UNIT_HEADS, "NX-YC", "稽查科科长"),
      new DemoUser("legal1", "陈", "静", Groups.LEGAL_REVIEWERS, "NX-YC", "法规科法制审核员"),
      new DemoUser("head1", "刘", "洋", Groups.AGENCY_HEADS, "NX-YC", "副局长"),
      new DemoUser("credit1", "杨", "帆", Groups.CREDIT_OFFICERS, "NX-YC", "信用监管科"),
      new DemoUser("quality1", "黄", "磊", Groups.QUALITY_OFFICERS, "NX-YC", "质量监督科"),
      new DemoUser("manager1", "周", "琳", Groups.MANAGERS, "NX", "质量监督处处长"),
      new DemoUser("modeler1", "吴", "昊", Groups.MODELERS, "NX", "流程管理员"),
      new DemoUser("admin", "系统", "管理员", Groups.ADMIN, "NX", "系统管理员"));

  private DemoUsers() {}
}
