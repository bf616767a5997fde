import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, type MockRoute } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import i18n from '@/lib/i18n';
import { facetOptions, TaskList } from './task-list';
import type { TaskRow } from '../types';
import { officer1Me, taskRow } from '../testing/task-fixtures';

const me = officer1Me;

const row = (over: Partial<TaskRow>): TaskRow =>
  taskRow({
    partyUscc: '91640100MA75XXXXXX',
    campaignCode: 'HMZL-2021',
    campaignName: '护苗助老',
    due: '2021-09-22',
    workingDaysLeft: 2,
    ...over,
  });

const facets = {
  processes: [
    { key: 'enforcement-case', name: '行政处罚案件', steps: [{ activityId: 'Task_VerifyLead', name: '核查线索' }, { activityId: 'Task_ApproveFiling', name: '立案/不予立案审批' }] },
    { key: 'product-recall', name: '缺陷产品召回', steps: [{ activityId: 'Task_InvestigateDefect', name: '缺陷调查' }] },
  ],
};

describe('facetOptions', () => {
  it('offers every deployed process and the steps of the chosen one', () => {
    const all = facetOptions(facets);
    expect(all.processOptions.map((o) => o.label)).toEqual(['行政处罚案件', '缺陷产品召回']);
    expect(all.stepOptions.map((o) => o.value)).toEqual(['Task_VerifyLead', 'Task_ApproveFiling', 'Task_InvestigateDefect']);
    const recall = facetOptions(facets, 'product-recall');
    expect(recall.stepOptions).toEqual([{ value: 'Task_InvestigateDefect', label: '缺陷调查' }]);
  });

  it('labels the processes with the given function (English by key)', () => {
    const labels = { 'enforcement-case': 'Enforcement case' } as Record<string, string>;
    const { processOptions } = facetOptions(facets, undefined, undefined, (key, name) => labels[key] ?? name);
    expect(processOptions.map((o) => o.label)).toEqual(['Enforcement case', '缺陷产品召回']);
  });

  it('keeps a selected value the models do not have (an old link)', () => {
    const { processOptions, stepOptions } = facetOptions(undefined, 'old-process', 'Task_Old');
    expect(processOptions).toEqual([{ value: 'old-process', label: 'old-process' }]);
    expect(stepOptions).toEqual([{ value: 'Task_Old', label: 'Task_Old' }]);
  });
});

function routes(items: TaskRow[], extra: MockRoute[] = []): MockRoute[] {
  return [
    ...extra,
    { path: '/api/me', body: me },
    { path: '/api/tasks/counts', body: { mine: 2, candidates: 5, agency: 9 } },
    { path: '/api/tasks/facets', body: facets },
    { path: '/api/campaigns', body: [{ code: 'HMZL-2021', name: '护苗助老' }] },
    { path: '/api/tasks', body: { items, total: items.length, page: 0, size: 20 } },
  ];
}

