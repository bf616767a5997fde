import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ModelKind, ModelVersion } from '../types';

export const modelPath = (kind: ModelKind, key: string) =>
  `/api/models/${kind.toLowerCase()}/${encodeURIComponent(key)}`;

export const getModelVersions = (kind: ModelKind, key: string, signal?: AbortSignal) =>
  api.get<ModelVersion[]>(`${modelPath(kind, key)}/versions`, undefined, signal);

export function useModelVersions(kind: ModelKind, key: string) {
  return useQuery({
    queryKey: ['models', kind, key, 'versions'],
    queryFn: ({ signal }) => getModelVersions(kind, key, signal),
  });
}
