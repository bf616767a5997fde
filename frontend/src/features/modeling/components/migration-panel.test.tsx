import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch, type MockRoute } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { MigrationPanel } from './migration-panel';
import type { MigrationPlan, MigrationStatus } from '../types';
import { modelVersion } from '../testing/model-version';

const version = (v: number, runningInstances: number) => modelVersion(v, { runningInstances });

const plan: MigrationPlan = {
  source: { id: 'enforcement-case:2:id2', key: 'enforcement-case', version: 2, name: '行政处罚案件' },
  target: { id: 'enforcement-case:3:id3', key: 'enforcement-case', version: 3, name: '行政处罚案件' },
  instructions: [
    { sourceActivityId: 'Task_VerifyLead', sourceActivityName: '核查线索', targetActivityId: 'Task_VerifyLead', targetActivityName: '核查线索（新）' },
  ],
  unmappedActivities: [{ id: 'Task_Review', name: '复核', type: 'userTask' }],
  planFailures: [],
  instanceCount: 2,
  migratableCount: 1,
  instances: [
    { processInstanceId: 'pi-1', businessKey: '宁市监立〔2021〕1号', activityIds: ['Task_VerifyLead'], migratable: true, failures: [] },
    { processInstanceId: 'pi-2', businessKey: null, activityIds: ['Task_Review'], migratable: false, failures: ['活动 Task_Review 在目标版本中没有对应的活动'] },
  ],
};

const status = (over: Partial<MigrationStatus>): MigrationStatus => ({
  batchId: 'batch-1',
  type: 'instance-migration',
  totalJobs: 1,
  jobsCreated: 1,
  remainingJobs: 1,
  completedJobs: 0,
  failedJobs: 0,
  finished: false,
  createdBy: 'modeler1',
  startTime: '2021-09-01T09:30:00+08:00',
  endTime: null,
  failures: [],
  ...over,
});

describe('MigrationPanel', () => {
  it('shows the plan (mapping, unmapped activities, instances with reasons), starts the batch and polls it to the end', async () => {
    const batch: MockRoute = { path: '/api/models/migrations/batch-1', body: status({}) };
    const { calls } = mockFetch([
      { path: '/api/models/migrations/plan', body: plan },
      { method: 'POST', path: '/api/models/migrations', body: { batchId: 'batch-1', instances: 1, skipped: [plan.instances[1]] } },
      batch,
    ]);
    // newest first: from v2, which has running instances, to v3
    renderWithApp(<MigrationPanel versions={[version(3, 0), version(2, 2), version(1, 0)]} />);

    const panel = await screen.findByTestId('migration-panel');
    await screen.findByText('核查线索 (Task_VerifyLead)');
    expect(calls.find((c) => c.url.startsWith('/api/models/migrations/plan'))?.url).toBe(
      '/api/models/migrations/plan?source=enforcement-case%3A2%3Aid2&target=enforcement-case%3A3%3Aid3',
    );
    expect(within(panel).getByText('核查线索（新） (Task_VerifyLead)')).toBeInTheDocument();
    expect(within(panel).getByText('复核 (Task_Review)')).toBeInTheDocument();
    expect(within(panel).getByText(/共 2 个实例，其中 1 个可以迁移/)).toBeInTheDocument();

    const migratable = within(panel).getByText('pi-1').closest('tr')!;
    expect(within(migratable).getByText(/宁市监立〔2021〕1号/)).toBeInTheDocument();
    expect(within(migratable).getByText('可迁移')).toBeInTheDocument();
    const blocked = within(panel).getByText('pi-2').closest('tr')!;
    expect(within(blocked).getByText('不能迁移')).toBeInTheDocument();
    expect(within(blocked).getByText('活动 Task_Review 在目标版本中没有对应的活动')).toBeInTheDocument();
    // the instance column is named in Chinese
    expect(within(panel).getByRole('columnheader', { name: '实例' })).toBeInTheDocument();

    await userEvent.click(screen.getByTestId('migration-run'));
    const started = calls.find((c) => c.method === 'POST');
    expect(started?.body).toEqual({ source: 'enforcement-case:2:id2', target: 'enforcement-case:3:id3' });

    const result = await screen.findByTestId('migration-status');
    expect(within(result).getByText('批次')).toBeInTheDocument();
    expect(within(result).getByText('batch-1')).toBeInTheDocument();
    expect(within(result).getByText('进行中')).toBeInTheDocument();
    expect(screen.getByTestId('migration-run')).toBeDisabled();

    // the next poll (every 2 s) finds the batch finished
    batch.body = status({ remainingJobs: 0, completedJobs: 1, finished: true, endTime: '2021-09-01T09:31:00+08:00' });
    await waitFor(() => expect(within(result).getByText('已完成')).toBeInTheDocument(), { timeout: 10_000 });
    expect(within(result).getByText('作业：共 1，完成 1，失败 0')).toBeInTheDocument();
    expect(calls.filter((c) => c.url === '/api/models/migrations/batch-1').length).toBeGreaterThanOrEqual(2);
    // antd tables are slow in jsdom, and the status is polled every 2 s: room for a busy machine
  }, 40_000);
});
