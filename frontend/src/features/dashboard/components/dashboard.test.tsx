import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { DashboardPage } from './dashboard-page';

// bpmn-js needs a real SVG layout: a fake viewer records the overlays the component adds
const overlaysAdded: { id: string; html: HTMLElement }[] = [];
vi.mock('bpmn-js/lib/NavigatedViewer', () => ({
  default: class {
    container: HTMLElement;
    constructor({ container }: { container: HTMLElement }) {
      this.container = container;
    }
    importXML() {
      return Promise.resolve({ warnings: [] });
    }
    get(name: string) {
      if (name === 'overlays')
        return {
          add: (id: string, _type: string, o: { html: HTMLElement }) => {
            overlaysAdded.push({ id, html: o.html });
            this.container.appendChild(o.html);
          },
        };
      if (name === 'elementRegistry') return { get: (id: string) => ({ id }) };
      if (name === 'eventBus') return { on: () => {} };
      return { zoom: () => {}, addMarker: () => {} };
    }
    destroy() {}
  },
}));
const chartOptions: unknown[] = [];
vi.mock('./echarts-setup', () => ({
  init: () => ({ setOption: (o: unknown) => chartOptions.push(o), dispose: () => {}, resize: () => {} }),
}));

const activities = [
  { activityId: 'Task_VerifyLead', name: '核查线索', active: 3, overdue: 1 },
  { activityId: 'Task_Investigate', name: '调查取证', active: 0, overdue: 0 },
  { activityId: 'Timer_CaseLimitWarning', name: '办案期限预警', active: 2, overdue: 0 },
];
const waiting = [
  { caseId: 7, caseNo: '银市监处罚〔2026〕1号', ref: '银市监处罚〔2026〕1号', businessKey: 'x', processInstanceId: 'pi1', partyName: '某公司', agencyCode: 'NX-YC', campaignCode: 'FYKZ-2021', dueDate: '2026-02-01', overdue: true, taskId: 't1' },
  { caseId: 8, caseNo: null, ref: '8', businessKey: 'lead-8', processInstanceId: 'pi2', partyName: '另一公司', agencyCode: 'NX-YC', campaignCode: 'FYKZ-2021', dueDate: '2026-04-01', overdue: false, taskId: 't2' },
];

function routes() {
  return mockFetch([
    { path: '/api/campaigns', body: [{ code: 'FYKZ-2021', name: '非医用口罩行动' }] },
    { path: '/api/agencies', body: [] },
    { path: '/api/dashboard/processes/enforcement-case/xml', body: '<definitions/>' },
    { path: '/api/dashboard/processes/enforcement-case/activities', body: activities },
    { path: '/api/dashboard/processes/enforcement-case/activities/Task_VerifyLead/cases', body: waiting },
    { path: '/api/dashboard/figures/cases', body: { total: 4, byStage: [{ key: 'VERIFICATION', label: 'VERIFICATION', count: 4 }], byAgency: [], byCampaign: [], bySource: [], monthly: [{ month: '2026-01', filed: 2, closed: 1 }] } },
    { path: '/api/dashboard/figures/overdue', body: { total: 2, byAgency: [], byStep: [{ processKey: 'enforcement-case', activityId: 'Task_VerifyLead', step: '核查线索', count: 2 }], tasks: [] } },
    { path: '/api/dashboard/figures/credit', body: { required: 4, published: 2, publishedOnTime: 1, publishedLate: 1, pending: 2, pendingOverdue: 1, onTimeRate: 33.33, late: [{ caseNo: 'C1', partyName: '甲', decisionDate: '2025-12-01', dueDate: '2025-12-29', publishedDate: '2026-01-15', workingDaysLate: 13 }], pendingItems: [] } },
    { path: '/api/dashboard/figures/durations', body: { stages: [{ stage: 'VERIFICATION', count: 3, median: 5, p90: 9 }] } },
    { path: '/api/dashboard/figures/spot-checks', body: { batchesSampled: 5, nonConforming: 3, nonConformingRate: 60.0, byProduct: [{ key: '口罩', label: '口罩', sampled: 5, nonConforming: 3, rate: 60.0 }], bySamplingPlace: [{ key: 'SCHOOL_SURROUNDINGS', label: '校园周边', sampled: 2, nonConforming: 2, rate: 100 }], rectified: 0, notRectified: 0, conformingOnRetest: 0, open: 1, productionNotResumed: 0 } },
    { path: '/api/dashboard/figures/recalls', body: { total: 0, open: 0, completed: 0, noDefect: 0, penaltyLead: 0, unitsRecovered: null } },
    { path: '/api/dashboard/figures/referrals', body: { total: 0, open: 0, transferred: 0, accepted: 0, notAccepted: 0, rejectedByHead: 0 } },
    { path: '/api/dashboard/figures/penalties', body: { fineCount: 2, fineTotal: 3000.35, confiscationCount: 1, confiscationTotal: 500.05, byAgency: [] } },
  ]);
}

