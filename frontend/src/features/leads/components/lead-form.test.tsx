import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, type MockRoute } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { LeadForm } from './lead-form';

const base: MockRoute[] = [{ path: '/api/campaigns', body: [{ code: 'HMZL-2021', name: '儿童老年用品“护苗助老”关爱行动' }] }];

/** antd Select opens on mouse down; options carry their label as title */
async function chooseOption(label: string, option: string) {
  fireEvent.mouseDown(screen.getByLabelText(label));
  fireEvent.click(await screen.findByTitle(option));
}

/** typing key by key re-renders the whole antd form per key: too slow for long values */
function fill(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

describe('LeadForm', () => {
  it('checks the USCC while typing', async () => {
    mockFetch(base);
    renderWithApp(<LeadForm />);
    const input = screen.getByLabelText('统一社会信用代码');
    fill('统一社会信用代码', '91330i');
    expect(await screen.findByText('第 6 位“I”不是有效字符（不使用 I、O、Z、S、V）')).toBeInTheDocument();
    fill('统一社会信用代码', '9133010071610585');
    expect(await screen.findByText('统一社会信用代码应为 18 位（当前 16 位）')).toBeInTheDocument();
    fill('统一社会信用代码', '91330100716105852A');
    expect(await screen.findByText('校验码错误：最后一位应为“F”')).toBeInTheDocument();
    fill('统一社会信用代码', '91330100716105852f');
    expect(input).toHaveValue('91330100716105852F');
    expect(await screen.findByText('校验通过')).toBeInTheDocument();
  });

  it('lists sources with Chinese labels and submits the lead', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    const { calls } = mockFetch([...base, { method: 'POST', path: '/api/leads', status: 201, body: { leadId: 42, processInstanceId: 'p1' } }]);
    renderWithApp(<LeadForm />);
    const user = userEvent.setup({ delay: null });
    await waitFor(() => expect(calls.some((c) => c.url === '/api/campaigns')).toBe(true));
    await chooseOption('专项行动', '儿童老年用品“护苗助老”关爱行动');
    await chooseOption('线索来源', '监督抽查');
    fill('当事人名称', '银川某商贸有限公司');
    fill('统一社会信用代码', '91330100716105852F');
    fill('线索描述', '儿童口罩过滤效率不合格');
    fill('产品名称', '儿童口罩');
    fill('不合格项目', '过滤效率');
    await user.click(screen.getByTestId('lead-submit'));
    // a lasting note with a link to the new lead's case page, besides the toast
    expect(await screen.findByTestId('lead-created')).toHaveTextContent('线索已登记（编号 42）');
    expect(screen.getByTestId('lead-created-link')).toHaveAttribute('href', '/cases/42');
    expect(screen.getByTestId('lead-created-link')).toHaveTextContent('查看该线索');
    const post = calls.find((c) => c.url === '/api/leads')!;
    expect(post.body).toMatchObject({
      campaignCode: 'HMZL-2021',
      source: 'SPOT_CHECK',
      partyType: 'ORGANISATION',
      partyName: '银川某商贸有限公司',
      partyUscc: '91330100716105852F',
      productName: '儿童口罩',
      nonConformingItems: '过滤效率',
    });
  });

  it('asks a natural person for an ID number, not a USCC, and checks it', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    const { calls } = mockFetch([...base, { method: 'POST', path: '/api/leads', status: 201, body: { leadId: 43, processInstanceId: 'p2' } }]);
    renderWithApp(<LeadForm />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByText('个人'));
    expect(screen.queryByLabelText('统一社会信用代码')).not.toBeInTheDocument();
    fill('身份证件号码', '640102199001011234');
    expect(await screen.findByText(/证件号码无效/)).toBeInTheDocument();
    fill('身份证件号码', '640102199001011237');
    await waitFor(() => expect(screen.queryByText(/证件号码无效/)).not.toBeInTheDocument());
    await waitFor(() => expect(calls.some((c) => c.url === '/api/campaigns')).toBe(true));
    await chooseOption('专项行动', '儿童老年用品“护苗助老”关爱行动');
    await chooseOption('线索来源', '投诉举报');
    fill('当事人名称', '王某');
    fill('住所（住址）', '银川市兴庆区解放东街1号');
    fill('线索描述', '使用未经检定的焦度计');
    fill('产品名称', '儿童眼镜');
    await user.click(screen.getByTestId('lead-submit'));
    expect(await screen.findByTestId('lead-created')).toBeInTheDocument();
    expect(calls.find((c) => c.url === '/api/leads')!.body).toMatchObject({
      partyType: 'PERSON',
      partyIdNo: '640102199001011237',
      partyAddress: '银川市兴庆区解放东街1号',
    });
  });

  it('shows server field errors on their fields and required messages', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    mockFetch([
      ...base,
      {
        method: 'POST',
        path: '/api/leads',
        status: 400,
        body: { code: 'VALIDATION_FAILED', message: '校验失败', fieldErrors: [{ field: 'partyName', message: '当事人已被列入黑名单' }] },
      },
    ]);
    renderWithApp(<LeadForm />);
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByTestId('lead-submit'));
    expect(await screen.findByText('请选择专项行动')).toBeInTheDocument();
    expect(screen.getByText('单位当事人必须填写统一社会信用代码')).toBeInTheDocument();

    await chooseOption('专项行动', '儿童老年用品“护苗助老”关爱行动');
    await chooseOption('线索来源', '投诉举报');
    fill('当事人名称', '某公司');
    fill('统一社会信用代码', '91110000802100433B');
    fill('线索描述', '投诉');
    fill('产品名称', '老花镜');
    await user.click(screen.getByTestId('lead-submit'));
    expect(await screen.findByText('当事人已被列入黑名单')).toBeInTheDocument();
  });
});
