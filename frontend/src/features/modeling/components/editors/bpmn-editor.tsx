import { useEffect, useRef, useState } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import BpmnModeler from 'bpmn-js/lib/Modeler';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import lintModule from 'bpmn-js-bpmnlint';
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import './editors.css';
import { bpmnlintConfig } from './bpmnlint-config';
import { bpmnTranslations, editorDictionary, editorLanguage } from './translations';
import { translateDom } from './translations/translate-dom';
import type { EditorProps } from './editor-props';
import type { LintIssue } from '../../types';

type LintReport = { id: string; message: string; category: string };

/**
 * bpmn-js Modeler with the Camunda 7 properties panel and bpmnlint, in the UI language (the language at
 * mount: the workbench remounts the editor for another version or language). Read-only: bpmn-js's NavigatedViewer (zoom and
 * scroll, no palette, context pad or properties panel).
 */
export default function BpmnEditor({ content, onReady, readOnly }: EditorProps) {
  const canvas = useRef<HTMLDivElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const { i18n } = useTranslation();

  useEffect(() => {
    if (!canvas.current || !panel.current) return;
    const language = editorLanguage(i18n.language);
    // the properties panel's list entries (inputs, outputs, fields) get no translate service from
    // bpmn-js-properties-panel: their few fixed texts ("Create", "Create new list item") are translated as rendered;
    // names shown as values (the element's name, the list items' titles) are left alone, except the listeners'
    // titles ("Start: Expression"), which bpmn-js-properties-panel also builds without translate
    const dictionary = readOnly ? null : editorDictionary('bpmn', language);
    const listenerTitles = readOnly ? null : editorDictionary('listenerTitles', language);
    const stops =
      dictionary && listenerTitles
        ? [
            translateDom(panel.current, dictionary, '.bio-properties-panel-header-label, .bio-properties-panel-collapsible-entry-header-title'),
            translateDom(panel.current, listenerTitles),
          ]
        : [];
    const stopTranslating = () => stops.forEach((stop) => stop());
    const modeler = readOnly
      ? new NavigatedViewer({
          container: canvas.current,
          additionalModules: bpmnTranslations(language),
          moddleExtensions: { camunda: camundaModdle },
        })
      : new BpmnModeler({
          container: canvas.current,
          propertiesPanel: { parent: panel.current },
          additionalModules: [
            BpmnPropertiesPanelModule,
            BpmnPropertiesProviderModule,
            CamundaPlatformPropertiesProviderModule,
            CamundaBehaviorsModule,
            lintModule,
            ...bpmnTranslations(language, true),
          ],
          moddleExtensions: { camunda: camundaModdle },
          linting: { bpmnlint: bpmnlintConfig, active: true },
        });
    let cancelled = false;
    modeler
      .importXML(content)
      .then(() => {
        if (cancelled) return;
        (modeler.get('canvas') as { zoom(level: string): void }).zoom('fit-viewport');
        if (readOnly) return onReady({ getContent: async () => (await modeler.saveXML({ format: true })).xml ?? '' });
        onReady({
          getContent: async () => (await modeler.saveXML({ format: true })).xml ?? '',
          lint: async () => {
            const results = (await (modeler.get('linting') as { lint(): Promise<Record<string, LintReport[]>> }).lint()) ?? {};
            const registry = modeler.get('elementRegistry') as { get(id: string): { businessObject?: { name?: string } } | undefined };
            const issues: LintIssue[] = [];
            for (const [rule, reports] of Object.entries(results)) {
              for (const r of reports) {
                const name = registry.get(r.id)?.businessObject?.name ?? null;
                issues.push({ rule, id: r.id, name, message: r.message, category: r.category });
              }
            }
            return issues;
          },
        });
      })
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
      stopTranslating();
      modeler.destroy();
    };
    // the content is loaded once per mount; the page remounts the editor for another version
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div>
      {error && <Alert type="error" showIcon message={error} />}
      <div className="cf-editor" data-testid="bpmn-editor" data-read-only={readOnly ? 'true' : undefined}>
        <div className="cf-editor-canvas" ref={canvas} />
        <div className="cf-editor-panel" ref={panel} data-testid="properties-panel" hidden={readOnly} />
      </div>
    </div>
  );
}
