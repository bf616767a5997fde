/** Reference data every feature may use: campaigns, agencies, lead sources. */
import { useQuery } from '@tanstack/react-query';
import { api } from './api-client';

export type Campaign = { code: string; name: string; startDate?: string; endDate?: string; reportDue?: string };
export type AgencyNode = { code: string; name: string; shortName: string; parentCode: string | null; children?: AgencyNode[] };

export const LEAD_SOURCES = [
  'SPOT_CHECK',
  'COMPLAINT',
  'AD_MONITORING',
  'INSPECTION',
  'ONLINE_MONITORING',
  'DEPARTMENT_REFERRAL',
  'SUPERIOR_ASSIGNED',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];

export const getCampaigns = () => api.get<Campaign[]>('/api/campaigns');
export function useCampaigns() {
  return useQuery({ queryKey: ['campaigns'], queryFn: getCampaigns, staleTime: 10 * 60_000 });
}

export const getAgencies = () => api.get<AgencyNode[]>('/api/agencies');
export function useAgencies() {
  return useQuery({ queryKey: ['agencies'], queryFn: getAgencies, staleTime: 10 * 60_000 });
}
