import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** 409 TASK_ALREADY_CLAIMED when someone else was faster; the message names them. */
export const claimTask = (taskId: string) => api.post<void>(`/api/tasks/${encodeURIComponent(taskId)}/claim`);

export function useClaimTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: claimTask,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });
}
