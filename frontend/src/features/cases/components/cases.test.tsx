import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { CasesList } from './cases-list';
import { CaseDetail } from './case-detail';
import type { CaseDetail as CaseDetailType, CaseRow } from '../types';

const row: CaseRow = {
  id: 7,
  leadId: 12,
  caseNo: '银市监处罚〔2021〕3号',
  partyName: '银川某商贸有限公司',
  partyUscc: '91330100716105852F',
  campaignCode: 'HMZL-2021',
  campaignName: '护苗助老',
  agencyCode: 'NX-YC',
  agencyName: '银川市市场监督管理局',
  stage: 'INVESTIGATION',
  source: 'SPOT_CHECK',
  registeredAt: '2021-09-01T09:00:00+08:00',
  filedAt: '2021-09-10T09:00:00+08:00',
  due: '2021-12-09',
  overdue: false,
};

describe('CasesList', () => {
  it('lists cases with Chinese stage and source, sending URL filters', async () => {
    const { calls } = mockFetch([
      { path: '/api/campaigns', body: [] },
      { path: '/api/cases', body: { items: [row], total: 1, page: 0, size: 20 } },
    ]);
    renderWithApp(<CasesList />, { url: '/cases?stage=INVESTIGATION&overdue=true', path: '/cases' });
    expect(await screen.findByText('银市监处罚〔2021〕3号')).toHaveAttribute('href', '/cases/7');
    expect(screen.getAllByText('调查取证').length).toBeGreaterThan(0);
    expect(screen.getByText('监督抽查')).toBeInTheDocument();
    const call = calls.find((c) => c.url.startsWith('/api/cases?'))!;
    expect(call.url).toContain('stage=INVESTIGATION');
    expect(call.url).toContain('overdue=true');
    expect(call.url).toContain('sort=registeredAt%2Cdesc');
  });

  it('keeps the search boxes in step with the URL: reset empties them, back and forward restore them', async () => {
    const { calls } = mockFetch([
      { path: '/api/campaigns', body: [] },
      { path: '/api/cases', body: { items: [row], total: 1, page: 0, size: 20 } },
    ]);
    const { router } = renderWithApp(<CasesList />, { url: '/cases?party=%E9%93%B6%E5%B7%9D', path: '/cases' });
    const party = await screen.findByLabelText('当事人');
    expect(party).toHaveValue('银川');
    const caseNo = screen.getByLabelText('案号');
    await userEvent.type(caseNo, '3号{Enter}');
    await waitFor(() => expect(router.state.location.search).toBe('?party=%E9%93%B6%E5%B7%9D&caseNo=3%E5%8F%B7'));
    await waitFor(() => expect(calls.some((c) => c.url.includes('caseNo=3%E5%8F%B7'))).toBe(true));

    await userEvent.click(screen.getByRole('button', { name: /重\s*置/ }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(party).toHaveValue('');
    expect(caseNo).toHaveValue('');

    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByLabelText('当事人')).toHaveValue('银川'));
    expect(screen.getByLabelText('案号')).toHaveValue('3号');
    await act(() => router.navigate(-1));
    await waitFor(() => expect(screen.getByLabelText('案号')).toHaveValue(''));
    expect(screen.getByLabelText('当事人')).toHaveValue('银川');
    await act(() => router.navigate(1));
    await waitFor(() => expect(screen.getByLabelText('案号')).toHaveValue('3号'));
  });

  it('shows working days left with the task list’s amber and red badges', async () => {
    mockFetch([
      { path: '/api/campaigns', body: [] },
      {
        path: '/api/cases',
        body: {
          items: [
            { ...row, id: 7, workingDaysLeft: 2 },
            { ...row, id: 8, caseNo: '银市监处罚〔2021〕4号', workingDaysLeft: -3, overdue: true },
            { ...row, id: 9, caseNo: '银市监处罚〔2021〕5号', workingDaysLeft: 12 },
          ],
          total: 3,
          page: 0,
          size: 20,
        },
      },
    ]);
    renderWithApp(<CasesList />, { url: '/cases', path: '/cases' });
    await screen.findByText('银市监处罚〔2021〕5号');
    const badges = screen.getAllByTestId('deadline-badge');
    expect(badges.map((b) => b.getAttribute('data-level'))).toEqual(['soon', 'overdue', 'ok']);
    expect(badges.map((b) => b.textContent)).toEqual(['剩 2 个工作日', '逾期 3 个工作日', '剩 12 个工作日']);
  });

  it('says "more than" when the server stopped counting', async () => {
    mockFetch([
      { path: '/api/campaigns', body: [] },
      { path: '/api/cases', body: { items: [row], total: 10000, page: 0, size: 20, totalCapped: true } },
    ]);
    renderWithApp(<CasesList />, { url: '/cases', path: '/cases' });
    expect(await screen.findByText('超过 10000 条')).toBeInTheDocument();
  });

  it('shows an error state', async () => {
    mockFetch([
      { path: '/api/campaigns', body: [] },
      { path: '/api/cases', status: 403, body: { code: 'FORBIDDEN', message: '无权查看' } },
    ]);
    renderWithApp(<CasesList />, { url: '/cases', path: '/cases' });
    expect(await screen.findByText('案件加载失败')).toBeInTheDocument();
  });
});

