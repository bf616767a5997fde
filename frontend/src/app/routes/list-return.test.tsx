import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { mockFetch, type MockRoute } from '@/testing/mock-fetch';
import { renderRoutes } from '@/testing/test-utils';
import { officer1Me, taskDetail } from '@/features/tasks/testing/task-fixtures';
import { TasksRoute } from './tasks';
import { TaskRoute } from './task';
import { CasesRoute } from './cases';
import { CaseRoute } from './case';

const me = officer1Me;

const task = taskDetail();

const taskRoutes: MockRoute[] = [
  { path: '/api/me', body: me },
  { path: '/api/tasks/counts', body: { mine: 1, candidates: 0, agency: 1 } },
  { path: '/api/tasks/facets', body: { processes: [] } },
  { path: '/api/campaigns', body: [] },
  { path: '/api/tasks', body: { items: [task], total: 1, page: 0, size: 20 } },
  { path: '/api/tasks/t1', body: task },
  { path: '/api/tasks/t1/form', body: { schema: null, data: {} } },
  { method: 'POST', path: '/api/tasks/t1/unclaim', status: 204 },
];

const routes = [
  { path: '/tasks', element: <TasksRoute /> },
  { path: '/tasks/:taskId', element: <TaskRoute /> },
  { path: '/cases', element: <CasesRoute /> },
  { path: '/cases/:caseRef', element: <CaseRoute /> },
];

const where = (router: ReturnType<typeof renderRoutes>['router']) =>
  router.state.location.pathname + router.state.location.search;

afterEach(() => sessionStorage.clear());

describe('leaving a task or case page', () => {
  it('goes back to the task list with the filters it had', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    mockFetch(taskRoutes);
    const { router } = renderRoutes(routes, '/tasks?scope=agency&overdue=true&q=%E5%8F%A3%E7%BD%A9');
    await userEvent.click(await screen.findByRole('link', { name: '核查线索' }));
    await waitFor(() => expect(where(router)).toBe('/tasks/t1'));
    await userEvent.click(await screen.findByTestId('task-back'));
    await waitFor(() => expect(where(router)).toBe('/tasks?scope=agency&overdue=true&q=%E5%8F%A3%E7%BD%A9'));
    expect(await screen.findByRole('link', { name: '核查线索' })).toBeInTheDocument();
  });

  it('returns to the filtered task list when the task is done with (handed back)', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    mockFetch(taskRoutes);
    const { router } = renderRoutes(routes, '/tasks?overdue=true');
    await userEvent.click(await screen.findByRole('link', { name: '核查线索' }));
    await userEvent.click(await screen.findByTestId('task-unclaim'));
    await waitFor(() => expect(where(router)).toBe('/tasks?overdue=true'));
  });

  it('goes to the plain list when no list was shown in this tab', async () => {
    mockFetch(taskRoutes);
    renderRoutes(routes, '/tasks/t1');
    expect(await screen.findByTestId('task-back')).toHaveAttribute('href', '/tasks');
  });

  it('goes back from a case to the case list with its filters', async () => {
    mockFetch([
      { path: '/api/me', body: me },
      { path: '/api/campaigns', body: [] },
      {
        path: '/api/cases',
        body: {
          items: [
            {
              id: 7,
              leadId: 12,
              caseNo: '银市监处罚〔2021〕3号',
              partyName: '银川某商贸有限公司',
              partyUscc: null,
              campaignCode: null,
              campaignName: null,
              agencyCode: 'NX-YC',
              agencyName: '银川市市场监督管理局',
              stage: 'INVESTIGATION',
              source: 'SPOT_CHECK',
              registeredAt: '2021-09-01T09:00:00+08:00',
              filedAt: null,
              due: null,
              overdue: false,
            },
          ],
          total: 1,
          page: 0,
          size: 20,
        },
      },
    ]);
    const { router } = renderRoutes(routes, '/cases?stage=INVESTIGATION&page=1');
    await userEvent.click(await screen.findByRole('link', { name: '银市监处罚〔2021〕3号' }));
    await waitFor(() => expect(where(router)).toBe('/cases/7'));
    expect(screen.getByTestId('case-back')).toHaveAttribute('href', '/cases?stage=INVESTIGATION&page=1');
    await userEvent.click(screen.getByTestId('case-back'));
    await waitFor(() => expect(where(router)).toBe('/cases?stage=INVESTIGATION&page=1'));
  });
});
