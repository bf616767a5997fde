import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeXhr } from '@/testing/fake-xhr';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { EvidencePanel } from './evidence-panel';

const fileName = (form: FormData) => (form.get('file') as File).name;

const stored = {
  id: 9,
  type: 'DOCUMENTARY',
  description: '',
  fileName: '询问笔录.pdf',
  contentType: 'application/pdf',
  size: 10,
  sha256: 'cd'.repeat(32),
  uploadedBy: 'officer1',
  uploadedAt: '2026-03-02T09:00:00Z',
  version: 1,
  supersedesId: null,
};

afterEach(() => vi.unstubAllGlobals());

describe('EvidencePanel upload', () => {
  it('shows each file’s own result when several files are uploaded at once and one fails', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    mockFetch([{ path: '/api/cases/7/evidence', body: [] }]);
    // the first file fails (413) and answers last but one; the second succeeds first
    const requests = fakeXhr(({ form }) =>
      fileName(form) === '现场视频.mp4'
        ? { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: '' }, delay: 40 }
        : { status: 201, body: stored, delay: 5 },
    );
    const { container } = renderWithApp(<EvidencePanel caseRef={7} />);
    await screen.findByText('暂无证据材料');
    const input = container.querySelector('input[type="file"]') as HTMLInputElement;
    await userEvent.upload(input, [
      new File(['video'], '现场视频.mp4', { type: 'video/mp4' }),
      new File(['pdf'], '询问笔录.pdf', { type: 'application/pdf' }),
    ]);
    await waitFor(() => expect(requests.map((r) => fileName(r.form))).toEqual(['现场视频.mp4', '询问笔录.pdf']));
    expect(requests.every((r) => r.url === '/api/cases/7/evidence')).toBe(true);

    const rows = await screen.findAllByTestId('evidence-upload');
    expect(rows).toHaveLength(2);
    const row = (name: string) => screen.getAllByTestId('evidence-upload').find((r) => r.textContent?.includes(name))!;
    await waitFor(() => expect(row('询问笔录.pdf')).toHaveAttribute('data-status', 'done'));
    await waitFor(() => expect(row('现场视频.mp4')).toHaveAttribute('data-status', 'error'));
    expect(within(row('现场视频.mp4')).getByRole('alert')).toHaveTextContent('现场视频.mp4 上传失败：文件过大');
    expect(within(row('询问笔录.pdf')).queryByRole('alert')).not.toBeInTheDocument();
    // nothing keeps spinning
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('shows a file’s progress while it uploads', async () => {
    document.cookie = 'XSRF-TOKEN=tok';
    mockFetch([{ path: '/api/cases/7/evidence', body: [] }]);
    fakeXhr(() => ({ status: 201, body: stored, delay: 400 }));
    const { container } = renderWithApp(<EvidencePanel caseRef={7} />);
    await screen.findByText('暂无证据材料');
    await userEvent.upload(container.querySelector('input[type="file"]') as HTMLInputElement, [
      new File(['pdf'], '询问笔录.pdf', { type: 'application/pdf' }),
    ]);
    const bar = await screen.findByRole('progressbar');
    await waitFor(() => expect(bar).toHaveAttribute('aria-valuenow', '50'));
    await waitFor(() => expect(screen.getByTestId('evidence-upload')).toHaveAttribute('data-status', 'done'));
  });
});
