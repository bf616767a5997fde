/** Response types of /api/dashboard (docs/API.md "Dashboard"). */
export type DashboardFilters = { campaign?: string; agency?: string; from?: string; to?: string };

export type ActivityCount = { activityId: string; name: string; active: number; overdue: number };

export type WaitingCase = {
  caseId: number | null;
  caseNo: string | null;
  ref: string | null;
  businessKey: string | null;
  processInstanceId: string;
  partyName: string | null;
  agencyCode: string | null;
  campaignCode: string | null;
  dueDate: string | null;
  overdue: boolean;
  taskId: string | null;
};

export type Count = { key: string; label: string; count: number };
export type Month = { month: string; filed: number; closed: number };
export type CaseFigures = {
  total: number;
  byStage: Count[];
  byAgency: Count[];
  byCampaign: Count[];
  bySource: Count[];
  monthly: Month[];
};
export type OverdueFigures = {
  total: number;
  byAgency: Count[];
  byStep: { processKey: string; activityId: string; step: string; count: number }[];
  tasks: {
    taskId: string;
    step: string;
    caseNo: string | null;
    ref: string | null;
    agencyCode: string;
    partyName: string | null;
    dueDate: string;
    workingDaysLate: number | null;
  }[];
};
export type CreditFigures = {
  required: number;
  published: number;
  publishedOnTime: number;
  publishedLate: number;
  pending: number;
  pendingOverdue: number;
  onTimeRate: number | null;
  late: { caseNo: string; partyName: string; decisionDate: string; dueDate: string; publishedDate: string; workingDaysLate: number | null }[];
  pendingItems: { caseNo: string; partyName: string; decisionDate: string; dueDate: string; workingDaysLeft: number | null }[];
};
export type DurationFigures = { stages: { stage: string; count: number; median: number | null; p90: number | null }[] };
export type Rate = { key: string; label: string; sampled: number; nonConforming: number; rate: number | null };
export type SpotCheckFigures = {
  batchesSampled: number;
  nonConforming: number;
  nonConformingRate: number | null;
  byProduct: Rate[];
  bySamplingPlace: Rate[];
  rectified: number;
  notRectified: number;
  conformingOnRetest: number;
  open: number;
  productionNotResumed: number;
};
export type RecallFigures = { total: number; open: number; completed: number; noDefect: number; penaltyLead: number; unitsRecovered: number | null };
export type ReferralFigures = { total: number; open: number; transferred: number; accepted: number; notAccepted: number; rejectedByHead: number };
export type PenaltyFigures = {
  fineCount: number;
  fineTotal: number;
  confiscationCount: number;
  confiscationTotal: number;
  byAgency: { agencyCode: string; name: string; fineCount: number; fineTotal: number; confiscationCount: number; confiscationTotal: number }[];
};

export const DASHBOARD_PROCESSES = [
  'enforcement-case',
  'spot-check-followup',
  'credit-publication',
  'product-recall',
  'judicial-referral',
] as const;
