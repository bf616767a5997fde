package com.caseflow.security;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;

/**
 * Makes sure the groups the models rely on exist and carry their Camunda authorizations, so the engine lets each
 * group do exactly its work when CaseFlow acts in a user's name, and Cockpit, Admin and {@code /engine-rest} (open
 * to modelers and administrators only) do the same. Idempotent; runs on every start
 * (also on the mysql profile, where users come from Camunda Admin rather than demo data).
 */
@Component
@Order(10)
public class GroupAuthorizations implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(GroupAuthorizations.class);

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  public GroupAuthorizations(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @Override
  public void run(ApplicationArguments args) {
    try {
      ensureGroupsAndGrants();
    } catch (DataIntegrityViolationException | org.camunda.bpm.engine.ProcessEngineException e) {
      // Another node may have created some at the same moment: check again, now finding theirs.
      // A real error fails again here and stops the start-up.
      log.info("Retrying group set-up after: {}", e.getMessage());
      ensureGroupsAndGrants();
    }
  }

  void ensureGroupsAndGrants() {
    for (String[] g : Groups.ALL) {
      if (identity.createGroupQuery().groupId(g[0]).count() == 0) {
        Group group = identity.newGroup(g[0]);
        group.setName(g[1]);
        group.setType(g[0].equals(Groups.ADMIN)
            ? org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM
            : org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);
      }
    }
    for (Resource resource : Resources.values()) {
      grant(Groups.ADMIN, resource, "*", Permissions.ALL);
    }
    for (String group : Groups.CASE_WORKERS) {
      // Case work goes through CaseFlow, which scopes it by agency; Camunda's Tasklist does not (nor does
      // /engine-rest, closed to them by EngineRestAuthenticationFilter). Earlier versions granted Tasklist.
      revoke(group, Resources.APPLICATION, "tasklist");
      // what the engine checks when CaseFlow acts in a user's name (task comments, delegation)
      grant(group, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.CREATE_INSTANCE,
          Permissions.READ_INSTANCE, Permissions.READ_TASK, Permissions.UPDATE_TASK, Permissions.READ_HISTORY);
      grant(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE, Permissions.READ);
      grant(group, Resources.TASK, "*", Permissions.READ, Permissions.UPDATE);
      grant(group, Resources.DECISION_DEFINITION, "*", Permissions.READ, Permissions.CREATE_INSTANCE);
      grant(group, Resources.DEPLOYMENT, "*", Permissions.READ);
    }
    grant(Groups.MANAGERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(Groups.MANAGERS, Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE,
        Permissions.READ_TASK, Permissions.READ_HISTORY);
    grant(Groups.MANAGERS, Resources.PROCESS_INSTANCE, "*", Permissions.READ);
    grant(Groups.MANAGERS, Resources.TASK, "*", Permissions.READ);
    grant(Groups.MANAGERS, Resources.DECISION_DEFINITION, "*", Permissions.READ);
    grant(Groups.MANAGERS, Resources.DEPLOYMENT, "*", Permissions.READ);
    grant(Groups.MODELERS, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    for (Resource resource : List.of(Resources.DEPLOYMENT, Resources.PROCESS_DEFINITION, Resources.DECISION_DEFINITION,
        Resources.DECISION_REQUIREMENTS_DEFINITION, Resources.PROCESS_INSTANCE, Resources.BATCH)) {
      grant(Groups.MODELERS, resource, "*", Permissions.ALL);
    }
  }

  private void revoke(String groupId, Resource resource, String resourceId) {
    authorizations.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).list()
        .forEach(a -> authorizations.deleteAuthorization(a.getId()));
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    boolean exists = authorizations.createAuthorizationQuery()
        .authorizationType(Authorization.AUTH_TYPE_GRANT).groupIdIn(groupId)
        .resourceType(resource).resourceId(resourceId).count() > 0;
    if (exists) {
      return;
    }
    Authorization auth = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    auth.setGroupId(groupId);
    auth.setResource(resource);
    auth.setResourceId(resourceId);
    for (Permission permission : permissions) {
      auth.addPermission(permission);
    }
    authorizations.saveAuthorization(auth);
  }
}
