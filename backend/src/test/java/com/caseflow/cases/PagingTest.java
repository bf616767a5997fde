package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void aShortPageGivesTheTotalWithoutCounting() {
    AtomicInteger counts = new AtomicInteger();
    assertThat(Paging.total(0, 20, 3, () -> counts.incrementAndGet() * 1000L)).isEqualTo(3);
    assertThat(Paging.total(2, 20, 5, () -> counts.incrementAndGet() * 1000L)).isEqualTo(45);
    assertThat(Paging.total(0, 20, 0, () -> counts.incrementAndGet() * 1000L)).isZero();
    assertThat(counts).hasValue(0);
  }

  @Test
  void aFullPageOrAnEmptyPageBeyondTheEndIsCounted() {
    assertThat(Paging.total(0, 20, 20, () -> 57)).isEqualTo(57);
    // page 9 of a list of 57 is empty: the total is not 180
    assertThat(Paging.total(9, 20, 0, () -> 57)).isEqualTo(57);
  }
}
