import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, type MockRoute } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/test-utils';
import { TaskRoute } from './task';
import { officer1Me, taskDetail } from '@/features/tasks/testing/task-fixtures';

const me = officer1Me;

const task = taskDetail({
  name: '调查取证',
  activityId: 'Task_Investigate',
  processKey: 'enforcement-case',
  processName: '行政处罚案件',
  caseId: 7,
  caseNo: '银市监处罚〔2026〕3号',
  leadId: 7,
  created: '2026-03-01T09:00:00+08:00',
});

const base: MockRoute[] = [
  { path: '/api/me', body: me },
  { path: '/api/tasks/t1', body: task },
  { path: '/api/tasks/t1/form', body: { schema: null, data: {} } },
  { path: '/api/cases/7/evidence', body: [] },
];

async function openDocuments() {
  await userEvent.click(await screen.findByText('执法文书'));
}

describe('task page documents', () => {
  it('shows an error with retry instead of "no documents" when the case cannot be loaded', async () => {
    mockFetch([...base, { path: '/api/cases/7', status: 500, body: { code: 'INTERNAL', message: '服务器内部错误' } }]);
    renderRoutes([{ path: '/tasks/:taskId', element: <TaskRoute /> }], '/tasks/t1');
    await openDocuments();
    expect(await screen.findByText('文书加载失败')).toBeInTheDocument();
    expect(screen.queryByText('暂无文书')).not.toBeInTheDocument();
  });

  it('lists the case’s documents once loaded', async () => {
    mockFetch([
      ...base,
      {
        path: '/api/cases/7',
        body: {
          id: 7,
          documents: [{ id: 11, type: 'FILING_APPROVAL', number: null, title: '立案审批表', version: 1, createdBy: 'officer1', createdAt: '2026-03-02T09:30:00+08:00' }],
        },
      },
    ]);
    renderRoutes([{ path: '/tasks/:taskId', element: <TaskRoute /> }], '/tasks/t1');
    await openDocuments();
    expect(await screen.findByText('立案审批表')).toBeInTheDocument();
    expect(screen.queryByText('文书加载失败')).not.toBeInTheDocument();
  });
});
