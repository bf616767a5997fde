import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';

export type CarbonCopy = {
  id: number;
  caseId: number;
  caseNo: string | null;
  partyName: string;
  stage: string;
  taskName: string;
  activityId: string;
  fromUser: string;
  fromUserName: string | null;
  createdAt: string;
  unread: boolean;
};

export const getCarbonCopies = (unread: boolean, page: number, size: number) =>
  api.get<Page<CarbonCopy>>('/api/cc', { unread: unread || undefined, page, size });
export const markCarbonCopyRead = (id: number) => api.post<void>(`/api/cc/${id}/read`);

export function useCarbonCopies(unread: boolean, page: number, size = 20) {
  return useQuery({
    queryKey: ['cc', unread, page, size],
    queryFn: () => getCarbonCopies(unread, page, size),
    placeholderData: keepPreviousData,
  });
}

export function useMarkCarbonCopyRead() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: markCarbonCopyRead, onSettled: () => qc.invalidateQueries({ queryKey: ['cc'] }) });
}
