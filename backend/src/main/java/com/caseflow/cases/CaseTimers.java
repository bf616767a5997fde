package com.caseflow.cases;

import com.caseflow.common.ClockConfig;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The periods a case waits out rather than works: the timers of its process that are running (the party's 5 working
 * days to respond, the 15 days to pay, a correction deadline, the warning before the case limit), each named by its
 * timer event in the model. The case page lists them beside the steps' due dates.
 */
@Component
public class CaseTimers {

  /** A running timer: the model's name of its event (or its id) and the day it fires. */
  public record Timer(String activityId, String name, LocalDate due) {}

  private final ManagementService management;
  private final RepositoryService repository;

  public CaseTimers(ManagementService management, RepositoryService repository) {
    this.management = management;
    this.repository = repository;
  }

  /** The running timers of the process instance, earliest first. */
  public List<Timer> of(String processInstanceId) {
    List<Job> jobs = management.createJobQuery().processInstanceId(processInstanceId).timers().orderByJobDuedate()
        .asc().list();
    if (jobs.isEmpty()) {
      return List.of();
    }
    String definitionId = jobs.get(0).getProcessDefinitionId();
    Map<String, String> activityByJobDefinition = management.createJobDefinitionQuery()
        .processDefinitionId(definitionId).list().stream()
        .collect(Collectors.toMap(JobDefinition::getId, JobDefinition::getActivityId));
    return jobs.stream().filter(j -> j.getDuedate() != null).map(j -> {
      String activityId = activityByJobDefinition.get(j.getJobDefinitionId());
      return new Timer(activityId, name(j.getProcessDefinitionId(), activityId),
          j.getDuedate().toInstant().atZone(ClockConfig.ZONE).toLocalDate());
    }).toList();
  }

  private String name(String definitionId, String activityId) {
    if (activityId == null) {
      return null;
    }
    // the deployment cache holds the parsed model
    ModelElementInstance element = repository.getBpmnModelInstance(definitionId).getModelElementById(activityId);
    String name = element == null ? null : element.getAttributeValue("name");
    return name == null || name.isBlank() ? activityId : name;
  }
}
