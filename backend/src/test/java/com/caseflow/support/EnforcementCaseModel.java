package com.caseflow.support;

import com.caseflow.calendar.CalendarYearService;
import com.caseflow.calendar.StatutoryCalendar;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.context.ApplicationContext;

/**
 * Backend tests drive the real {@code enforcement-case} model from processes/. While that model is not on
 * main yet, a fallback with the same ids, groups and beans (test-processes/enforcement-fallback) is deployed.
 */
public final class EnforcementCaseModel {

  private EnforcementCaseModel() {}

  /**
   * The model and what it needs to run today: the 90-day case limit reaches into next year, whose official
   * schedule may not be loaded yet (the calendar fails loudly then). Tests load a placeholder schedule
   * (New Year's Day only) for next year when it is missing; CalendarIT removes its own test year itself.
   */
  public static synchronized void ensureRunnable(ApplicationContext context) {
    ensureDeployed(context.getBean(RepositoryService.class));
    StatutoryCalendar calendar = context.getBean(StatutoryCalendar.class);
    int next = LocalDate.now().getYear() + 1;
    if (!calendar.isLoaded(next)) {
      context.getBean(org.springframework.transaction.support.TransactionTemplate.class).executeWithoutResult(s ->
          context.getBean(CalendarYearService.class).setYear(next, new CalendarYearService.YearRequest(
              List.of(next + "-01-01"), List.of(), "test placeholder"), "test"));
    }
  }

  public static synchronized void ensureDeployed(RepositoryService repository) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey("enforcement-case").count() > 0) {
      return;
    }
    String dir = "test-processes/enforcement-fallback/";
    repository.createDeployment().name("enforcement-case-fallback").enableDuplicateFiltering(true)
        .addClasspathResource(dir + "enforcement-case.bpmn")
        .addClasspathResource(dir + "fallback-verify-lead.form")
        .addClasspathResource(dir + "fallback-approve-filing.form")
        .addClasspathResource(dir + "fallback-assign-officers.form")
        .deploy();
  }
}
