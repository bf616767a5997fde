package com.caseflow.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** Display names (family name first: 张伟) for user ids, in one query per batch. */
@Component
public class UserNames {

  private final IdentityService identity;

  public UserNames(IdentityService identity) {
    this.identity = identity;
  }

  public Map<String, String> of(Collection<String> userIds) {
    String[] ids = userIds.stream().filter(Objects::nonNull).distinct().toArray(String[]::new);
    Map<String, String> names = new HashMap<>();
    if (ids.length == 0) {
      return names;
    }
    for (User u : identity.createUserQuery().userIdIn(ids).list()) {
      names.put(u.getId(), display(u));
    }
    return names;
  }

  public String of(String userId) {
    return userId == null ? null : of(java.util.List.of(userId)).getOrDefault(userId, userId);
  }

  static String display(User u) {
    String name = ((u.getLastName() == null ? "" : u.getLastName()) + (u.getFirstName() == null ? "" : u.getFirstName())).trim();
    return name.isEmpty() ? u.getId() : name;
  }
}
