package com.caseflow.credit;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The built-in stand-in for the National Enterprise Credit Information Publicity System (国家企业信用信息公示系统):
 * stores published records keyed by the caller's idempotency key (a second publish with the same key returns
 * the first record), ends publication idempotently, and can be told to fail the next n calls or to answer slowly
 * (after storing, so a caller's timeout leaves a published record behind, as a real remote system would).
 */
@Service
public class PublicitySimulator {

  /** Result of a publish: the record and whether it already existed. */
  public record Published(PublicitySimRecord record, boolean duplicate) {}

  /** Behaviour set by an admin: fail the next n calls (503), delay every answer by ms. */
  public record Behaviour(int failNext, long delayMs) {}

  /** The simulator was told to fail this call. */
  public static class SimulatedFailure extends RuntimeException {
    SimulatedFailure() {
      super("simulated publicity-system failure");
    }
  }

  private final PublicitySimMapper records;
  private final Clock clock;
  private final AtomicInteger failNext = new AtomicInteger();
  private final AtomicLong delayMs = new AtomicLong();

  public PublicitySimulator(PublicitySimMapper records, Clock clock) {
    this.records = records;
    this.clock = clock;
  }

  public Behaviour behaviour() {
    return new Behaviour(failNext.get(), delayMs.get());
  }

  public void setBehaviour(Behaviour b) {
    failNext.set(Math.max(0, b.failNext()));
    delayMs.set(Math.max(0, b.delayMs()));
  }

  /** Throws SimulatedFailure when a failure is pending (consumes it). */
  public void maybeFail() {
    if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      throw new SimulatedFailure();
    }
  }

  /** Sleeps the configured delay (called after the work is committed). */
  public void delay() {
    long ms = delayMs.get();
    if (ms > 0) {
      try {
        Thread.sleep(ms);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Transactional
  public Published publish(String key, String payload) {
    PublicitySimRecord existing = records.find(key);
    if (existing != null) {
      return new Published(existing, true);
    }
    Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    try {
      records.insert(key, "GS-" + now.toEpochMilli() + "-" + Math.abs(key.hashCode() % 10000), payload, now);
    } catch (DuplicateKeyException raced) {
      return new Published(records.find(key), true);
    }
    return new Published(records.find(key), false);
  }

  public PublicitySimRecord find(String key) {
    return records.find(key);
  }

  /** Ends publication; null when the key is unknown. Ending twice is fine. */
  @Transactional
  public PublicitySimRecord end(String key, String reason) {
    if (records.find(key) == null) {
      return null;
    }
    records.end(key, reason, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
    return records.find(key);
  }

  public java.util.List<PublicitySimRecord> latest(int limit) {
    return records.latest(limit);
  }
}
