import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeXhr } from '@/testing/fake-xhr';
import { mockFetch, type MockRoute } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { AdImport } from './ad-import';
import { AdMonitoringPage } from './ad-monitoring-page';
import { AdRecordForm } from './ad-record-form';
import { KeyPeriodsPage } from './key-periods';

const campaigns: MockRoute = { path: '/api/campaigns', body: [{ code: 'HMZL-2021', name: '儿童老年用品“护苗助老”关爱行动' }] };

async function chooseOption(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  fireEvent.click(await screen.findByTitle(option));
}

function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

const record = {
  id: 7, campaignCode: 'HMZL-2021', agencyCode: 'NX-YC', media: '银川电视台', advertiserName: '宁夏康泰保健品有限公司',
  advertiserUscc: '91330100716105852F', productCategory: 'HEALTH_FOOD', productName: '增高钙片', adDate: '2021-06-10',
  violationType: 'FAKE_EXPERT', violation: true, description: null, entryMode: 'ENTERED', keyPeriods: ['JUNE_18'],
  leadId: 42, createdAt: '2021-06-11T02:00:00Z', createdBy: 'officer1',
};

describe('ad monitoring', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists records with Chinese labels, key periods and the lead', async () => {
    const { calls } = mockFetch([campaigns, { path: '/api/ad-monitoring/records', body: { items: [record], total: 1, page: 0, size: 20 } }]);
    renderWithApp(<AdMonitoringPage />);
    expect(await screen.findByText('宁夏康泰保健品有限公司')).toBeInTheDocument();
    expect(screen.getByText('保健食品')).toBeInTheDocument();
    expect(screen.getByText('冒充专家推荐')).toBeInTheDocument();
    expect(screen.getByText('6·18')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '线索 #42' })).toHaveAttribute('href', '/cases/42');
    expect(calls[0].url).toContain('/api/ad-monitoring/records');
  });

  it('submits a record and shows the server field errors on their fields', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    const { calls } = mockFetch([
      campaigns,
      {
        method: 'POST', path: '/api/ad-monitoring/records', status: 400,
        body: { code: 'VALIDATION_FAILED', message: '校验失败', fieldErrors: [{ field: 'adDate', message: '广告发布日期不能晚于今天：2099-01-01' }] },
      },
    ]);
    renderWithApp(<AdRecordForm />);
    await waitFor(() => expect(calls.some((c) => c.url === '/api/campaigns')).toBe(true));
    await chooseOption('专项行动', '儿童老年用品“护苗助老”关爱行动');
    fill('发布媒体', '银川电视台');
    fill('广告主名称', '宁夏康泰保健品有限公司');
    fill('广告主统一社会信用代码', '91330100716105852f');
    await chooseOption('广告类别', '保健食品');
    fill('产品/服务名称', '增高钙片');
    fill('发布日期', '2099-01-01');
    await chooseOption('违法情形', '冒充专家推荐');
    await userEvent.setup().click(screen.getByTestId('ad-record-submit'));
    expect(await screen.findByText('广告发布日期不能晚于今天：2099-01-01')).toBeInTheDocument();
    const post = calls.find((c) => c.method === 'POST')!;
    expect(post.body).toMatchObject({
      campaignCode: 'HMZL-2021', advertiserUscc: '91330100716105852F', productCategory: 'HEALTH_FOOD',
      violationType: 'FAKE_EXPERT', adDate: '2099-01-01',
    });
  }, 90_000);

  it('lets an admin change a year of key periods and shows errors per range', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    const periods = { year: 2021, years: [2021], updatedAt: null, updatedBy: null,
      periods: [{ code: 'JUNE_18', label: '6·18', startDate: '2021-06-01', endDate: '2021-06-20' }] };
    const { calls } = mockFetch([
      { path: '/api/me', body: { username: 'admin', displayName: '系统管理员', groups: ['camunda-admin'], agency: null, locale: 'zh-CN' } },
      { path: '/api/ad-monitoring/key-periods', body: periods },
      {
        method: 'PUT', path: '/api/ad-monitoring/key-periods', status: 400,
        body: { code: 'VALIDATION_FAILED', message: '校验失败', fieldErrors: [{ field: 'periods[0].endDate', message: '结束日期不能早于开始日期' }] },
      },
    ]);
    renderWithApp(<KeyPeriodsPage initialYear={2021} />);
    const end = await screen.findByLabelText('结束日期 1');
    fireEvent.change(end, { target: { value: '2021-05-01' } });
    fireEvent.click(screen.getByTestId('periods-save'));
    expect(await screen.findByText('结束日期不能早于开始日期')).toBeInTheDocument();
    const put = calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({ year: 2021, periods: [{ code: 'JUNE_18', startDate: '2021-06-01', endDate: '2021-05-01' }] });
  });

  it('shows the key periods read-only to others', async () => {
    mockFetch([
      { path: '/api/me', body: { username: 'officer1', displayName: '张伟', groups: ['officers'], agency: null, locale: 'zh-CN' } },
      { path: '/api/ad-monitoring/key-periods', body: { year: 2021, years: [2021], updatedAt: null, updatedBy: null,
        periods: [{ code: 'SCHOOL_BREAK', label: '寒暑假', startDate: '2021-07-01', endDate: '2021-08-31' }] } },
    ]);
    renderWithApp(<KeyPeriodsPage initialYear={2021} />);
    expect(await screen.findByText('寒暑假')).toBeInTheDocument();
    expect(screen.getByText('2021-08-31')).toBeInTheDocument();
    expect(screen.queryByTestId('periods-save')).not.toBeInTheDocument();
  });
});

describe('ad monitoring import', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('checks the file first, imports on confirm and names a row error’s field by its column header', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    mockFetch([campaigns]);
    const rowError = { row: 3, field: 'advertiserUscc', message: '统一社会信用代码校验位不正确' };
    const requests = fakeXhr((request) =>
      request.url.includes('dryRun=true')
        ? { status: 200, body: { dryRun: true, rows: 2, valid: 1, rejected: 1, errors: [rowError] } }
        : { status: 200, body: { imported: 1, rejected: 1, errors: [rowError], fieldErrors: [] } },
    );
    renderWithApp(<AdImport />);
    await userEvent.click(screen.getByLabelText('只导入正确的行'));
    await userEvent.upload(document.querySelector('input[type=file]') as HTMLInputElement, new File(['x'], '监测.csv', { type: 'text/csv' }));
    expect(await screen.findByTestId('ad-import-check')).toBeInTheDocument();
    expect(requests).toHaveLength(1);
    expect(requests[0].url).toBe('/api/ad-monitoring/records/import?dryRun=true&mode=good-rows');
    const checkErrors = screen.getByTestId('ad-import-errors');
    expect(within(checkErrors).getByText('统一社会信用代码')).toBeInTheDocument();
    expect(within(checkErrors).queryByText('advertiserUscc')).not.toBeInTheDocument();
    expect(screen.queryByTestId('ad-import-result')).not.toBeInTheDocument();

    await userEvent.click(screen.getByTestId('ad-import-confirm'));
    expect(await screen.findByTestId('ad-import-result')).toHaveTextContent('导入 1 行，拒绝 1 行');
    expect(requests).toHaveLength(2);
    expect(requests[1].url).toBe('/api/ad-monitoring/records/import?mode=good-rows');
  });
});
