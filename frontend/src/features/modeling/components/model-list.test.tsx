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
    // Spring Boot's start-up auto-deployment: no user, no source
    model({ kind: 'DMN', key: 'penalty-discretion', name: '罚款裁量', latestVersion: 1, versions: 1, deployedAt: '2021-08-02T08:15:00+08:00', deployedBy: null, deploymentSource: null }),
    model({ kind: 'FORM', key: 'case-filing', name: 'case-filing', latestVersion: 2, versions: 2, deployedAt: '2021-09-03T10:45:00+08:00', deployedBy: 'admin', deploymentSource: 'Camunda Modeler' }),
    model({ kind: 'FORM', key: 'case-closure', name: 'case-closure', latestVersion: 1, versions: 1, deployedAt: '2021-08-02T08:16:00+08:00', deployedBy: null, deploymentSource: 'process application' }),
    model({ kind: 'BPMN', key: 'legacy', name: '旧流程', latestVersion: 1, versions: 1, deployedAt: '2021-07-01T07:05:00+08:00', deployedBy: null, deploymentSource: 'other tool' }),
  ],
});

/** The row of a model as { kind, version, deployedAt, deployedBy } texts (columns as on the page). */
const row = (key: string) => {
  const cells = within(screen.getByTestId(`model-${key}`).closest('tr')!).getAllByRole('cell');
  return { kind: cells[0].textContent, version: cells[3].textContent, deployedAt: cells[5].textContent, deployedBy: cells[6].textContent };
};

describe('ModelList', () => {
  it('lists processes, decisions and forms with versions, deployment time and who deployed them', async () => {
    mockFetch([{ path: '/api/models', body: body(true) }]);
    renderWithApp(<ModelList />, { url: '/modeling', path: '/modeling' });

    const link = await screen.findByTestId('model-enforcement-case');
    expect(link).toHaveAttribute('href', '/modeling/bpmn/enforcement-case');
    // times in the local time zone: the minutes survive any whole-hour offset
    expect(row('enforcement-case')).toEqual({ kind: '流程', version: 'v3', deployedAt: expect.stringMatching(/^2021-09-01 \d\d:30$/), deployedBy: 'modeler1' });
    expect(row('penalty-discretion')).toEqual({ kind: '决策表', version: 'v1', deployedAt: expect.stringMatching(/^2021-08-0\d \d\d:15$/), deployedBy: '随系统部署' });
    expect(row('case-filing')).toEqual({ kind: '表单', version: 'v2', deployedAt: expect.stringMatching(/^2021-09-0\d \d\d:45$/), deployedBy: 'admin（通过 Camunda Modeler）' });
    expect(row('case-closure')).toEqual({ kind: '表单', version: 'v1', deployedAt: expect.stringMatching(/^2021-08-0\d \d\d:16$/), deployedBy: '随系统部署' });
    expect(row('legacy').deployedBy).toBe('other tool');
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
