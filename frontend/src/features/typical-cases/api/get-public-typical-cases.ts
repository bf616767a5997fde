import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** A published typical case as the public sees it (GET /api/public/typical-cases, no login). */
export type PublicTypicalCase = {
  id: number;
  campaignCode: string;
  campaignName: string;
  agencyName: string;
  title: string;
  partyDisplay: string;
  facts: string;
  legalBasis: string | null;
  penalty: string | null;
  decisionNo: string | null;
  publishedAt: string;
};

export function getPublicTypicalCases(campaign?: string) {
  return api.get<PublicTypicalCase[]>('/api/public/typical-cases', { campaign: campaign || undefined });
}

export function usePublicTypicalCases(campaign?: string) {
  return useQuery({ queryKey: ['public-typical-cases', campaign ?? ''], queryFn: () => getPublicTypicalCases(campaign) });
}