describe('TaskList', () => {
  it('shows my tasks with counts on the tabs and deadline badges', async () => {
    const { calls } = mockFetch(
      routes([row({}), row({ id: 't2', name: '调查取证', caseId: 7, caseNo: '银市监处罚〔2021〕3号', workingDaysLeft: -1, overdue: true })]),
    );
    renderWithApp(<TaskList />, { url: '/tasks', path: '/tasks' });

    expect(await screen.findByText('核查线索')).toBeInTheDocument();
    expect(screen.getByText('线索 12')).toBeInTheDocument();
    expect(screen.getByText('银市监处罚〔2021〕3号')).toHaveAttribute('href', '/cases/7');
    const badges = screen.getAllByTestId('deadline-badge');
    expect(badges.map((b) => b.getAttribute('data-level'))).toEqual(['soon', 'overdue']);
    await waitFor(() => expect(screen.getByTestId('count-candidates')).toHaveTextContent('5'));
    expect(screen.getByTestId('count-agency')).toHaveTextContent('9');
    const listCall = calls.find((c) => c.url.startsWith('/api/tasks?'))!;
    expect(listCall.url).toContain('scope=mine');
    expect(listCall.url).toContain('sort=due%2Casc');
  });

  it('keeps scope and filters in the URL and sends them to the API', async () => {
    const { calls } = mockFetch(routes([row({ assignee: null, assigneeName: null })]));
    const { router } = renderWithApp(<TaskList />, { url: '/tasks?scope=candidates&overdue=true', path: '/tasks' });
    await screen.findByText('核查线索');
    expect(calls.some((c) => c.url.includes('scope=candidates') && c.url.includes('overdue=true'))).toBe(true);

    const user = userEvent.setup({ delay: null });
    await user.type(screen.getByPlaceholderText('当事人、案号、任务名称'), '银川{Enter}');
    await waitFor(() => expect(router.state.location.search).toContain('q=%E9%93%B6%E5%B7%9D'));
    expect(router.state.location.search).toContain('scope=candidates');
    await waitFor(() => expect(calls.some((c) => c.url.includes('q=%E9%93%B6%E5%B7%9D'))).toBe(true));

    await user.click(screen.getByTestId('tab-agency'));
    await waitFor(() => expect(router.state.location.search).toContain('scope=agency'));
    expect(router.state.location.search).toContain('overdue=true');
  });

  it('claims an unassigned task and reports a conflict in the server message', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    const { calls } = mockFetch(
      routes([row({ id: 'free', assignee: null, assigneeName: null })], [
        {
          method: 'POST',
          path: '/api/tasks/free/claim',
          status: 409,
          body: { code: 'TASK_ALREADY_CLAIMED', message: '任务已由 李警官 认领' },
        },
      ]),
    );
    renderWithApp(<TaskList />, { url: '/tasks?scope=candidates', path: '/tasks' });
    const cell = (await screen.findByText('核查线索')).closest('tr')!;
    await userEvent.click(within(cell).getByRole('button', { name: /认\s*领/ }));
    expect(await screen.findByText('任务已由 李警官 认领')).toBeInTheDocument();
    const claimCall = calls.find((c) => c.url === '/api/tasks/free/claim')!;
    expect(claimCall.method).toBe('POST');
    expect(claimCall.headers['X-XSRF-TOKEN']).toBe('tok');
  });

  it('offers unclaim on my own task', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    const { calls } = mockFetch(routes([row({})], [{ method: 'POST', path: '/api/tasks/t1/unclaim', status: 204 }]));
    renderWithApp(<TaskList />, { url: '/tasks', path: '/tasks' });
    const cell = (await screen.findByText('核查线索')).closest('tr')!;
    await userEvent.click(within(cell).getByRole('button', { name: /退\s*回/ }));
    await waitFor(() => expect(calls.some((c) => c.url === '/api/tasks/t1/unclaim')).toBe(true));
  });

  it('shows the process name in the UI language only, also for an instance of an old bilingual version', async () => {
    mockFetch(routes([row({ processKey: 'enforcement-case', processName: '行政处罚案件 Enforcement case' })]));
    renderWithApp(<TaskList />, { url: '/tasks', path: '/tasks' });
    expect(await screen.findByTestId('task-process')).toHaveTextContent(/^行政处罚案件$/);
    await act(() => i18n.changeLanguage('en'));
    try {
      await waitFor(() => expect(screen.getByTestId('task-process')).toHaveTextContent(/^Enforcement case$/));
    } finally {
      await act(() => i18n.changeLanguage('zh-CN'));
    }
  });

  it('says "more than" when the server stopped counting, and 999+ on a tab past 999', async () => {
    mockFetch([
      { path: '/api/me', body: me },
      { path: '/api/tasks/counts', body: { mine: 2, candidates: 5, agency: 1000 } },
      { path: '/api/tasks/facets', body: facets },
      { path: '/api/campaigns', body: [] },
      { path: '/api/tasks', body: { items: [row({})], total: 10000, page: 0, size: 20, totalCapped: true } },
    ]);
    renderWithApp(<TaskList />, { url: '/tasks', path: '/tasks' });
    expect(await screen.findByText('超过 10000 条')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('count-agency')).toHaveTextContent('999+'));
  });

  it('shows an empty state', async () => {
    mockFetch(routes([]));
    renderWithApp(<TaskList />, { url: '/tasks', path: '/tasks' });
    expect(await screen.findByText('没有待办任务')).toBeInTheDocument();
  });

  it('says no task matches the filters when filtered, and offers a reset back to the plain empty list', async () => {
    const { calls } = mockFetch(routes([]));
    const { router } = renderWithApp(<TaskList />, { url: '/tasks?scope=agency&q=%E5%8F%A3%E7%BD%A9&overdue=true', path: '/tasks' });
    expect(await screen.findByText('没有符合筛选条件的任务')).toBeInTheDocument();
    expect(screen.queryByText('没有待办任务')).not.toBeInTheDocument();
    const listCall = calls.find((c) => c.url.startsWith('/api/tasks?'))!;
    expect(listCall.url).toContain('q=%E5%8F%A3%E7%BD%A9');
    expect(listCall.url).toContain('overdue=true');

    await userEvent.click(screen.getByRole('button', { name: /重\s*置/ }));
    expect(await screen.findByText('没有待办任务')).toBeInTheDocument();
    expect(screen.queryByText('没有符合筛选条件的任务')).not.toBeInTheDocument();
    // the tab stays, the filters go
    expect(router.state.location.search).toBe('?scope=agency');
  });

  it('shows an error state with retry', async () => {
    mockFetch([
      { path: '/api/me', body: me },
      { path: '/api/tasks/counts', body: { mine: 0, candidates: 0, agency: 0 } },
      { path: '/api/campaigns', body: [] },
      { path: '/api/tasks', status: 500, body: { code: 'INTERNAL', message: '服务器内部错误' } },
    ]);
    renderWithApp(<TaskList />, { url: '/tasks', path: '/tasks' });
    expect(await screen.findByText('任务加载失败')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('服务器内部错误');
    expect(screen.getByRole('button', { name: /重\s*试/ })).toBeInTheDocument();
  });
});
