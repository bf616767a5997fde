import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { TaskCounts } from '../types';

export const getTaskCounts = () => api.get<TaskCounts>('/api/tasks/counts');

export function useTaskCounts() {
  return useQuery({ queryKey: ['tasks', 'counts'], queryFn: getTaskCounts });
}
