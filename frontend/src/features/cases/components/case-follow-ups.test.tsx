import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { caseStrings } from '../i18n';
import { CaseDetail } from './case-detail';
import { CasesList } from './cases-list';
import type { CaseDetail as CaseDetailType, CaseRow } from '../types';

const row: CaseRow = {
  id: 9,
  leadId: 9,
  caseNo: '银市监处罚〔2026〕9号',
  partyName: '马某',
  partyUscc: null,
  partyIdNo: '6401**********201X',
  campaignCode: 'FYKZ-2021',
  campaignName: '口罩专项',
  agencyCode: 'NX-YC',
  agencyName: '银川市市场监督管理局',
  stage: 'EXECUTION',
  source: 'COMPLAINT',
  registeredAt: '2026-03-02T09:00:00+08:00',
  filedAt: '2026-03-03',
  due: null,
  overdue: false,
};

const detail: CaseDetailType = {
  ...row,
  party: { type: 'PERSON', name: '马某', uscc: null, idNo: '6401**********201X', idNoMasked: true, address: null },
  products: [],
  officers: [],
  deadlines: [],
  penalty: null,
  credit: {
    status: 'PUBLISHED',
    decisionNo: '银市监罚决〔2026〕4号',
    decisionDate: '2026-03-02',
    publicationDueDate: '2026-03-30',
    overdue: false,
    publishedDate: '2026-03-10',
    publicationRecordId: 'GS-0001',
    idempotencyKey: '银市监罚决〔2026〕4号',
    penaltyKind: 'FINE',
    publicationPeriod: 'P3M',
    handlingOfficer: 'officer1',
    attempts: 2,
    lastError: null,
    endReason: null,
    endedAt: null,
    process: {
      processInstanceId: 'credit-pi',
      processDefinitionId: 'credit-publication:1:1',
      state: 'RUNNING',
      startedAt: '2026-03-02T10:00:00+08:00',
      endedAt: null,
      currentSteps: [{ activityId: 'Timer_PublicationPeriodElapsed', name: '公示期满（3个月或3年）', incident: false }],
    },
  },
  recall: {
    productName: '儿童口罩',
    defectSource: 'CASE',
    defectDescription: '过滤效率不合格',
    hazardLevel: 'SERIOUS',
    defectConclusion: null,
    recallOrdered: false,
    recallOrderNo: null,
    recallOrderDate: null,
    recallPlanDueDate: '2026-03-09',
    recallPlanRef: 'ZH-2026-001',
    recallPlanPublishedDate: '2026-03-05',
    summaryReportDueDate: '2026-03-23',
    recallSummaryRef: null,
    recalledQuantity: 1200,
    evaluationResult: null,
    recallOutcome: null,
    process: {
      processInstanceId: 'recall-pi',
      processDefinitionId: 'product-recall:1:1',
      state: 'RUNNING',
      startedAt: '2026-03-02T10:00:00+08:00',
      endedAt: null,
      currentSteps: [{ activityId: 'Task_PublishRecallPlan', name: '审查并公布召回计划', incident: true }],
    },
  },
  referral: {
    referrals: 1,
    suspectedCrime: 'CRIMINAL_LAW_140',
    documentNo: '银市监移送〔2026〕1号',
    referralDecision: 'APPROVED',
    referralRejectionReason: null,
    receivingAuthority: '银川市公安局金凤区分局',
    transferDate: '2026-03-04',
    transferReceiptNo: 'HZ-001',
    procuratorateCopied: true,
    policeAccepted: false,
    policeDecisionNo: '银公（金）不立字〔2026〕8号',
    policeDecisionDate: '2026-03-06',
    reconsiderationDecision: 'NO_REQUEST',
    referralOutcome: 'NOT_ACCEPTED',
    process: {
      processInstanceId: 'referral-pi',
      processDefinitionId: 'judicial-referral:1:1',
      state: 'FINISHED',
      startedAt: '2026-03-03T10:00:00+08:00',
      endedAt: '2026-03-07T10:00:00+08:00',
      currentSteps: [],
    },
  },
  documents: [],
  evidence: [],
  timeline: [],
  processInstanceId: 'pi',
  processDefinitionId: 'enforcement-case:1:1',
  activeActivityIds: [],
  passedActivityIds: [],
};

const CODES = /\b(PUBLISHED|RUNNING|FINISHED|FINE|P3M|SERIOUS|CASE|APPROVED|NO_REQUEST|NOT_ACCEPTED|CRIMINAL_LAW_140)\b/;

async function openTab(name: string) {
  fireEvent.click(await screen.findByRole('tab', { name }));
}

