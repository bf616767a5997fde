import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useMutation } from '@tanstack/react-query';
import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '@/lib/api-client';
import type { ImportInput, ImportResult } from '@/lib/file-import';
import { renderWithApp } from '@/testing/test-utils';
import { FileImport } from './file-import';

function Harness({ upload }: { upload: (input: ImportInput) => Promise<ImportResult> }) {
  const importer = useMutation({ mutationFn: upload });
  return <FileImport importer={importer} testId="x" intro={<p>导入说明</p>} />;
}

const csv = () => new File(['a,b\n1,2\n'], '抽检.csv', { type: 'text/csv' });

async function pick(file: File) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  await userEvent.upload(input, file);
}

describe('FileImport', () => {
  it('uploads in the chosen mode and shows the counts', async () => {
    const upload = vi.fn(async (input: ImportInput) => {
      input.onProgress?.(50);
      return { imported: 3, rejected: 1, errors: [{ row: 4, field: 'uscc', message: '校验码错误' }] };
    });
    renderWithApp(<Harness upload={upload} />);
    expect(screen.getByText('导入说明')).toBeInTheDocument();
    await userEvent.click(screen.getByLabelText('只导入正确的行'));
    await pick(csv());
    expect(await screen.findByTestId('x-result')).toHaveTextContent('导入 3 行，拒绝 1 行');
    expect(upload.mock.calls[0][0]).toMatchObject({ mode: 'good-rows' });
    expect(upload.mock.calls[0][0].file.name).toBe('抽检.csv');
    const errors = screen.getByTestId('x-errors');
    expect(within(errors).getByText('校验码错误')).toBeInTheDocument();
    expect(within(errors).getByText('uscc')).toBeInTheDocument();
  });

  it('lists the row errors of a rejected all-or-nothing import', async () => {
    const upload = vi.fn(async () => {
      throw new ApiError(400, 'IMPORT_REJECTED', '导入失败', [], { imported: 0, rejected: 1, errors: [{ row: 2, field: 'batchNo', message: '必填' }] });
    });
    renderWithApp(<Harness upload={upload} />);
    await pick(csv());
    expect(await screen.findByTestId('x-result')).toHaveTextContent('导入 0 行，拒绝 1 行');
    expect(screen.getByTestId('x-result')).toHaveTextContent('存在错误，未导入任何数据');
    expect(upload.mock.calls[0]).toBeDefined();
    expect(within(screen.getByTestId('x-errors')).getByText('必填')).toBeInTheDocument();
  });

  it('shows other failures as an error message', async () => {
    renderWithApp(<Harness upload={async () => Promise.reject(new ApiError(413, 'UPLOAD_TOO_LARGE', '文件超过 50 MB'))} />);
    await pick(csv());
    await waitFor(() => expect(screen.getByRole('alert')).toHaveTextContent('文件超过 50 MB'));
    expect(screen.queryByTestId('x-result')).not.toBeInTheDocument();
  });
});
