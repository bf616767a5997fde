import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { DeployInput, DeployResult } from '../types';

export const deployModel = (input: DeployInput) => api.post<DeployResult>('/api/models/deployments', input);

export function useDeployModel() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deployModel,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['models'] }),
  });
}
