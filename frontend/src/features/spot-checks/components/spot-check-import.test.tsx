import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/lib/i18n';
import { fakeXhr, type XhrRequest } from '@/testing/fake-xhr';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { SpotCheckImport } from './spot-check-import';

const errors = [
  { row: 3, field: 'uscc', message: '统一社会信用代码校验位不正确' },
  { row: 5, field: 'reportNo', message: '检验报告编号已导入' },
];
const check = { dryRun: true, rows: 4, valid: 2, rejected: 2, followUps: 1, errors };

const isCheck = (r: XhrRequest) => new URL(r.url, 'http://localhost').searchParams.get('dryRun') === 'true';

function answering() {
  return fakeXhr((r) =>
    isCheck(r)
      ? { status: 200, body: check }
      : { status: 200, body: { batchId: 8, imported: 2, rejected: 2, followUpsStarted: 1, errors } },
  );
}

async function pick() {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  await userEvent.upload(input, new File(['a,b\n1,2\n'], '抽检结果.csv', { type: 'text/csv' }));
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await act(() => i18n.changeLanguage('zh-CN'));
});

describe('SpotCheckImport', () => {
  it('checks the file first, shows the counts and row errors by column header, imports when confirmed', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    mockFetch([]);
    const requests = answering();
    renderWithApp(<SpotCheckImport />);
    await userEvent.click(screen.getByLabelText('只导入正确的行'));
    await pick();

    const checked = await screen.findByTestId('spot-check-check');
    expect(checked).toHaveTextContent('已检查 抽检结果.csv：共 4 行，正确 2 行，有错误 2 行（尚未导入）');
    // the file name is the user's text: marked so the no-English browser check leaves it out
    expect(checked.querySelector('[data-no-english-check]')).toHaveTextContent(/^抽检结果\.csv$/);
    expect(requests).toHaveLength(1);
    expect(requests[0].url).toBe('/api/spot-checks/import?dryRun=true&mode=good-rows');
    const table = screen.getByTestId('spot-check-errors');
    expect(within(table).getByText('统一社会信用代码')).toBeInTheDocument();
    expect(within(table).getByText('检验报告编号')).toBeInTheDocument();
    expect(within(table).queryByText('uscc')).not.toBeInTheDocument();
    expect(screen.queryByTestId('spot-check-result')).not.toBeInTheDocument();

    await userEvent.click(screen.getByTestId('spot-check-confirm'));
    expect(await screen.findByTestId('spot-check-result')).toHaveTextContent('导入 2 行，拒绝 2 行');
    expect(requests).toHaveLength(2);
    expect(requests[1].url).toBe('/api/spot-checks/import?mode=good-rows');
    expect((requests[1].form.get('file') as File).name).toBe('抽检结果.csv');
    expect(screen.queryByTestId('spot-check-check')).not.toBeInTheDocument();
  });

  it('does not offer to import a file with bad rows in all-or-nothing mode; cancel imports nothing', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    mockFetch([]);
    const requests = answering();
    renderWithApp(<SpotCheckImport />);
    await pick();
    expect(await screen.findByTestId('spot-check-check')).toHaveTextContent('不导入任何数据');
    expect(requests[0].url).toBe('/api/spot-checks/import?dryRun=true&mode=all-or-nothing');
    expect(screen.getByTestId('spot-check-confirm')).toBeDisabled();
    // switching to good rows after the check: the two good rows can be imported
    await userEvent.click(screen.getByLabelText('只导入正确的行'));
    expect(screen.getByTestId('spot-check-confirm')).toBeEnabled();
    expect(screen.getByTestId('spot-check-confirm')).toHaveTextContent('确认导入 2 行');
    await userEvent.click(screen.getByTestId('spot-check-cancel'));
    expect(screen.queryByTestId('spot-check-check')).not.toBeInTheDocument();
    expect(requests).toHaveLength(1);
  });

  it('names the fields in English when the UI is English', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    mockFetch([]);
    answering();
    await act(() => i18n.changeLanguage('en'));
    renderWithApp(<SpotCheckImport />);
    await pick();
    const table = await screen.findByTestId('spot-check-errors');
    await waitFor(() => expect(within(table).getByText('Unified social credit code')).toBeInTheDocument());
    expect(within(table).getByText('Test report no.')).toBeInTheDocument();
  });
});
