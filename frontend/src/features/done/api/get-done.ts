import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';

export type DoneTask = {
  taskId: string;
  name: string;
  activityId: string;
  processKey: string;
  caseId: number | null;
  caseNo: string | null;
  partyName: string | null;
  outcome: 'COMPLETED' | 'SENT_BACK';
  decision: string | null;
  comment: string | null;
  createdAt: string;
  completedAt: string;
};

export const getDone = (q: string, page: number, size: number) =>
  api.get<Page<DoneTask>>('/api/tasks/done', { q: q || undefined, page, size });

export function useDone(q: string, page: number, size = 20) {
  return useQuery({ queryKey: ['done', q, page, size], queryFn: () => getDone(q, page, size), placeholderData: keepPreviousData });
}
