package com.caseflow.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * APL Art. 72: 3 % of the fine per day overdue, at most the fine. Overdue days are the calendar days after
 * {@code paymentDueDate} up to and including {@code paidDate} (today when not paid). Sets {@code lateSurcharge}.
 */
@Component("lateSurcharge")
public class LateSurchargeDelegate implements JavaDelegate {

  private final Clock clock;

  public LateSurchargeDelegate(Clock clock) {
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    BigDecimal fine = ProcessVariables.money(execution, "fineAmount");
    String due = ProcessVariables.string(execution, "paymentDueDate");
    String paid = ProcessVariables.string(execution, "paidDate");
    execution.setVariable("lateSurcharge", surcharge(fine, due == null ? null : LocalDate.parse(due.substring(0, 10)),
        paid == null ? LocalDate.now(clock) : LocalDate.parse(paid.substring(0, 10))).doubleValue());
  }

  static BigDecimal surcharge(BigDecimal fine, LocalDate due, LocalDate paid) {
    if (fine == null || due == null || !paid.isAfter(due)) {
      return BigDecimal.ZERO.setScale(2);
    }
    long days = ChronoUnit.DAYS.between(due, paid);
    BigDecimal s = fine.multiply(new BigDecimal("0.03")).multiply(BigDecimal.valueOf(days)).setScale(2, RoundingMode.HALF_UP);
    return s.min(fine);
  }
}
