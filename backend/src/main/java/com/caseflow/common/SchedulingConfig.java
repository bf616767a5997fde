package com.caseflow.common;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Background schedules on every node: deadline reminders ({@code caseflow.reminders.cron}) and the case tally's
 * fold ({@code caseflow.dashboard.tally-fold-cron}); each is off with its cron set to "-".
 */
@Configuration
@EnableScheduling
class SchedulingConfig {}
