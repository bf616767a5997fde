import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { ModelList } from './model-list';
import type { ModelList as ModelListBody, ModelSummary } from '../types';

const model = (over: Partial<ModelSummary>): ModelSummary => ({
  kind: 'BPMN',
  key: 'enforcement-case',
  name: '行政处罚案件办理',
  latestVersion: 3,
  versions: 3,
  latestDefinitionId: 'enforcement-case:3:abc',
  resourceName: 'caseflow/bpmn/enforcement-case.bpmn',
  deployedAt: '2021-09-01T09:30:00+08:00',
  deployedBy: 'modeler1',
  deploymentSource: 'CaseFlow',
  ...over,
});

const body = (canEdit: boolean): ModelListBody => ({
  canEdit,
  items: [
    model({}),
    model({ kind: 'DMN', key: 'penalty-discretion', name: '罚款裁量', latestVersion: 1, versions: 1, deployedBy: null, deploymentSource: 'process application' }),
    model({ kind: 'FORM', key: 'case-filing', name: 'case-filing', latestVersion: 2, versions: 2, deployedBy: null, deploymentSource: 'Camunda Modeler' }),
  ],
});

describe('ModelList', () => {
  it('lists processes, decisions and forms with versions and who deployed them', async () => {
    mockFetch([{ path: '/api/models', body: body(true) }]);
    renderWithApp(<ModelList />, { url: '/modeling', path: '/modeling' });

    const link = await screen.findByTestId('model-enforcement-case');
    expect(link).toHaveAttribute('href', '/modeling/bpmn/enforcement-case');
    const row = link.closest('tr')!;
    expect(within(row).getByText('流程')).toBeInTheDocument();
    expect(within(row).getByText('v3')).toBeInTheDocument();
    expect(within(row).getByText('modeler1')).toBeInTheDocument();
    expect(within(row).getByText(/^2021-09-01 \d\d:30$/)).toBeInTheDocument(); // local time zone

    const dmnRow = screen.getByTestId('model-penalty-discretion').closest('tr')!;
    expect(within(dmnRow).getByText('决策表')).toBeInTheDocument();
    expect(within(dmnRow).getByText('随系统部署')).toBeInTheDocument();
    const formRow = screen.getByTestId('model-case-filing').closest('tr')!;
    expect(within(formRow).getByText('表单')).toBeInTheDocument();
    expect(within(formRow).getByText('Camunda Modeler')).toBeInTheDocument();
    expect(screen.queryByTestId('models-read-only')).not.toBeInTheDocument();
  });

  it('filters by name or key and tells readers they cannot edit', async () => {
    mockFetch([{ path: '/api/models', body: body(false) }]);
    renderWithApp(<ModelList />, { url: '/modeling', path: '/modeling' });

    expect(await screen.findByTestId('models-read-only')).toHaveTextContent('只读');
    await userEvent.type(screen.getByPlaceholderText('按名称或标识筛选'), '裁量');
    expect(screen.getByTestId('model-penalty-discretion')).toBeInTheDocument();
    expect(screen.queryByTestId('model-enforcement-case')).not.toBeInTheDocument();
  });

  it('shows the error in the UI language when the list cannot be loaded', async () => {
    mockFetch([{ path: '/api/models', status: 500, body: { code: 'INTERNAL_ERROR', message: '服务器内部错误，请稍后重试或联系管理员' } }]);
    renderWithApp(<ModelList />, { url: '/modeling', path: '/modeling' });
    expect(await screen.findByText('无法加载模型')).toBeInTheDocument();
  });
});
