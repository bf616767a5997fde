import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { describe, expect, it, vi } from 'vitest';
import i18n from '@/lib/i18n';
import { mockFetch } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { ModelWorkbench } from './model-workbench';
import type { EditorProps } from './editors/editor-props';
import type { ModelDiff, ModelVersion } from '../types';
import { modelVersion } from '../testing/model-version';

// bpmn-js does not run in jsdom: a stand-in with the edited content and one lint finding
const mounts: string[] = [];
vi.mock('./editors/bpmn-editor', () => ({
  default: function BpmnEditorStub({ onReady, content }: EditorProps) {
    useEffect(() => {
      mounts.push(content);
    }, [content]);
    useEffect(
      () =>
        onReady({
          getContent: async () => '<bpmn:definitions id="edited"/>',
          lint: async () => [
            { rule: 'label-required', id: 'Gateway_1', name: null, message: 'Element is missing label/name', category: 'warn' },
            { rule: 'no-implicit-end', id: 'Task_Check', name: '核查线索', message: 'Element is an implicit end', category: 'error' },
          ],
        }),
      [onReady],
    );
    return <div data-testid="editor-stub" data-content={content} />;
  },
}));

const version = (v: number, deployedBy: string | null) => modelVersion(v, { deployedBy, runningInstances: 0 });

const diff: ModelDiff = {
  kind: 'BPMN',
  key: 'enforcement-case',
  baseVersion: 2,
  added: [],
  removed: [],
  changed: [{ id: 'Task_Check', type: 'userTask', name: '核查线索', baseName: '核查', changes: ['name'] }],
};

function render(versions: ModelVersion[]) {
  const fetch = mockFetch([
    { path: '/api/models/bpmn/enforcement-case/versions', body: versions },
    { path: '/api/models/bpmn/enforcement-case/versions/2/content', body: '<bpmn:definitions id="v2"/>' },
    { method: 'POST', path: '/api/models/diff', body: diff },
  ]);
  renderWithApp(
    <ModelWorkbench kind="BPMN" modelKey="enforcement-case" name="行政处罚案件" version={2} canEdit onDeployed={() => undefined} />,
  );
  return fetch;
}

const diffCalls = (calls: ReturnType<typeof mockFetch>['calls']) =>
  calls.filter((c) => c.url === '/api/models/diff').map((c) => (c.body as { baseVersion: number }).baseVersion);

describe('ModelWorkbench deploy dialog', () => {
  it('compares with the version opened and shows the lint findings in Chinese with the element', async () => {
    const { calls } = render([version(2, 'modeler1'), version(1, null)]);
    await screen.findByTestId('editor-stub');
    await userEvent.click(await screen.findByTestId('check-and-deploy'));

    const lint = await screen.findByTestId('lint-result');
    expect(within(lint).getByText('元素没有传出顺序流：请连到结束事件')).toBeInTheDocument();
    expect(within(lint).getByText('核查线索')).toBeInTheDocument();
    expect(within(lint).getByText('Task_Check')).toBeInTheDocument();
    expect(within(lint).getByText('元素缺少名称')).toBeInTheDocument();
    // no raw rule ids or bpmnlint's English messages
    expect(within(lint).queryByText(/no-implicit-end|implicit end/)).not.toBeInTheDocument();
    expect(within(lint).getByText('错误')).toBeInTheDocument();
    expect(within(lint).getByText('警告')).toBeInTheDocument();

    expect(await screen.findByTestId('model-diff')).toHaveTextContent('与第 2 版相比');
    await waitFor(() => expect(diffCalls(calls)).toEqual([2]));
    expect(screen.queryByTestId('newer-version')).not.toBeInTheDocument();
    expect(screen.queryByTestId('model-diff-latest')).not.toBeInTheDocument();
  });

  it('says so when a newer version was deployed since and shows the changes against it', async () => {
    const { calls } = render([version(3, 'modeler2'), version(2, 'modeler1'), version(1, null)]);
    await screen.findByTestId('editor-stub');
    await userEvent.click(await screen.findByTestId('check-and-deploy'));

    const warning = await screen.findByTestId('newer-version');
    expect(warning).toHaveTextContent('您打开的是第 2 版，之后已有第 3 版（modeler2 部署）');
    expect(warning).toHaveTextContent('部署会替换第 3 版');
    const latest = await screen.findByTestId('model-diff-latest');
    expect(latest).toHaveTextContent('与最新的第 3 版相比（部署后会撤销的内容）');
    expect(within(latest).getByText('Task_Check')).toBeInTheDocument();
    expect(screen.getByTestId('model-diff')).toHaveTextContent('与您打开的第 2 版相比');
    // both diffs asked of the server: against the version opened and against the latest
    await waitFor(() => expect(diffCalls(calls).sort()).toEqual([2, 3]));
  });

  it('reopens the editor in the other language on what was edited so far', async () => {
    mounts.length = 0;
    render([version(2, 'modeler1')]);
    expect(await screen.findByTestId('editor-stub')).toHaveAttribute('data-content', '<bpmn:definitions id="v2"/>');
    await act(() => i18n.changeLanguage('en'));
    try {
      await waitFor(() => expect(screen.getByTestId('editor-stub')).toHaveAttribute('data-content', '<bpmn:definitions id="edited"/>'));
      expect(mounts).toEqual(['<bpmn:definitions id="v2"/>', '<bpmn:definitions id="edited"/>']);
      // the reopened editor is the one deployed from
      await userEvent.click(screen.getByTestId('check-and-deploy'));
      expect(await screen.findByTestId('lint-result')).toBeInTheDocument();
    } finally {
      await act(() => i18n.changeLanguage('zh-CN'));
    }
  });
});