describe('CaseDetail follow-up sections', () => {
  afterEach(async () => {
    await act(async () => {
      await i18n.changeLanguage('zh-CN');
    });
  });

  it('shows credit publication: status, statutory deadline, publicity record, its process', async () => {
    mockFetch([{ path: '/api/cases/9', body: detail }]);
    renderWithApp(<CaseDetail caseRef="9" />);
    await openTab('信用公示');
    const section = await screen.findByTestId('follow-up-credit');
    expect(within(section).getByText('公示状态')).toBeInTheDocument();
    expect(within(section).getByText('已公示')).toBeInTheDocument();
    expect(within(section).getByText('法定公示期限（决定之日起20个工作日）')).toBeInTheDocument();
    expect(within(section).getByText('2026-03-30')).toBeInTheDocument();
    expect(within(section).getByText('GS-0001')).toBeInTheDocument();
    expect(within(section).getByText('推送幂等键')).toBeInTheDocument();
    expect(within(section).getByText('三个月')).toBeInTheDocument();
    expect(within(section).getByText('办理中')).toBeInTheDocument();
    expect(within(section).getByText('公示期满（3个月或3年）')).toBeInTheDocument();
    expect(section.textContent).not.toMatch(CODES);
  });

  it('shows the recall with its deadlines and quantity, a failed step marked', async () => {
    mockFetch([{ path: '/api/cases/9', body: detail }]);
    renderWithApp(<CaseDetail caseRef="9" />);
    await openTab('召回');
    const section = await screen.findByTestId('follow-up-recall');
    expect(within(section).getByText('召回计划提交期限')).toBeInTheDocument();
    expect(within(section).getByText('2026-03-09')).toBeInTheDocument();
    expect(within(section).getByText('总结报告提交期限')).toBeInTheDocument();
    expect(within(section).getByText('1200')).toBeInTheDocument();
    expect(within(section).getByText('严重')).toBeInTheDocument();
    expect(within(section).getByText('案件办理')).toBeInTheDocument();
    expect(within(section).getByText(/审查并公布召回计划/)).toHaveTextContent('审查并公布召回计划（故障）');
    expect(section.textContent).not.toMatch(CODES);
  });

  it('shows the referral: document, receiving police organ, transfer date, the reply, finished', async () => {
    mockFetch([{ path: '/api/cases/9', body: detail }]);
    renderWithApp(<CaseDetail caseRef="9" />);
    await openTab('涉嫌犯罪移送');
    const section = await screen.findByTestId('follow-up-referral');
    expect(within(section).getByText('银市监移送〔2026〕1号')).toBeInTheDocument();
    expect(within(section).getByText('接收的公安机关')).toBeInTheDocument();
    expect(within(section).getByText('银川市公安局金凤区分局')).toBeInTheDocument();
    expect(within(section).getByText('2026-03-04')).toBeInTheDocument();
    expect(within(section).getByText('公安机关不予立案')).toBeInTheDocument();
    expect(within(section).getByText('不提请复议')).toBeInTheDocument();
    expect(within(section).getByText('生产、销售伪劣产品罪（刑法第140条）')).toBeInTheDocument();
    expect(within(section).getByText('已结束')).toBeInTheDocument();
    expect(section.textContent).not.toMatch(CODES);
  });

  it('says not applicable when the case has no such process', async () => {
    mockFetch([{ path: '/api/cases/9', body: { ...detail, credit: null, recall: null, referral: null } }]);
    renderWithApp(<CaseDetail caseRef="9" />);
    for (const tab of ['信用公示', '召回', '涉嫌犯罪移送']) {
      await openTab(tab);
      expect(await screen.findByText('不适用')).toBeInTheDocument();
      expect(screen.queryByTestId('follow-up-process')).not.toBeInTheDocument();
    }
  });

  it('speaks English when the UI does', async () => {
    mockFetch([{ path: '/api/cases/9', body: detail }]);
    await act(async () => {
      await i18n.changeLanguage('en');
    });
    renderWithApp(<CaseDetail caseRef="9" />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Credit publication' }));
    const section = await screen.findByTestId('follow-up-credit');
    expect(within(section).getByText('Publication status')).toBeInTheDocument();
    expect(within(section).getByText('Published')).toBeInTheDocument();
    expect(within(section).getByText('Running')).toBeInTheDocument();
    // labels and codes in English; only the case's own data (numbers, the model's step names) stays Chinese
    expect(section.textContent).not.toMatch(/公示状态|已公示|办理中|法定公示期限|推送幂等键|三个月/);
    expect(within(section).getByText('Statutory deadline (20 working days after the decision)')).toBeInTheDocument();
  });

  it('marks a masked ID number on the overview', async () => {
    mockFetch([{ path: '/api/cases/9', body: detail }]);
    renderWithApp(<CaseDetail caseRef="9" />);
    expect(await screen.findByTestId('id-no-masked')).toHaveTextContent('仅本案承办人员和本局负责人可查看完整号码');
    expect(screen.getAllByText('6401**********201X').length).toBeGreaterThan(0);
    expect(screen.getByText('个人')).toBeInTheDocument();
  });

  it('has every follow-up string in both languages', () => {
    const keys = (o: object, p = ''): string[] =>
      Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' ? keys(v, `${p}${k}.`) : [`${p}${k}`]));
    expect(keys(caseStrings.en)).toEqual(keys(caseStrings['zh-CN']));
    const values = (o: object): string[] => Object.values(o).flatMap((v) => (typeof v === 'object' ? values(v) : [v]));
    expect(values(caseStrings.en).filter((v) => /[\u4e00-\u9fff]/u.test(v))).toEqual([]);
    expect(values(caseStrings['zh-CN']).every((v) => v.length > 0)).toBe(true);
  });
});

describe('CasesList party column', () => {
  it('shows a person by name with the masked ID number', async () => {
    mockFetch([
      { path: '/api/campaigns', body: [] },
      { path: '/api/cases', body: { items: [row], total: 1, page: 0, size: 20 } },
    ]);
    renderWithApp(<CasesList />, { url: '/cases', path: '/cases' });
    expect(await screen.findByText('马某')).toBeInTheDocument();
    expect(screen.getByText('6401**********201X')).toBeInTheDocument();
  });
});
