import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import dayjs from 'dayjs';
import { ApiError } from '@/lib/api-client';
import { renderWithApp } from '@/testing/test-utils';
import { DocumentsList } from './documents-list';
import type { CaseDocument } from '../types';

const docs: CaseDocument[] = [
  { id: 11, type: 'FILING_APPROVAL', number: '银市监立〔2026〕5号', title: '立案审批表', version: 2, createdBy: 'officer1', createdAt: '2026-03-02T09:30:00+08:00' },
  { id: 12, type: 'INQUIRY_RECORD', number: null, title: '询问笔录', version: 1, createdBy: 'officer2', createdAt: '2026-03-03T14:05:00+08:00' },
];

describe('DocumentsList', () => {
  it('lists the documents with number, version, author, time and preview/download links', async () => {
    renderWithApp(<DocumentsList documents={docs} />);
    const row = (await screen.findByText('立案审批表')).closest('tr')!;
    expect(within(row).getByText('银市监立〔2026〕5号')).toBeInTheDocument();
    expect(within(row).getByText('2')).toBeInTheDocument();
    expect(within(row).getByText('officer1')).toBeInTheDocument();
    // local time of the browser
    expect(within(row).getByText(dayjs(docs[0].createdAt).format('YYYY-MM-DD HH:mm'))).toBeInTheDocument();
    const preview = within(row).getByRole('link', { name: '预览' });
    expect(preview).toHaveAttribute('href', '/api/documents/11/content');
    expect(preview).toHaveAttribute('target', '_blank');
    const download = within(row).getByRole('link', { name: '下载' });
    expect(download).toHaveAttribute('href', '/api/documents/11/content');
    expect(download).toHaveAttribute('download', '立案审批表.pdf');
    // a document without a number shows a dash
    const second = screen.getByText('询问笔录').closest('tr')!;
    expect(within(second).getByText('—')).toBeInTheDocument();
    expect(screen.queryByText('暂无文书')).not.toBeInTheDocument();
  });

  it('shows a spinner, not "no documents", while loading', async () => {
    renderWithApp(<DocumentsList documents={[]} loading />);
    await screen.findByRole('table');
    expect(document.querySelector('.ant-spin-spinning')).not.toBeNull();
    expect(screen.queryByText('暂无文书')).not.toBeInTheDocument();
  });

  it('says there are no documents when the list loaded empty', async () => {
    renderWithApp(<DocumentsList documents={[]} />);
    expect(await screen.findByText('暂无文书')).toBeInTheDocument();
  });

  it('shows a failed load as an error with retry, not as "no documents"', async () => {
    const onRetry = vi.fn();
    renderWithApp(
      <DocumentsList documents={[]} error={new ApiError(500, 'INTERNAL', '服务器内部错误')} onRetry={onRetry} />,
    );
    expect(await screen.findByText('文书加载失败')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('服务器内部错误');
    expect(screen.queryByText('暂无文书')).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });
});
