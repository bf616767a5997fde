import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { MigrationPlan, MigrationStarted, MigrationStatus } from '../types';

export const getMigrationPlan = (source: string, target: string, signal?: AbortSignal) =>
  api.get<MigrationPlan>('/api/models/migrations/plan', { source, target }, signal);

export function useMigrationPlan(source: string | null, target: string | null) {
  return useQuery({
    queryKey: ['models', 'migration-plan', source, target],
    queryFn: ({ signal }) => getMigrationPlan(source!, target!, signal),
    enabled: !!source && !!target && source !== target,
  });
}

export const startMigration = (input: { source: string; target: string; processInstanceIds?: string[] }) =>
  api.post<MigrationStarted>('/api/models/migrations', input);

export function useStartMigration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: startMigration,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['models'] }),
  });
}

export const getMigration = (batchId: string, signal?: AbortSignal) =>
  api.get<MigrationStatus>(`/api/models/migrations/${encodeURIComponent(batchId)}`, undefined, signal);

/** Polls every 2 s until the batch has finished. */
export function useMigration(batchId: string | null) {
  return useQuery({
    queryKey: ['models', 'migration', batchId],
    queryFn: ({ signal }) => getMigration(batchId!, signal),
    enabled: !!batchId,
    refetchInterval: (query) => (query.state.data?.finished ? false : 2000),
  });
}
