package com.caseflow.notification;

import com.caseflow.cases.CaseQueryService;
import com.caseflow.cases.Paging;
import com.caseflow.security.CurrentUser;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
public class InboxController {

  private final InboxService inbox;

  public InboxController(InboxService inbox) {
    this.inbox = inbox;
  }

  @GetMapping
  public CaseQueryService.Page<InboxMapper.Item> list(@AuthenticationPrincipal CurrentUser user,
      @RequestParam(defaultValue = "false") boolean unread, @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    Paging.check(page, size);
    return inbox.list(user, unread, page, size);
  }

  @GetMapping("/unread-count")
  public Map<String, Long> unreadCount(@AuthenticationPrincipal CurrentUser user) {
    return inbox.unreadCount(user);
  }

  @PostMapping("/{id}/read")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  public void read(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
    inbox.markRead(id, user);
  }

  @PostMapping("/read-all")
  public Map<String, Integer> readAll(@AuthenticationPrincipal CurrentUser user) {
    return inbox.markAllRead(user);
  }
}
