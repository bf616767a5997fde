import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { ModelDetail } from './model-detail';
import type { EditorProps } from './editors/editor-props';
import type { ModelList, ModelVersion } from '../types';

// bpmn-js does not run in jsdom: a stand-in that shows what the page passes to the editor
vi.mock('./editors/bpmn-editor', () => ({
  default: function BpmnEditorStub({ content, onReady, readOnly }: EditorProps) {
    useEffect(() => onReady({ getContent: async () => content, lint: async () => [] }), [content, onReady]);
    return <div data-testid="editor-stub" data-read-only={String(!!readOnly)} />;
  },
}));

// antd spaces out two-character button labels (查 看)
const VIEW = /^查\s?看$/;
const EDIT = /^编\s?辑$/;

const version = (v: number, over: Partial<ModelVersion> = {}): ModelVersion => ({
  kind: 'BPMN',
  key: 'enforcement-case',
  version: v,
  definitionId: `enforcement-case:${v}:id${v}`,
  name: '行政处罚案件办理',
  versionTag: null,
  deploymentId: `dep${v}`,
  deploymentName: 'enforcement-case',
  deploymentSource: 'CaseFlow',
  deployedAt: '2021-09-01T09:30:00+08:00',
  deployedBy: 'modeler1',
  comment: null,
  resourceName: 'caseflow/bpmn/enforcement-case.bpmn',
  runningInstances: 1,
  ...over,
});

function render(canEdit: boolean) {
  const list: ModelList = { canEdit, items: [] };
  mockFetch([
    { path: '/api/models', body: list },
    { path: '/api/models/bpmn/enforcement-case/versions', body: [version(2), version(1, { deployedBy: null, deploymentSource: null })] },
    { path: '/api/models/bpmn/enforcement-case/versions/2/content', body: '<bpmn:definitions/>' },
  ]);
  const { queryClient } = renderWithApp(<ModelDetail kind="BPMN" modelKey="enforcement-case" />, {
    url: '/modeling/bpmn/enforcement-case',
    path: '/modeling/bpmn/enforcement-case',
  });
  return { listLoaded: () => waitFor(() => expect(queryClient.getQueryState(['models'])?.status).toBe('success')) };
}

describe('ModelDetail', () => {
  it('gives a non-modeler a read-only editor without deploy, edit or migration', async () => {
    const page = render(false);
    await page.listLoaded(); // what the page shows once it knows the user may not edit
    expect(await screen.findByTestId('editor-stub')).toHaveAttribute('data-read-only', 'true');
    expect(screen.getByTestId('download-edited')).toBeInTheDocument();
    expect(screen.queryByTestId('check-and-deploy')).not.toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: '实例迁移' })).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: '版本' }));
    const versions = await screen.findByTestId('model-versions');
    expect(within(versions).getAllByRole('button', { name: VIEW })).toHaveLength(2);
    expect(within(versions).queryByRole('button', { name: EDIT })).not.toBeInTheDocument();
    // who deployed each version and when, also for the one deployed with the system
    expect(within(versions).getByText('modeler1')).toBeInTheDocument();
    expect(within(versions).getByText('随系统部署')).toBeInTheDocument();
    expect(within(versions).getAllByText(/^2021-09-01 \d\d:30$/)).toHaveLength(2);
  });

  it('gives a modeler the editor with deploy, edit and migration', async () => {
    render(true);
    await screen.findByTestId('editor-stub');
    // canEdit arrives with the model list, possibly after the editor
    expect(await screen.findByTestId('check-and-deploy')).toBeInTheDocument();
    expect(screen.getByTestId('editor-stub')).toHaveAttribute('data-read-only', 'false');
    expect(screen.getByRole('tab', { name: '实例迁移' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: '版本' }));
    const versions = await screen.findByTestId('model-versions');
    expect(within(versions).getAllByRole('button', { name: EDIT })).toHaveLength(2);
  });
});
