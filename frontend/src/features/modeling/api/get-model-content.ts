import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ModelKind } from '../types';
import { modelPath } from './get-model-versions';

export const modelContentUrl = (kind: ModelKind, key: string, version: number, download = false) =>
  `${modelPath(kind, key)}/versions/${version}/content${download ? '?download=true' : ''}`;

export const getModelContent = (kind: ModelKind, key: string, version: number) =>
  api.getText(modelContentUrl(kind, key, version));

export function useModelContent(kind: ModelKind, key: string, version: number | null) {
  return useQuery({
    queryKey: ['models', kind, key, 'content', version],
    queryFn: () => getModelContent(kind, key, version!),
    enabled: version != null,
    staleTime: Infinity, // a deployed version never changes
  });
}
