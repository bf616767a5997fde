package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.caseflow.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** Case numbers per agency and year: no duplicates and no gaps under concurrent filings on MariaDB. */
@IntegrationTest
class CaseNumberConcurrencyIT {

  @Autowired NumberService numbers;
  @Autowired TransactionTemplate tx;

  @org.junit.jupiter.api.RepeatedTest(5)
  void eightThreadsTimesTenFilingsGiveOneToEighty() throws Exception {
    String agency = "T-" + UUID.randomUUID().toString().substring(0, 8);
    ConcurrentLinkedQueue<Integer> taken = new ConcurrentLinkedQueue<>();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      futures.add(pool.submit(() -> {
        start.await();
        for (int i = 0; i < 10; i++) {
          taken.add(tx.execute(status -> numbers.next(agency, 2026, NumberService.CASE)));
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> f : futures) {
      f.get(120, TimeUnit.SECONDS);
    }
    pool.shutdown();
    assertThat(taken).hasSize(80).doesNotHaveDuplicates();
    assertThat(taken.stream().sorted().toList())
        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, 80).boxed().toList());
  }

  private int next(String agency, int year, String kind) {
    Integer n = tx.execute(s -> numbers.next(agency, year, kind));
    return n;
  }

  @Test
  void aRolledBackFilingGivesItsNumberBack() {
    String agency = "T-" + UUID.randomUUID().toString().substring(0, 8);
    assertThat(next(agency, 2026, NumberService.CASE)).isEqualTo(1);
    assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
      int taken = numbers.next(agency, 2026, NumberService.CASE);
      assertThat(taken).isEqualTo(2);
      throw new IllegalStateException("filing failed after numbering");
    })).hasMessageContaining("filing failed");
    assertThat(next(agency, 2026, NumberService.CASE)).isEqualTo(2);
    assertThat(next(agency, 2027, NumberService.CASE)).as("new year").isEqualTo(1);
    assertThat(next(agency, 2026, NumberService.DECISION)).as("own kind").isEqualTo(1);
  }

  @Test
  void formats() {
    assertThat(NumberService.caseNumber("银", 2026, 7)).isEqualTo("银市监处罚〔2026〕7号");
    assertThat(NumberService.decisionNumber("银", 2026, 7)).isEqualTo("银市监罚决〔2026〕7号");
  }
}
