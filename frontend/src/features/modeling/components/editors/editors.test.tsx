import type { ReactElement } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import i18n from '@/lib/i18n';
import { AppProvider } from '@/app/provider';
import { testQueryClient } from '@/testing/test-utils';
import BpmnEditor from './bpmn-editor';
import DmnEditor from './dmn-editor';
import FormEditor from './form-editor';
import type { EditorHandle } from '../../types';

// bpmn-js, dmn-js and form-js do not run in jsdom: stand-ins that record how the editors build them
type Created = { name: string; options: Record<string, unknown> };
const { created, fake } = vi.hoisted(() => {
  const created: Created[] = [];
  const fake = (name: string) =>
    class {
      options: Record<string, unknown>;
      constructor(options: Record<string, unknown>) {
        this.options = options;
        created.push({ name, options });
        // the decision table's column drag handle, titled without dmn-js's translate service
        if (name === 'DmnModeler') {
          (options.container as HTMLElement).innerHTML =
            '<th><span class="dmn-icon-drag horizontal" title="Move Input"></span><span contenteditable>Move Input</span></th>';
        }
        // the form editor renders its palette and the form's fields into the container
        if (name === 'FormEditor') {
          (options.container as HTMLElement).innerHTML =
            '<div class="fjs-palette"><div class="fjs-palette-header" title="Components">Components</div>' +
            '<input class="fjs-palette-search" placeholder="Search components">' +
            '<div class="fjs-palette-field" title="Create a Text field element"><span>Text field</span></div></div>' +
            '<div class="fjs-form-field"><label>Text field</label></div>';
        }
      }
      importXML = async () => ({});
      importSchema = async () => ({});
      saveXML = async () => ({ xml: '<definitions/>' });
      saveSchema = () => ({ components: [] });
      getViews = () => [{ type: 'decisionTable', element: { id: 'Decision_1' } }];
      open = async () => undefined;
      destroy() {}
      get(service: string) {
        if (service === 'canvas') return { zoom() {} };
        if (service === 'linting') return { lint: async () => ({}) };
        if (service === 'elementRegistry') return { get: () => undefined };
        throw new Error(`no ${service} in the stand-in`);
      }
    };
  return { created, fake };
});

vi.mock('bpmn-js/lib/Modeler', () => ({ default: fake('BpmnModeler') }));
vi.mock('bpmn-js/lib/NavigatedViewer', () => ({ default: fake('BpmnNavigatedViewer') }));
vi.mock('bpmn-js-properties-panel', () => ({
  BpmnPropertiesPanelModule: { __id: 'propertiesPanel' },
  BpmnPropertiesProviderModule: { __id: 'bpmnProperties' },
  CamundaPlatformPropertiesProviderModule: { __id: 'camundaProperties' },
}));
vi.mock('camunda-bpmn-js-behaviors/lib/camunda-platform', () => ({ default: { __id: 'camundaBehaviors' } }));
vi.mock('bpmn-js-bpmnlint', () => ({ default: { __id: 'lint' } }));
vi.mock('dmn-js/lib/Modeler', () => ({ default: fake('DmnModeler') }));
vi.mock('dmn-js/lib/Viewer', () => ({ default: fake('DmnViewer') }));
vi.mock('@bpmn-io/form-js-editor', () => ({ FormEditor: fake('FormEditor') }));
vi.mock('@bpmn-io/form-js-viewer', () => ({ Form: fake('FormViewer') }));

type Module = Record<string, unknown>;
type TranslateFn = (template: string, replacements?: Record<string, string>) => string;

/** The translate service a list of didi modules overrides, if any. */
function translateOf(modules: unknown): TranslateFn | undefined {
  const declaration = (modules as Module[]).find((m) => 'translate' in m)?.translate as [string, TranslateFn] | undefined;
  return declaration?.[1];
}

function mount(element: ReactElement) {
  render(<AppProvider queryClient={testQueryClient()}>{element}</AppProvider>);
}

afterEach(async () => {
  created.length = 0;
  await act(() => i18n.changeLanguage('zh-CN'));
});

