import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ActivityCount, DashboardFilters } from '../types';

export const getActivities = (key: string, filters: DashboardFilters) =>
  api.get<ActivityCount[]>(`/api/dashboard/processes/${encodeURIComponent(key)}/activities`, {
    campaign: filters.campaign,
    agency: filters.agency,
  });

export function useActivities(key: string, filters: DashboardFilters) {
  return useQuery({
    queryKey: ['dashboard', 'activities', key, filters.campaign, filters.agency],
    queryFn: () => getActivities(key, filters),
  });
}
