import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithApp } from '@/testing/test-utils';
import { mockFetch } from '@/testing/mock-fetch';
import { PublicTypicalCases } from './public-typical-cases';

describe('PublicTypicalCases', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists published cases with the masked party and filters by campaign from the URL', async () => {
    const { calls } = mockFetch([
      {
        path: '/api/public/typical-cases',
        body: [
          {
            id: 1, campaignCode: 'HMZL-2021', campaignName: '儿童老年用品“护苗助老”关爱行动', agencyName: '银川市市场监督管理局',
            title: '张某使用未检定计量器具案', partyDisplay: '张某', facts: '为儿童配镜时使用未经检定的焦度计。',
            legalBasis: '《计量法》第二十六条', penalty: '罚款5000元', decisionNo: '银市监罚决〔2021〕1号', publishedAt: '2021-11-02T10:00:00Z',
          },
        ],
      },
    ]);
    renderWithApp(<PublicTypicalCases />, { url: '/public/typical-cases?campaign=HMZL-2021', path: '/public/typical-cases' });
    expect(await screen.findByText('张某使用未检定计量器具案')).toBeInTheDocument();
    expect(screen.getByText('张某')).toBeInTheDocument();
    expect(screen.getByText('罚款5000元')).toBeInTheDocument();
    expect(calls[0].url).toContain('campaign=HMZL-2021');
  });

  it('says so when nothing is published', async () => {
    mockFetch([{ path: '/api/public/typical-cases', body: [] }]);
    renderWithApp(<PublicTypicalCases />, { url: '/public/typical-cases', path: '/public/typical-cases' });
    expect(await screen.findByText('暂无公布的典型案例')).toBeInTheDocument();
  });
});
