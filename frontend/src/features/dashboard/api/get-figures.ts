import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  CaseFigures,
  CreditFigures,
  DashboardFilters,
  DurationFigures,
  OverdueFigures,
  PenaltyFigures,
  RecallFigures,
  ReferralFigures,
  SpotCheckFigures,
} from '../types';

export type FigureGroups = {
  cases: CaseFigures;
  overdue: OverdueFigures;
  credit: CreditFigures;
  durations: DurationFigures;
  'spot-checks': SpotCheckFigures;
  recalls: RecallFigures;
  referrals: ReferralFigures;
  penalties: PenaltyFigures;
};

export const getFigures = <G extends keyof FigureGroups>(group: G, filters: DashboardFilters) =>
  api.get<FigureGroups[G]>(`/api/dashboard/figures/${group}`, filters);

export function useFigures<G extends keyof FigureGroups>(group: G, filters: DashboardFilters) {
  return useQuery({ queryKey: ['dashboard', 'figures', group, filters], queryFn: () => getFigures(group, filters) });
}

/** Download link of a campaign's implementation report (same filters). */
export function reportUrl(campaign: string, format: 'xlsx' | 'pdf', filters: DashboardFilters) {
  const params = new URLSearchParams();
  if (filters.agency) params.set('agency', filters.agency);
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  const q = params.toString();
  return `/api/campaigns/${encodeURIComponent(campaign)}/report.${format}${q ? `?${q}` : ''}`;
}
