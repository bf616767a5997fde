import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { DoneList } from './done-list';
import { StartedList } from '@/features/started/components/started-list';
import { CarbonCopyList } from '@/features/cc/components/cc-list';

const done = {
  items: [
    {
      taskId: 't1', name: '立案审批', activityId: 'Task_ApproveFiling', processKey: 'enforcement-case', caseId: 7,
      caseNo: '银市监处罚〔2026〕1号', partyName: '某口罩公司', outcome: 'SENT_BACK', decision: 'SEND_BACK',
      comment: '证据不足', createdAt: '2026-03-02T09:00:00Z', completedAt: '2026-03-03T09:00:00Z',
    },
  ],
  total: 1, page: 0, size: 20,
};

describe('work lists', () => {
  it('已办 lists my finished tasks with decision, comment and a link to the case, and searches', async () => {
    const { calls } = mockFetch([{ path: '/api/tasks/done', body: done }]);
    renderWithApp(<DoneList />);
    const link = await screen.findByRole('link', { name: '银市监处罚〔2026〕1号' });
    expect(link).toHaveAttribute('href', '/cases/7');
    expect(screen.getByText('证据不足')).toBeInTheDocument();
    expect(screen.getAllByText('退回').length).toBeGreaterThan(0);
    await userEvent.type(screen.getByPlaceholderText('案件编号、当事人、环节'), '口罩{enter}');
    await waitFor(() => expect(calls.some((c) => c.url.includes('q=%E5%8F%A3%E7%BD%A9'))).toBe(true));
  });

  it('我发起的 shows the current step and urges its assignee', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    const { calls } = mockFetch([
      {
        path: '/api/cases/started',
        body: {
          items: [{ caseId: 9, caseNo: null, partyName: '某商贸', stage: 'VERIFICATION', source: 'COMPLAINT',
            registeredAt: '2026-03-02T09:00:00Z', due: null, caseResult: null,
            currentSteps: [{ taskId: 'x1', name: '线索核查', assignee: 'officer2', assigneeName: '李娜' }] }],
          total: 1, page: 0, size: 20,
        },
      },
      { method: 'POST', path: '/api/tasks/x1/urge', status: 204 },
    ]);
    renderWithApp(<StartedList />);
    expect(await screen.findByText('线索核查')).toBeInTheDocument();
    expect(screen.getByText('李娜')).toBeInTheDocument();
    await userEvent.click(screen.getByTestId('urge-x1'));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === '/api/tasks/x1/urge')).toBe(true));
  });

  it('抄送给我 marks unread copies and marks one read when opened', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    const { calls } = mockFetch([
      {
        path: '/api/cc',
        body: {
          items: [{ id: 3, caseId: 7, caseNo: '银市监处罚〔2026〕1号', partyName: '某口罩公司', stage: 'INVESTIGATION',
            taskName: '线索核查', activityId: 'Task_VerifyLead', fromUser: 'officer1', fromUserName: '张伟',
            createdAt: '2026-03-02T09:00:00Z', unread: true }],
          total: 1, page: 0, size: 20,
        },
      },
      { method: 'POST', path: '/api/cc/3/read', status: 204 },
    ]);
    renderWithApp(<CarbonCopyList />);
    const row = await screen.findByText('张伟');
    expect(document.querySelector('[data-unread="true"]')).not.toBeNull();
    await userEvent.click(row);
    await waitFor(() => expect(calls.some((c) => c.method === 'POST' && c.url === '/api/cc/3/read')).toBe(true));
    expect(await screen.findByTestId('elsewhere')).toBeInTheDocument();
  });
});
