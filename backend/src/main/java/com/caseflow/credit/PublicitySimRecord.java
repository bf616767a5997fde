package com.caseflow.credit;

import java.time.Instant;

/** Row of cf_publicity_sim_record: what the simulated national publicity system holds. */
public record PublicitySimRecord(
    Long id, String idempotencyKey, String recordNo, String payload, String status, Instant publishedAt,
    Instant endedAt, String endReason) {}
