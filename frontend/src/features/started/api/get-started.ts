import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';

export type StartedCase = {
  caseId: number;
  caseNo: string | null;
  partyName: string;
  stage: string;
  source: string;
  registeredAt: string;
  due: string | null;
  caseResult: string | null;
  currentSteps: { taskId: string; name: string; assignee: string | null; assigneeName: string | null }[];
};

export const getStarted = (q: string, page: number, size: number) =>
  api.get<Page<StartedCase>>('/api/cases/started', { q: q || undefined, page, size });

export function useStarted(q: string, page: number, size = 20) {
  return useQuery({ queryKey: ['started', q, page, size], queryFn: () => getStarted(q, page, size), placeholderData: keepPreviousData });
}

/** 催办: the case owner or a head urges the current assignee of a task. */
export const urgeTask = ({ taskId, message }: { taskId: string; message?: string }) =>
  api.post<void>(`/api/tasks/${encodeURIComponent(taskId)}/urge`, { message });

export function useUrgeTask() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: urgeTask, onSettled: () => qc.invalidateQueries({ queryKey: ['notifications'] }) });
}
