import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const unclaimTask = (taskId: string) => api.post<void>(`/api/tasks/${encodeURIComponent(taskId)}/unclaim`);

export function useUnclaimTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: unclaimTask,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ['tasks'] }),
  });
}
