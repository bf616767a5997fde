import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { NotificationBell } from './notification-bell';

describe('NotificationBell', () => {
  it('shows the unread count, lists notifications and marks all read', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    const { calls } = mockFetch([
      { path: '/api/notifications/unread-count', body: { unread: 2 } },
      {
        path: '/api/notifications',
        body: {
          items: [
            { id: 5, type: 'URGE', title: '催办：线索核查', body: '刘洋 催办任务', link: '/tasks/t1', businessKey: null,
              createdAt: '2026-03-02T09:00:00Z', unread: true },
          ],
          total: 1, page: 0, size: 20,
        },
      },
      { method: 'POST', path: '/api/notifications/read-all', body: { marked: 2 } },
    ]);
    renderWithApp(<NotificationBell />);
    await waitFor(() => expect(screen.getByTestId('notification-count').textContent).toContain('2'));
    await userEvent.click(screen.getByTestId('notification-bell'));
    expect(await screen.findByText('催办：线索核查')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('notifications-read-all'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === '/api/notifications/read-all')).toBe(true));
  });
});
