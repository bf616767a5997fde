import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type TaskFacetStep = { activityId: string; name: string };
export type TaskFacetProcess = { key: string; name: string; steps: TaskFacetStep[] };
export type TaskFacets = { processes: TaskFacetProcess[] };

/** Processes and their user-task steps of the latest deployed models (filter options). */
export const getTaskFacets = () => api.get<TaskFacets>('/api/tasks/facets');

export function useTaskFacets() {
  // models change with a deployment, not with task work: not under ['tasks'], so claims do not refetch it
  return useQuery({ queryKey: ['task-facets'], queryFn: getTaskFacets, staleTime: 10 * 60_000 });
}
