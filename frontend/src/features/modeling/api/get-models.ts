import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ModelList } from '../types';

export const getModels = (signal?: AbortSignal) => api.get<ModelList>('/api/models', undefined, signal);

export function useModels() {
  return useQuery({ queryKey: ['models'], queryFn: ({ signal }) => getModels(signal) });
}
