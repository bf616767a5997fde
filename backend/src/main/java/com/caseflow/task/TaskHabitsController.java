package com.caseflow.task;

import com.caseflow.security.CurrentUser;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** 退回, 转办, 委派, 催办 and comments on one task (docs/API.md "Work habits"). */
@RestController
@RequestMapping("/api/tasks")
public class TaskHabitsController {

  private final TaskHabits habits;

  public TaskHabitsController(TaskHabits habits) {
    this.habits = habits;
  }

  public record SendBack(String targetActivityId, String reason) {}

  public record Handover(String userId, String reason) {}

  public record Text(String text) {}

  public record Urge(String message) {}

  @GetMapping("/urged")
  public List<ReminderMapper.Urged> urged(@AuthenticationPrincipal CurrentUser user) {
    return habits.urgedForMe(user);
  }

  @GetMapping("/{id}/actions")
  public TaskHabits.Actions actions(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
    return habits.actions(id, user);
  }

  @GetMapping("/{id}/colleagues")
  public List<TaskHabits.Colleague> colleagues(@PathVariable String id, @AuthenticationPrincipal CurrentUser user) {
    return habits.colleagues(id, user);
  }

  @PostMapping("/{id}/send-back")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void sendBack(@PathVariable String id, @RequestBody SendBack body, @AuthenticationPrincipal CurrentUser user) {
    habits.sendBack(id, body.targetActivityId(), body.reason(), user);
  }

  @PostMapping("/{id}/transfer")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void transfer(@PathVariable String id, @RequestBody Handover body, @AuthenticationPrincipal CurrentUser user) {
    habits.transfer(id, body.userId(), body.reason(), user);
  }

  @PostMapping("/{id}/delegate")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void delegate(@PathVariable String id, @RequestBody Handover body, @AuthenticationPrincipal CurrentUser user) {
    habits.delegate(id, body.userId(), user);
  }

  @PostMapping("/{id}/resolve")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void resolve(@PathVariable String id, @RequestBody(required = false) Text body,
      @AuthenticationPrincipal CurrentUser user) {
    habits.resolve(id, body == null ? null : body.text(), user);
  }

  @PostMapping("/{id}/comments")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void comment(@PathVariable String id, @RequestBody Text body, @AuthenticationPrincipal CurrentUser user) {
    habits.comment(id, body.text(), user);
  }

  @PostMapping("/{id}/urge")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void urge(@PathVariable String id, @RequestBody(required = false) Urge body,
      @AuthenticationPrincipal CurrentUser user) {
    habits.urge(id, body == null ? null : body.message(), user);
  }
}
