import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, type Page } from '@/lib/api-client';

export type Notification = {
  id: number;
  type: string;
  title: string;
  body: string | null;
  link: string | null;
  businessKey: string | null;
  createdAt: string;
  unread: boolean;
};

/** Polled: the notification centre has no push channel; 30 s is fresh enough for urges and new tasks. */
export const POLL_MS = 30_000;

export const getNotifications = (unread = false, size = 20) =>
  api.get<Page<Notification>>('/api/notifications', { unread, size });
export const getUnreadCount = () => api.get<{ unread: number }>('/api/notifications/unread-count');
export const markNotificationRead = (id: number) => api.post<void>(`/api/notifications/${id}/read`);
export const markAllNotificationsRead = () => api.post<{ marked: number }>('/api/notifications/read-all');

export function useUnreadCount() {
  return useQuery({ queryKey: ['notifications', 'unread'], queryFn: getUnreadCount, refetchInterval: POLL_MS });
}

export function useNotifications(unread = false, enabled = true) {
  return useQuery({
    queryKey: ['notifications', 'list', unread],
    queryFn: () => getNotifications(unread),
    enabled,
    refetchInterval: POLL_MS,
  });
}

export function useMarkRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: markNotificationRead,
    onSettled: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}

export function useMarkAllRead() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: markAllNotificationsRead,
    onSettled: () => qc.invalidateQueries({ queryKey: ['notifications'] }),
  });
}
