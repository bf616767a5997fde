import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type TraceStep = {
  activityId: string;
  name: string;
  state: 'PASSED' | 'CURRENT' | 'SENT_BACK' | 'CANCELLED';
  assignee: string | null;
  assigneeName: string | null;
  startedAt: string;
  endedAt: string | null;
  workingDays: number | null;
  decision: string | null;
  comment: string | null;
};
export type Trace = {
  caseId: number;
  caseNo: string | null;
  processDefinitionId: string | null;
  passedActivityIds: string[];
  currentActivityIds: string[];
  skippedActivityIds: string[];
  steps: TraceStep[];
};
export type Approval = {
  taskId: string;
  activityId: string;
  step: string;
  user: string;
  userName: string | null;
  role: string | null;
  at: string;
  outcome: string;
  decision: string | null;
  comment: string | null;
};

export const getTrace = (caseRef: string | number) => api.get<Trace>(`/api/cases/${encodeURIComponent(String(caseRef))}/trace`);
export const getApprovals = (caseRef: string | number) =>
  api.get<{ caseId: number; caseNo: string | null; partyName: string; items: Approval[] }>(
    `/api/cases/${encodeURIComponent(String(caseRef))}/approvals`,
  );
export const approvalsPrintUrl = (caseRef: string | number) => `/api/cases/${encodeURIComponent(String(caseRef))}/approvals/print`;

export function useTrace(caseRef: string | number) {
  return useQuery({ queryKey: ['cases', String(caseRef), 'trace'], queryFn: () => getTrace(caseRef) });
}

export function useApprovals(caseRef: string | number) {
  return useQuery({ queryKey: ['cases', String(caseRef), 'approvals'], queryFn: () => getApprovals(caseRef) });
}
