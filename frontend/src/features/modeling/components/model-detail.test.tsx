import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { ModelDetail } from './model-detail';
import type { EditorProps } from './editors/editor-props';
import type { ModelList, ModelVersion } from '../types';
import { modelVersion } from '../testing/model-version';

// bpmn-js does not run in jsdom: a stand-in that shows what the page passes to the editor
vi.mock('./editors/bpmn-editor', () => ({
  default: function BpmnEditorStub({ content, onReady, readOnly }: EditorProps) {
    useEffect(() => onReady({ getContent: async () => content, lint: async () => [] }), [content, onReady]);
    return <div data-testid="editor-stub" data-read-only={String(!!readOnly)} data-content={content} />;
  },
}));

// antd spaces out two-character button labels (查 看)
const VIEW = /^查\s?看$/;
const EDIT = /^编\s?辑$/;

const version = (v: number, over: Partial<ModelVersion> = {}) => modelVersion(v, { name: '行政处罚案件办理', ...over });

function render(canEdit: boolean) {
  const list: ModelList = { canEdit, items: [] };
  mockFetch([
    { path: '/api/models', body: list },
    { path: '/api/models/bpmn/enforcement-case/versions', body: [version(2), version(1, { deployedBy: null, deploymentSource: null })] },
    { path: '/api/models/bpmn/enforcement-case/versions/2/content', body: '<bpmn:definitions id="v2"/>' },
    { path: '/api/models/bpmn/enforcement-case/versions/1/content', body: '<bpmn:definitions id="v1"/>' },
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
    // no download of edits (there are none), the deployed version's file instead
    expect(screen.queryByTestId('download-edited')).not.toBeInTheDocument();
    expect(screen.getByTestId('download-version')).toHaveAttribute(
      'href',
      '/api/models/bpmn/enforcement-case/versions/2/content?download=true',
    );
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

  it('names the per-version column 版本, not 最新版本', async () => {
    render(true);
    await userEvent.click(await screen.findByRole('tab', { name: '版本' }));
    const versions = await screen.findByTestId('model-versions');
    expect(within(versions).getByRole('columnheader', { name: '版本' })).toBeInTheDocument();
    expect(within(versions).queryByRole('columnheader', { name: '最新版本' })).not.toBeInTheDocument();
  });

  it('opens an older version with that version\'s content in the editor', async () => {
    render(true);
    expect(await screen.findByTestId('editor-stub')).toHaveAttribute('data-content', '<bpmn:definitions id="v2"/>');
    expect(screen.getByText('基于第 2 版')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('tab', { name: '版本' }));
    const versions = await screen.findByTestId('model-versions');
    const v1 = within(versions).getByText('v1').closest('tr')!;
    await userEvent.click(within(v1 as HTMLElement).getByRole('button', { name: EDIT }));

    await waitFor(() => expect(screen.getByTestId('editor-stub')).toHaveAttribute('data-content', '<bpmn:definitions id="v1"/>'));
    expect(screen.getByText('基于第 1 版')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: '编辑器' })).toHaveAttribute('aria-selected', 'true');
  });
});
