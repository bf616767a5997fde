import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DashboardFilters, WaitingCase } from '../types';

export const getActivityCases = (key: string, activityId: string, filters: DashboardFilters) =>
  api.get<WaitingCase[]>(
    `/api/dashboard/processes/${encodeURIComponent(key)}/activities/${encodeURIComponent(activityId)}/cases`,
    { campaign: filters.campaign, agency: filters.agency },
  );

export function useActivityCases(key: string, activityId: string | null, filters: DashboardFilters) {
  return useQuery({
    queryKey: ['dashboard', 'activity-cases', key, activityId, filters.campaign, filters.agency],
    queryFn: () => getActivityCases(key, activityId!, filters),
    enabled: !!activityId,
  });
}
