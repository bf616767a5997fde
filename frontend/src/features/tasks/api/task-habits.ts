import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type SendBackTarget = { activityId: string; name: string; lastAssignee: string | null; lastAssigneeName: string | null; endedAt: string };
export type Urged = { taskId: string; count: number; lastAt: string; lastBy: string; lastKind: string; lastMessage: string | null };
export type TaskActions = {
  owner: string | null;
  ownerName: string | null;
  delegationPending: boolean;
  canSendBack: boolean;
  sendBackTargets: SendBackTarget[];
  reminders: Urged[];
};
export type Colleague = { userId: string; displayName: string };

const path = (taskId: string, action: string) => `/api/tasks/${encodeURIComponent(taskId)}/${action}`;

export const getTaskActions = (taskId: string) => api.get<TaskActions>(path(taskId, 'actions'));
export const getColleagues = (taskId: string) => api.get<Colleague[]>(path(taskId, 'colleagues'));
export const getUrged = () => api.get<Urged[]>('/api/tasks/urged');

export function useTaskActions(taskId: string) {
  return useQuery({ queryKey: ['tasks', taskId, 'actions'], queryFn: () => getTaskActions(taskId) });
}

export function useColleagues(taskId: string, enabled: boolean) {
  return useQuery({ queryKey: ['tasks', taskId, 'colleagues'], queryFn: () => getColleagues(taskId), enabled });
}

/** Reminders (催办, deadline warnings) on my open tasks: the task list marks those rows. */
export function useUrged() {
  return useQuery({ queryKey: ['tasks', 'urged'], queryFn: getUrged, refetchInterval: 30_000 });
}

type Habit =
  | { kind: 'send-back'; targetActivityId: string; reason: string }
  | { kind: 'transfer'; userId: string; reason?: string }
  | { kind: 'delegate'; userId: string }
  | { kind: 'resolve'; text?: string }
  | { kind: 'urge'; message?: string }
  | { kind: 'comments'; text: string };

export const runHabit = (taskId: string, { kind, ...body }: Habit) => api.post<void>(path(taskId, kind), body);

export function useTaskHabit(taskId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (habit: Habit) => runHabit(taskId, habit),
    onSettled: () => {
      qc.invalidateQueries({ queryKey: ['tasks'] });
      qc.invalidateQueries({ queryKey: ['notifications'] });
    },
  });
}