const detail: CaseDetailType = {
    ...row,
    party: { type: 'ORGANISATION', name: '银川某商贸有限公司', uscc: '91330100716105852F', idNo: null, address: '银川市金凤区' },
    products: [{ id: 1, caseId: 7, name: '儿童口罩', brand: '护康', batchNo: '20210301', goodsValue: 30000.5 }],
    officers: [{ username: 'officer1', displayName: '张警官' }, { username: 'officer2', displayName: '李警官' }],
    deadlines: [{ name: '办案期限', due: '2021-12-09', overdue: false }],
    penalty: {
      decisionNo: '银市监处罚〔2021〕3号',
      decisionDate: '2021-11-01',
      fineAmount: 60001,
      confiscationValue: null,
      illegalGains: null,
      paidAmount: null,
      discretionLevel: 'HEAVIER',
      caseResult: 'DECIDED',
    },
    credit: null,
    recall: null,
    referral: null,
    documents: [],
    evidence: [],
    timeline: [
      { time: '2021-09-10T09:00:00+08:00', kind: 'AUDIT', user: 'head1', userName: '王局长', activityId: null, activityName: null, message: 'STAGE_CHANGED: FILING_APPROVAL → INVESTIGATION', comment: '{"x":1}' },
      { time: '2021-09-10T09:00:00+08:00', kind: 'ACTIVITY_COMPLETED', user: 'head1', userName: '王局长', activityId: 'Task_ApproveFiling', activityName: '立案/不予立案审批', message: 'userTask', comment: null },
    ],
    processInstanceId: 'pi',
    processDefinitionId: 'case:1:1',
    activeActivityIds: ['Task_Investigate'],
    passedActivityIds: [],
  };

describe('CaseDetail', () => {
  it('shows working days left on the case and on each open deadline', async () => {
    mockFetch([
      {
        path: '/api/cases/7',
        body: {
          ...detail,
          workingDaysLeft: 3,
          deadlines: [
            { name: '调查取证期限', due: '2021-09-20', overdue: false, workingDaysLeft: 3 },
            { name: '送达', due: '2021-09-01', overdue: true, workingDaysLeft: -1 },
          ],
        },
      },
    ]);
    renderWithApp(<CaseDetail caseRef="7" />);
    expect(await screen.findByText('调查取证期限')).toBeInTheDocument();
    const badges = screen.getAllByTestId('deadline-badge');
    expect(badges.map((b) => [b.getAttribute('data-level'), b.textContent])).toEqual(
      expect.arrayContaining([
        ['soon', '剩 3 个工作日'],
        ['overdue', '逾期 1 个工作日'],
      ]),
    );
    expect(badges.some((b) => b.textContent?.startsWith('截止'))).toBe(false);
  });

  it('shows the overview of a case', async () => {
    mockFetch([{ path: '/api/cases/7', body: detail }]);
    renderWithApp(<CaseDetail caseRef="7" />);
    expect(await screen.findByText('李警官')).toBeInTheDocument();
    expect(screen.getByText('办案期限')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText('91330100716105852F').length).toBeGreaterThan(0));
    // the party as a fixed, translated field list
    expect(screen.getByText('住所/地址')).toBeInTheDocument();
    expect(screen.getByText('银川市金凤区')).toBeInTheDocument();
    expect(screen.getByText('单位')).toBeInTheDocument();
    expect(screen.queryByText('address')).not.toBeInTheDocument();
    expect(screen.queryByText('ORGANISATION')).not.toBeInTheDocument();
  });

  it('shows products, penalty and timeline with Chinese labels only', async () => {
    mockFetch([{ path: '/api/cases/7', body: detail }]);
    renderWithApp(<CaseDetail caseRef="7" />);
    fireEvent.click(await screen.findByRole('tab', { name: '涉案产品' }));
    expect(await screen.findByText('货值金额')).toBeInTheDocument();
    expect(screen.getByText('30,000.50 元')).toBeInTheDocument();
    expect(screen.queryByText('goodsValue')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: '行政处罚' }));
    expect(await screen.findByText('裁量档次')).toBeInTheDocument();
    expect(screen.getByText('从重')).toBeInTheDocument();
    expect(screen.getByText('已作出处罚决定')).toBeInTheDocument();
    expect(screen.queryByText('HEAVIER')).not.toBeInTheDocument();
    fireEvent.click(screen.getByRole('tab', { name: '办理记录' }));
    expect(await screen.findByText('阶段变更')).toBeInTheDocument();
    expect(screen.getByText('立案审批 → 调查取证')).toBeInTheDocument();
    expect(screen.getByText('立案/不予立案审批 完成')).toBeInTheDocument();
    expect(screen.queryByText(/STAGE_CHANGED|userTask/)).not.toBeInTheDocument();
  }, 60_000);

  it('shows not found as an error', async () => {
    mockFetch([{ path: '/api/cases/99', status: 404, body: { code: 'NOT_FOUND', message: '案件不存在' } }]);
    renderWithApp(<CaseDetail caseRef="99" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('案件不存在');
  });
});
