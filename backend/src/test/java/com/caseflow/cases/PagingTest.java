package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PagingTest {

  @Test
  void aShortPageGivesTheTotalWithoutCounting() {
    AtomicInteger counts = new AtomicInteger();
    assertThat(Paging.total(0, 20, 3, cap -> counts.incrementAndGet() * 1000L)).isEqualTo(new Paging.Total(3, false));
    assertThat(Paging.total(2, 20, 5, cap -> counts.incrementAndGet() * 1000L).value()).isEqualTo(45);
    assertThat(Paging.total(0, 20, 0, cap -> counts.incrementAndGet() * 1000L).value()).isZero();
    assertThat(counts).hasValue(0);
  }

  @Test
  void aFullPageOrAnEmptyPageBeyondTheEndIsCounted() {
    assertThat(Paging.total(0, 20, 20, cap -> 57)).isEqualTo(new Paging.Total(57, false));
    // page 9 of a list of 57 is empty: the total is not 180
    assertThat(Paging.total(9, 20, 0, cap -> 57).value()).isEqualTo(57);
  }

  @Test
  void countsStopAtTheCap() {
    AtomicInteger asked = new AtomicInteger();
    Paging.Total t = Paging.total(0, 20, 20, cap -> {
      asked.set((int) cap);
      return Math.min(cap, 200_000);
    });
    assertThat(asked).hasValue(Paging.TOTAL_CAP + 1);
    assertThat(t).isEqualTo(new Paging.Total(Paging.TOTAL_CAP, true));
    assertThat(Paging.total(0, 20, 20, cap -> Paging.TOTAL_CAP)).isEqualTo(new Paging.Total(Paging.TOTAL_CAP, false));
  }
}
