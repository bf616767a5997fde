import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** 400 with fieldErrors keyed by form field key when the server rejects values. */
export const completeTask = ({ taskId, variables, cc }: { taskId: string; variables: Record<string, unknown>; cc?: string[] }) =>
  api.post<void>(`/api/tasks/${encodeURIComponent(taskId)}/complete`, cc && cc.length ? { variables, cc } : { variables });

export function useCompleteTask() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: completeTask,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['cases'] });
    },
  });
}
