package com.caseflow.cases;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

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
  private final TransactionTemplate own;

  NumberService(NumberCounterMapper counters, PlatformTransactionManager txManager) {
    this.counters = counters;
    this.own = new TransactionTemplate(txManager);
    this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  @Transactional(propagation = Propagation.MANDATORY)
  public int next(String agencyCode, int year, String kind) {
    Integer last = counters.lockLast(agencyCode, year, kind);
    if (last == null) {
      // The first filing of an agency and year creates the row in a short transaction of its own, so the
      // caller's transaction never holds the shared lock a duplicate-key error leaves behind (two such
      // holders upgrading to FOR UPDATE deadlock on InnoDB). The empty row gives no number away.
      try {
        own.executeWithoutResult(s -> counters.create(agencyCode, year, kind));
      } catch (DuplicateKeyException raced) {
        // another filing created it first
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
