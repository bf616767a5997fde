import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { TaskHabitsPanel } from './task-habits-panel';

const actions = {
  owner: null, ownerName: null, delegationPending: false, canSendBack: true,
  sendBackTargets: [{ activityId: 'Task_VerifyLead', name: '线索核查', lastAssignee: 'officer1', lastAssigneeName: '张伟', endedAt: '2026-03-02T09:00:00Z' }],
  reminders: [{ taskId: 't1', count: 1, lastAt: '2026-03-02T10:00:00Z', lastBy: 'head1', lastKind: 'URGE', lastMessage: '请今天办结' }],
};

describe('TaskHabitsPanel', () => {
  it('shows an urge, and sends back with a reason; a refusal is shown in the dialog', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    const onGone = vi.fn();
    const { calls } = mockFetch([
      { path: '/api/tasks/t1/actions', body: actions },
      {
        method: 'POST', path: '/api/tasks/t1/send-back', status: 400,
        body: { code: 'VALIDATION_FAILED', message: '提交的数据有误', fieldErrors: [{ field: 'targetActivityId', message: '只能退回到本案已经办理过的环节' }] },
      },
    ]);
    renderWithApp(<TaskHabitsPanel taskId="t1" assignee="head1" username="head1" onGone={onGone} />);
    expect(await screen.findByText('该任务已被催办')).toBeInTheDocument();
    expect(screen.getByText(/请今天办结/)).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('open-send-back'));
    await userEvent.click(screen.getByTestId('habit-ok'));
    await waitFor(() => expect(screen.getAllByText('必填')).toHaveLength(2));
    await userEvent.click(screen.getByRole('combobox'));
    await userEvent.click(await screen.findByText('线索核查 · 张伟'));
    await userEvent.type(screen.getByTestId('send-back-reason'), '证据不足');
    await userEvent.click(screen.getByTestId('habit-ok'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === '/api/tasks/t1/send-back')).toBe(true));
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toEqual({ targetActivityId: 'Task_VerifyLead', reason: '证据不足' });
    expect(await screen.findByTestId('habit-error')).toBeInTheDocument();
    expect(onGone).not.toHaveBeenCalled();
  }, 60_000);

  it('offers 催办 to someone who does not hold the task', async () => {
    mockFetch([{ path: '/api/tasks/t1/actions', body: { ...actions, canSendBack: false, reminders: [] } }]);
    renderWithApp(<TaskHabitsPanel taskId="t1" assignee="officer1" username="head1" onGone={() => {}} />);
    expect(await screen.findByTestId('open-urge')).toBeInTheDocument();
    expect(screen.queryByTestId('open-send-back')).toBeNull();
  });
});
