package com.caseflow.demo;

import com.caseflow.security.UserProfile;
import com.caseflow.security.UserProfileMapper;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo users once (property caseflow.demo-data, on by default for the embedded H2 database,
 * off on the mysql profile), then lets every {@link DemoScenario} add its cases once.
 * Agencies and the two campaigns of the seed notice are reference data loaded by Flyway.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "caseflow.demo-data", havingValue = "true")
public class DemoDataLoader implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

  private final IdentityService identity;
  private final UserProfileMapper profiles;
  private final TransactionTemplate tx;
  private final ObjectProvider<DemoScenario> scenarios;

  public DemoDataLoader(
      IdentityService identity, UserProfileMapper profiles, TransactionTemplate tx, ObjectProvider<DemoScenario> scenarios) {
    this.identity = identity;
    this.profiles = profiles;
    this.tx = tx;
    this.scenarios = scenarios;
  }

  @Override
  public void run(ApplicationArguments args) {
    boolean created = Boolean.TRUE.equals(tx.execute(status -> createUsers()));
    if (created) {
      log.info("Demo users created (password '{}')", DemoUsers.PASSWORD);
    }
    List<DemoScenario> ordered = scenarios.orderedStream().toList();
    for (DemoScenario scenario : ordered) {
      tx.executeWithoutResult(status -> scenario.loadOnce());
    }
  }

  private boolean createUsers() {
    boolean any = false;
    for (DemoUsers.DemoUser u : DemoUsers.ALL) {
      if (identity.createUserQuery().userId(u.id()).count() == 0) {
        User user = identity.newUser(u.id());
        user.setFirstName(u.firstName());
        user.setLastName(u.lastName());
        user.setEmail(u.id() + "@caseflow.example");
        user.setPassword(DemoUsers.PASSWORD);
        identity.saveUser(user);
        identity.createMembership(u.id(), u.group());
        any = true;
      }
      if (profiles.find(u.id()) == null) {
        profiles.insert(new UserProfile(u.id(), u.agency(), "zh-CN", u.title()));
      }
    }
    return any;
  }
}
