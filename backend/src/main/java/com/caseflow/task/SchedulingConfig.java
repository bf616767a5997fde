package com.caseflow.task;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs {@link DeadlineReminders} on a schedule; off with caseflow.reminders.enabled=false. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "caseflow.reminders.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfig {}
