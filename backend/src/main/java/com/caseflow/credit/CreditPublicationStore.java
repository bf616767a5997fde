package com.caseflow.credit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes that must survive a failed publish job: the record and its attempt are committed in their own
 * transaction BEFORE the publicity system is called, so a retry knows that an earlier attempt may have
 * reached it; errors are kept for Cockpit and the credit officers.
 */
@Component
class CreditPublicationStore {

  private final CreditPublicationMapper mapper;
  private final Clock clock;

  CreditPublicationStore(CreditPublicationMapper mapper, Clock clock) {
    this.mapper = mapper;
    this.clock = clock;
  }

  /** Stores or refreshes the record and counts an attempt; returns the row as it was BEFORE this attempt. */
  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public CreditPublication beginAttempt(CreditPublication data) {
    CreditPublication before = lockOrInsert(data);
    if (!CreditPublication.PENDING.equals(before.status())) {
      return before;
    }
    mapper.startAttempt(data, now());
    return before;
  }

  @Transactional(propagation = Propagation.REQUIRES_NEW)
  public void recordError(String decisionNo, String error) {
    mapper.recordError(decisionNo, error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error);
  }

  /** The row for data.decisionNo, locked; inserted (PENDING) first when missing. Joins the caller's transaction. */
  @Transactional(propagation = Propagation.MANDATORY)
  public CreditPublication lockOrInsert(CreditPublication data) {
    CreditPublication row = mapper.lock(data.decisionNo());
    if (row != null) {
      return row;
    }
    try {
      mapper.insert(data);
    } catch (DuplicateKeyException raced) {
      // another attempt inserted it first
    }
    return mapper.lock(data.decisionNo());
  }

  private Instant now() {
    return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
  }
}
