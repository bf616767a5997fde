package com.caseflow.cases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gap-free sequences per (agency, year, kind). The counter row is locked with SELECT ... FOR UPDATE in the
 * caller's (the engine's) transaction: concurrent filings queue on the row, and a rolled-back filing rolls
 * its increment back too.
 */
@Service
public class NumberService {

  public static final String CASE = "CASE";
  public static final String DECISION = "DECISION";

  private final NumberCounterMapper counters;

  NumberService(NumberCounterMapper counters) {
    this.counters = counters;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public int next(String agencyCode, int year, String kind) {
    Integer last = counters.lockLast(agencyCode, year, kind);
    if (last == null) {
      try {
        counters.create(agencyCode, year, kind);
      } catch (DuplicateKeyException raced) {
        // another filing created the row first; its insert held the key until it committed
      }
      last = counters.lockLast(agencyCode, year, kind);
    }
    int next = last + 1;
    counters.set(agencyCode, year, kind, next);
    return next;
  }

  /** 银市监处罚〔2026〕7号 */
  public static String caseNumber(String agencyShortName, int year, int seq) {
    return agencyShortName + "市监处罚〔" + year + "〕" + seq + "号";
  }

  /** 银市监罚决〔2026〕7号 */
  public static String decisionNumber(String agencyShortName, int year, int seq) {
    return agencyShortName + "市监罚决〔" + year + "〕" + seq + "号";
  }
}
