package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.bpm.engine.impl.persistence.entity.HistoricProcessInstanceEntity;
import org.junit.jupiter.api.Test;

/** Which of a case's instances of one follow-up process the case page shows. */
class CaseFollowUpsTest {

  private static final StrongUuidGenerator IDS = new StrongUuidGenerator();
  private static final Date NINE = new Date(1_790_000_000_000L);
  private static final Date NINE_AND_A_SECOND = new Date(NINE.getTime() + 1000);

  private static HistoricProcessInstance instance(Date start, boolean running) {
    HistoricProcessInstanceEntity pi = new HistoricProcessInstanceEntity();
    pi.setId(IDS.getNextId());
    pi.setStartTime(start);
    pi.setEndTime(running ? null : NINE_AND_A_SECOND);
    return pi;
  }

  @Test
  void theRunningOneWinsOverAFinishedOne() {
    HistoricProcessInstance finished = instance(NINE, false);
    HistoricProcessInstance running = instance(NINE, true);
    assertThat(CaseFollowUps.newer(finished, running)).isSameAs(running);
    assertThat(CaseFollowUps.newer(running, finished)).isSameAs(running);
  }

  @Test
  void ofTwoFinishedOnesTheLaterStartWins() {
    HistoricProcessInstance later = instance(NINE_AND_A_SECOND, false);
    HistoricProcessInstance earlier = instance(NINE, false);
    assertThat(CaseFollowUps.newer(later, earlier)).isSameAs(later);
    assertThat(CaseFollowUps.newer(earlier, later)).isSameAs(later);
  }

  @Test
  void startTimesInTheSameSecondAreToldApartByTheTimeBasedId() {
    HistoricProcessInstance first = instance(NINE, false);
    HistoricProcessInstance second = instance(NINE, false);
    HistoricProcessInstance third = instance(NINE, false);
    assertThat(CaseFollowUps.newer(first, second)).isSameAs(second);
    assertThat(CaseFollowUps.newer(second, first)).isSameAs(second);
    assertThat(CaseFollowUps.latest(List.of(second, third, first))).isSameAs(third);
    assertThat(CaseFollowUps.latest(List.of())).isNull();
  }

  @Test
  void idsThatAreNotTimeBasedCountAsOldest() {
    assertThat(CaseFollowUps.idTime("42")).isEqualTo(-1);
    assertThat(CaseFollowUps.idTime(java.util.UUID.randomUUID().toString())).isEqualTo(-1);
    assertThat(CaseFollowUps.idTime(IDS.getNextId())).isPositive();
  }
}
