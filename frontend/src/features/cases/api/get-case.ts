import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { CaseDetail } from '../types';

/** ref = numeric id or case number */
export const getCase = (ref: string | number) => api.get<CaseDetail>(`/api/cases/${encodeURIComponent(String(ref))}`);

export function useCase(ref: string | number | null | undefined) {
  return useQuery({ queryKey: ['cases', 'detail', String(ref)], queryFn: () => getCase(ref!), enabled: ref !== null && ref !== undefined && ref !== '' });
}
