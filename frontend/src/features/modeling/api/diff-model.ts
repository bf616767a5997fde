import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ModelDiff, ModelKind } from '../types';

export type DiffInput = { kind: ModelKind; key: string; baseVersion?: number; content: string };

export const diffModel = (input: DiffInput) => api.post<ModelDiff>('/api/models/diff', input);

export function useDiffModel() {
  return useMutation({ mutationFn: diffModel });
}
