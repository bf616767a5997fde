import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';
import type { TaskFilters, TaskRow } from '../types';

export const tasksQueryKey = (filters?: TaskFilters) => (filters ? ['tasks', 'list', filters] : ['tasks']);

export function getTasks(filters: TaskFilters, signal?: AbortSignal) {
  return api.get<Page<TaskRow>>(
    '/api/tasks',
    {
      scope: filters.scope,
      processKey: filters.processKey,
      activityId: filters.activityId,
      campaign: filters.campaign,
      overdue: filters.overdue ? true : undefined,
      q: filters.q,
      page: filters.page,
      size: filters.size,
      sort: filters.sort,
    },
    signal,
  );
}

export function useTasks(filters: TaskFilters) {
  return useQuery({
    queryKey: tasksQueryKey(filters),
    queryFn: ({ signal }) => getTasks(filters, signal),
    placeholderData: keepPreviousData,
  });
}