describe('BPMN editor', () => {
  it('shows a non-modeler the diagram in a viewer: no modeler, palette or properties panel, no lint', async () => {
    const onReady = vi.fn<(h: EditorHandle) => void>();
    mount(<BpmnEditor content="<definitions/>" onReady={onReady} readOnly />);
    await waitFor(() => expect(onReady).toHaveBeenCalled());
    expect(created.map((c) => c.name)).toEqual(['BpmnNavigatedViewer']);
    expect(screen.getByTestId('properties-panel')).not.toBeVisible();
    expect(screen.getByTestId('bpmn-editor')).toHaveAttribute('data-read-only', 'true');
    expect(onReady.mock.calls[0][0].lint).toBeUndefined();
    // the viewer's own texts (drill-down, search) in Chinese too
    expect(translateOf(created[0].options.additionalModules)?.('Search in diagram')).toBe('在图中搜索');
  });

  it('gives a modeler the modeler with properties panel, lint and the Chinese translate service', async () => {
    const onReady = vi.fn<(h: EditorHandle) => void>();
    mount(<BpmnEditor content="<definitions/>" onReady={onReady} />);
    await waitFor(() => expect(onReady).toHaveBeenCalled());
    expect(created.map((c) => c.name)).toEqual(['BpmnModeler']);
    const { additionalModules, linting } = created[0].options as { additionalModules: Module[]; linting: { active: boolean } };
    expect(linting.active).toBe(true);
    expect(additionalModules).toContainEqual({ __id: 'propertiesPanel' });
    expect(screen.getByTestId('properties-panel')).toBeVisible();
    expect(onReady.mock.calls[0][0].lint).toBeInstanceOf(Function);
    const translate = translateOf(additionalModules)!;
    expect(translate('Create start event')).toBe('创建开始事件');
    expect(translate('Candidate groups')).toBe('候选组');
    expect(translate('Open {element}', { element: '子流程' })).toBe('打开子流程');
    // not in the dictionary: the library's text
    expect(translate('Some new text')).toBe('Some new text');
  });

  it('keeps the libraries’ English in English', async () => {
    await act(() => i18n.changeLanguage('en'));
    const onReady = vi.fn<(h: EditorHandle) => void>();
    mount(<BpmnEditor content="<definitions/>" onReady={onReady} />);
    await waitFor(() => expect(onReady).toHaveBeenCalled());
    expect(translateOf(created[0].options.additionalModules)).toBeUndefined();
  });
});

describe('DMN editor', () => {
  it("shows a non-modeler dmn-js's Viewer, a modeler its Modeler, each view in Chinese", async () => {
    const onReady = vi.fn<(h: EditorHandle) => void>();
    mount(<DmnEditor content="<definitions/>" onReady={onReady} readOnly />);
    await waitFor(() => expect(onReady).toHaveBeenCalled());
    expect(created.map((c) => c.name)).toEqual(['DmnViewer']);
    expect(screen.getByTestId('dmn-editor')).toHaveAttribute('data-read-only', 'true');

    created.length = 0;
    const onEdit = vi.fn<(h: EditorHandle) => void>();
    mount(<DmnEditor content="<definitions/>" onReady={onEdit} />);
    await waitFor(() => expect(onEdit).toHaveBeenCalled());
    expect(created.map((c) => c.name)).toEqual(['DmnModeler']);
    // per view: dmn-js does not hand common.additionalModules to its views
    const options = created[0].options as Record<string, { additionalModules: Module[] }>;
    expect(translateOf(options.decisionTable.additionalModules)?.('Add rule above')).toBe('在上方添加规则');
    expect(translateOf(options.drd.additionalModules)?.('Create decision')).toBe('创建决策');
    expect(translateOf(options.literalExpression.additionalModules)).toBeDefined();
    // the drag handle's title in Chinese, a cell's content (the model's) as it is
    const editor = screen.getAllByTestId('dmn-editor')[1];
    await waitFor(() => expect(editor.querySelector('.dmn-icon-drag')).toHaveAttribute('title', '移动输入列'));
    expect(editor.querySelector('[contenteditable]')).toHaveTextContent('Move Input');
  });
});

describe('form editor', () => {
  it('shows a non-modeler the form read-only in the viewer, not the editor', async () => {
    const onReady = vi.fn<(h: EditorHandle) => void>();
    mount(<FormEditor content='{"components":[]}' onReady={onReady} readOnly />);
    await waitFor(() => expect(onReady).toHaveBeenCalled());
    expect(created.map((c) => c.name)).toEqual(['FormViewer']);
    expect(created[0].options.properties).toEqual({ readOnly: true });
    expect(screen.getByTestId('form-editor')).toHaveAttribute('data-read-only', 'true');
  });

  it("translates the editor's palette as it renders, not the form's own fields", async () => {
    const onReady = vi.fn<(h: EditorHandle) => void>();
    mount(<FormEditor content='{"components":[]}' onReady={onReady} />);
    await waitFor(() => expect(onReady).toHaveBeenCalled());
    expect(created.map((c) => c.name)).toEqual(['FormEditor']);
    const editor = screen.getByTestId('form-editor');
    await waitFor(() => expect(editor.querySelector('.fjs-palette-header')).toHaveTextContent('组件'));
    expect(editor.querySelector('.fjs-palette-header')).toHaveAttribute('title', '组件');
    expect(editor.querySelector('.fjs-palette-search')).toHaveAttribute('placeholder', '搜索组件');
    expect(editor.querySelector('.fjs-palette-field')).toHaveTextContent('文本框');
    expect(editor.querySelector('.fjs-palette-field')).toHaveAttribute('title', '创建文本框');
    expect(editor.querySelector('.fjs-form-field label')).toHaveTextContent('Text field');
  });
});
