import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { AppProvider } from '@/app/provider';
import { testQueryClient } from '@/testing/test-utils';
import { DiffView } from './diff-view';
import type { ModelDiff } from '../types';

const renderDiff = (diff: ModelDiff) =>
  render(
    <AppProvider queryClient={testQueryClient()}>
      <DiffView diff={diff} />
    </AppProvider>,
  );

describe('DiffView', () => {
  it('shows added, removed and changed elements with names, types and changed properties', () => {
    renderDiff({
      kind: 'BPMN',
      key: 'enforcement-case',
      baseVersion: 3,
      added: [{ id: 'Task_Approve', type: 'userTask', name: '审批' }],
      removed: [{ id: 'Task_Review', type: 'userTask', name: '复核' }],
      changed: [{ id: 'Task_Check', type: 'userTask', name: '核查线索', baseName: '核查', changes: ['name', 'camunda:candidateGroups'] }],
    });

    expect(screen.getByText('与第 3 版相比')).toBeInTheDocument();
    const added = screen.getByText('Task_Approve').closest('tr')!;
    expect(within(added).getByText('新增')).toBeInTheDocument();
    expect(within(added).getByText(/审批/)).toBeInTheDocument();
    // element types and attributes in Chinese, the model's own names kept for the tooltip
    expect(within(added).getByText('用户任务')).toHaveAttribute('data-raw', 'userTask');
    expect(within(added).queryByText('userTask')).not.toBeInTheDocument();
    const removed = screen.getByText('Task_Review').closest('tr')!;
    expect(within(removed).getByText('删除')).toBeInTheDocument();
    const changed = screen.getByText('Task_Check').closest('tr')!;
    expect(within(changed).getByText('修改')).toBeInTheDocument();
    expect(within(changed).getByText(/核查 → 核查线索/)).toBeInTheDocument();
    expect(within(changed).getByText('候选组')).toHaveAttribute('data-raw', 'camunda:candidateGroups');
    expect(within(changed).getByText('名称')).toHaveAttribute('data-raw', 'name');
  });

  it('translates flows and repeated children, and keeps what it has no name for', () => {
    renderDiff({
      kind: 'BPMN',
      key: 'enforcement-case',
      baseVersion: 3,
      added: [],
      removed: [],
      changed: [
        { id: 'Flow_1', type: 'sequenceFlow', name: null, baseName: null, changes: ['targetRef', 'extensionElements[2]', 'camunda:somethingNew'] },
      ],
    });
    const row = screen.getByText('Flow_1').closest('tr')!;
    expect(within(row).getByText('顺序流')).toBeInTheDocument();
    expect(within(row).getByText('终点')).toHaveAttribute('data-raw', 'targetRef');
    expect(within(row).getByText(/^扩展设置.* \(2\)$/)).toHaveAttribute('data-raw', 'extensionElements[2]');
    expect(within(row).getByText('camunda:somethingNew')).toBeInTheDocument();
  });

  it('says so when nothing changed', () => {
    renderDiff({ kind: 'FORM', key: 'case-filing', baseVersion: null, added: [], removed: [], changed: [] });
    expect(screen.getByText('改动')).toBeInTheDocument();
    expect(screen.getByText('没有改动')).toBeInTheDocument();
  });
});
