package com.caseflow.dashboard;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The response records of {@code /api/dashboard/figures/...}: one record per figure group. */
public final class Figures {

  private Figures() {}

  /** A count under a key (stage, agency code, campaign code, source, product, place...) with its label. */
  public record Count(String key, String label, long count) {}

  public record Month(String month, long filed, long closed) {}

  public record CaseFigures(
      long total, List<Count> byStage, List<Count> byAgency, List<Count> byCampaign, List<Count> bySource,
      List<Month> monthly) {}

  public record OverdueTask(
      String taskId, String processKey, String activityId, String step, Long caseId, String caseNo, String ref,
      String agencyCode, String partyName, LocalDate dueDate, Integer workingDaysLate) {}

  public record Step(String processKey, String activityId, String step, long count) {}

  public record OverdueFigures(long total, List<Count> byAgency, List<Step> byStep, List<OverdueTask> tasks) {}

  public record LatePublication(
      String caseNo, String ref, String partyName, String agencyCode, LocalDate decisionDate, LocalDate dueDate,
      LocalDate publishedDate, Integer workingDaysLate) {}

  public record PendingPublication(
      String caseNo, String ref, String partyName, String agencyCode, LocalDate decisionDate, LocalDate dueDate,
      Integer workingDaysLeft) {}

  /** {@code onTimeRate}: on-time publications / all publications due so far (published + pending past due), %. */
  public record CreditFigures(
      long required, long published, long publishedOnTime, long publishedLate, long pending, long pendingOverdue,
      BigDecimal onTimeRate, List<LatePublication> late, List<PendingPublication> pendingItems) {}

  public record Duration(String stage, long count, Integer median, Integer p90) {}

  public record DurationFigures(List<Duration> stages) {}

  /** Sampled batches and non-conforming ones under a key (product, sampling place type); rate in %. */
  public record Rate(String key, String label, long sampled, long nonConforming, BigDecimal rate) {}

  public record SpotCheckFigures(
      long batchesSampled, long nonConforming, BigDecimal nonConformingRate, List<Rate> byProduct,
      List<Rate> bySamplingPlace, long rectified, long notRectified, long conformingOnRetest, long open,
      long productionNotResumed) {}

  public record RecallFigures(long total, long open, long completed, long noDefect, long penaltyLead,
      BigDecimal unitsRecovered) {}

  public record ReferralFigures(long total, long open, long transferred, long accepted, long notAccepted,
      long rejectedByHead) {}

  public record PenaltyFigures(
      long fineCount, BigDecimal fineTotal, long confiscationCount, BigDecimal confiscationTotal,
      long illegalGainsCount, BigDecimal illegalGainsTotal, List<AgencyMoney> byAgency) {}

  public record AgencyMoney(String agencyCode, String name, long fineCount, BigDecimal fineTotal,
      long confiscationCount, BigDecimal confiscationTotal) {}
}