// the build machine is shared: antd tables render slowly in jsdom
const slow = { timeout: 30_000 };

describe('DashboardPage', () => {
  it('puts active and overdue counts on the diagram and lists the cases waiting at a clicked activity', async () => {
    overlaysAdded.length = 0;
    const { calls } = routes();
    renderWithApp(<DashboardPage />, { url: '/dashboard?campaign=FYKZ-2021', path: '/dashboard' });
    const badge = await screen.findByTestId('overlay-Task_VerifyLead', {}, slow);
    expect(badge).toHaveTextContent('31');
    expect(badge.querySelector('.cf-count-overdue')).toHaveTextContent('1');
    expect(await screen.findByTestId('overlay-Timer_CaseLimitWarning', {}, slow)).toHaveTextContent('2');
    // no badge where nothing waits
    expect(overlaysAdded.map((o) => o.id)).not.toContain('Task_Investigate');
    expect(calls.some((c) => c.url === '/api/dashboard/processes/enforcement-case/activities?campaign=FYKZ-2021')).toBe(true);

    fireEvent.click(badge);
    const list = await screen.findByTestId('activity-cases', {}, slow);
    expect(within(list).getByText('在“核查线索”等待的案件')).toBeInTheDocument();
    expect(await within(list).findByText('银市监处罚〔2026〕1号', {}, slow)).toHaveAttribute(
      'href',
      '/cases/' + encodeURIComponent('银市监处罚〔2026〕1号'),
    );
    expect(within(list).getByText('8')).toHaveAttribute('href', '/cases/8');
    expect(within(list).getByText(/2026-02-01/)).toHaveTextContent('逾期');
    // report downloads for the chosen campaign
    expect(screen.getByTestId('report-xlsx')).toHaveAttribute('href', '/api/campaigns/FYKZ-2021/report.xlsx');
  }, 90_000);

  it('shows the figures with two-decimal money and the credit compliance list', async () => {
    chartOptions.length = 0;
    routes();
    renderWithApp(<DashboardPage />, { url: '/dashboard?tab=figures&campaign=FYKZ-2021', path: '/dashboard' });
    expect(await screen.findByText('3,000.35', {}, slow)).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('fig-total')).toHaveTextContent('4'), slow);
    expect(screen.getByText('应公示 4 件：按期 1 件，逾期 1 件，待公示 2 件')).toBeInTheDocument();
    expect(screen.getByText('逾期公示')).toBeInTheDocument();
    expect(screen.getByText('核查（线索至立案）')).toBeInTheDocument();
    // the durations table's headers are Chinese too (no "P90")
    expect(screen.getByRole('columnheader', { name: '90% 分位数' })).toBeInTheDocument();
    expect(screen.queryByText('P90')).not.toBeInTheDocument();
    expect(screen.getByTestId('spot-summary')).toHaveTextContent('抽查 5 批次，不合格 3 批次（60%）');
    expect(screen.getByText('校园周边')).toBeInTheDocument();
    await waitFor(() => expect(chartOptions.length).toBeGreaterThan(0), slow);
  }, 90_000);

  it('shows the server error for an officer', async () => {
    mockFetch([
      { path: '/api/campaigns', body: [] },
      { path: '/api/agencies', body: [] },
      { path: '/api/dashboard/processes/enforcement-case/xml', body: '<definitions/>' },
      { path: '/api/dashboard/processes/enforcement-case/activities', status: 403, body: { code: 'FORBIDDEN', message: '您没有执行此操作的权限' } },
    ]);
    renderWithApp(<DashboardPage />, { url: '/dashboard', path: '/dashboard' });
    expect(await screen.findByText('您没有执行此操作的权限', {}, slow)).toBeInTheDocument();
  }, 90_000);
});
