import { screen, waitFor } from '@testing-library/react';
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

  it('shows an error state', async () => {
    mockFetch([
      { path: '/api/campaigns', body: [] },
      { path: '/api/cases', status: 403, body: { code: 'FORBIDDEN', message: '无权查看' } },
    ]);
    renderWithApp(<CasesList />, { url: '/cases', path: '/cases' });
    expect(await screen.findByText('案件加载失败')).toBeInTheDocument();
  });
});

describe('CaseDetail', () => {
  it('shows the overview of a case', async () => {
    const detail: CaseDetailType = {
      ...row,
      party: { name: '银川某商贸有限公司' },
      products: [{ name: '儿童口罩' }],
      officers: [{ username: 'officer1', displayName: '张警官' }, { username: 'officer2', displayName: '李警官' }],
      deadlines: [{ name: '办案期限', due: '2021-12-09', overdue: false }],
      penalty: null,
      credit: null,
      recall: null,
      referral: null,
      documents: [],
      evidence: [],
      timeline: [],
      processInstanceId: 'pi',
      processDefinitionId: 'case:1:1',
      activeActivityIds: ['Task_Investigate'],
      passedActivityIds: [],
    };
    mockFetch([{ path: '/api/cases/7', body: detail }]);
    renderWithApp(<CaseDetail caseRef="7" />);
    expect(await screen.findByText('李警官')).toBeInTheDocument();
    expect(screen.getByText('办案期限')).toBeInTheDocument();
    await waitFor(() => expect(screen.getAllByText('91330100716105852F').length).toBeGreaterThan(0));
  });

  it('shows not found as an error', async () => {
    mockFetch([{ path: '/api/cases/99', status: 404, body: { code: 'NOT_FOUND', message: '案件不存在' } }]);
    renderWithApp(<CaseDetail caseRef="99" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('案件不存在');
  });
});
