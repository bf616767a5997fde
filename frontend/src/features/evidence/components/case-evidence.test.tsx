import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { CaseEvidence } from './case-evidence';

const evidence = {
  id: 3,
  type: 'DOCUMENTARY',
  description: '检验报告',
  fileName: '检验报告.pdf',
  contentType: 'application/pdf',
  size: 2048,
  sha256: 'ab'.repeat(32),
  uploadedBy: 'officer1',
  uploadedAt: '2026-03-02T09:00:00Z',
  version: 1,
  supersedesId: null,
};

describe('CaseEvidence', () => {
  it('says evidence comes after filing for a lead, without asking the server', async () => {
    const { calls } = mockFetch([]);
    renderWithApp(<CaseEvidence caseRef={5} caseNo={null} />);
    expect(await screen.findByTestId('evidence-after-filing')).toHaveTextContent('立案后可上传证据');
    expect(screen.queryByText('点击或拖拽文件到此处上传')).not.toBeInTheDocument();
    expect(calls).toEqual([]);
  });

  it('lists and accepts evidence of a filed case', async () => {
    const { calls } = mockFetch([{ path: '/api/cases/7/evidence', body: [evidence] }]);
    renderWithApp(<CaseEvidence caseRef={7} caseNo="银市监处罚〔2026〕1号" />);
    expect(await screen.findByText('检验报告.pdf')).toHaveAttribute('href', '/api/evidence/3/content');
    expect(screen.getByText('点击或拖拽文件到此处上传')).toBeInTheDocument();
    expect(screen.queryByTestId('evidence-after-filing')).not.toBeInTheDocument();
    expect(calls.map((c) => c.url)).toEqual(['/api/cases/7/evidence']);
  });
});
