import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export const saveTaskDraft = ({ taskId, variables }: { taskId: string; variables: Record<string, unknown> }) =>
  api.put<void>(`/api/tasks/${encodeURIComponent(taskId)}/draft`, { variables });

export function useSaveTaskDraft() {
  return useMutation({ mutationFn: saveTaskDraft });
}
