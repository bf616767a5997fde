export type TaskScope = 'mine' | 'candidates' | 'agency';
export const TASK_SCOPES: TaskScope[] = ['mine', 'candidates', 'agency'];

export type TaskRow = {
  id: string;
  name: string;
  activityId: string;
  processKey: string;
  processName: string | null;
  caseId: number | null;
  caseNo: string | null;
  leadId: number | null;
  partyName: string | null;
  partyUscc: string | null;
  campaignCode: string | null;
  campaignName: string | null;
  agencyCode: string | null;
  assignee: string | null;
  assigneeName: string | null;
  created: string;
  due: string | null;
  workingDaysLeft: number | null;
  overdue: boolean;
};

export type TaskDetail = TaskRow & { formId: string | null };

export type TaskCounts = Record<TaskScope, number>;

export type TaskFilters = {
  scope: TaskScope;
  processKey?: string;
  activityId?: string;
  campaign?: string;
  overdue?: boolean;
  q?: string;
  sort: 'due,asc' | 'due,desc';
  page: number;
  size: number;
};
