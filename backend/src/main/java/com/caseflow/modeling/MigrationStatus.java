package com.caseflow.modeling;

import java.time.OffsetDateTime;
import java.util.List;

/** Progress of a migration batch; once finished Camunda keeps it only in history. */
public record MigrationStatus(
    String batchId, String type, int totalJobs, int jobsCreated, int remainingJobs, int completedJobs,
    int failedJobs, boolean finished, String createdBy, OffsetDateTime startTime, OffsetDateTime endTime,
    List<JobFailure> failures) {

  public record JobFailure(String jobId, int retries, String message) {}
}
