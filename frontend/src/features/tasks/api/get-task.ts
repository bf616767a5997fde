import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TaskDetail } from '../types';

export const getTask = (taskId: string) => api.get<TaskDetail>(`/api/tasks/${encodeURIComponent(taskId)}`);

export function useTask(taskId: string) {
  return useQuery({ queryKey: ['tasks', 'detail', taskId], queryFn: () => getTask(taskId) });
}
