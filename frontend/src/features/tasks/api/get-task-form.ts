import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** A Camunda Form (form-js schema) and the current values, draft applied. */
export type TaskForm = { schema: FormSchema | null; data: Record<string, unknown> };
export type FormSchema = { components?: unknown[]; [key: string]: unknown };

export const getTaskForm = (taskId: string) => api.get<TaskForm>(`/api/tasks/${encodeURIComponent(taskId)}/form`);

export function useTaskForm(taskId: string) {
  return useQuery({ queryKey: ['tasks', 'form', taskId], queryFn: () => getTaskForm(taskId), staleTime: 0 });
}
