package com.caseflow.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LateSurchargeDelegateTest {

  @Test
  void threePercentPerDayCappedAtTheFine() {
    LocalDate due = LocalDate.of(2026, 3, 1);
    assertThat(LateSurchargeDelegate.surcharge(new BigDecimal("10000.00"), due, due)).isEqualByComparingTo("0");
    assertThat(LateSurchargeDelegate.surcharge(new BigDecimal("10000.00"), due, due.plusDays(2)))
        .isEqualByComparingTo("600.00");
    assertThat(LateSurchargeDelegate.surcharge(new BigDecimal("10000.00"), due, due.plusDays(40)))
        .isEqualByComparingTo("10000.00");
  }
}
