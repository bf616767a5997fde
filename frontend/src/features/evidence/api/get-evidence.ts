import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Evidence } from '../types';

export const getEvidence = (caseRef: string | number) => api.get<Evidence[]>(`/api/cases/${encodeURIComponent(String(caseRef))}/evidence`);

export const evidenceQueryKey = (caseRef: string | number) => ['evidence', String(caseRef)];

export function useEvidence(caseRef: string | number) {
  return useQuery({ queryKey: evidenceQueryKey(caseRef), queryFn: () => getEvidence(caseRef) });
}

export const evidenceContentUrl = (id: number) => `/api/evidence/${id}/content`;
