import { useEffect, useRef, useState } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import DmnModeler from 'dmn-js/lib/Modeler';
import DmnViewer from 'dmn-js/lib/Viewer';
import 'dmn-js/dist/assets/diagram-js.css';
import 'dmn-js/dist/assets/dmn-js-shared.css';
import 'dmn-js/dist/assets/dmn-js-drd.css';
import 'dmn-js/dist/assets/dmn-js-decision-table.css';
import 'dmn-js/dist/assets/dmn-js-decision-table-controls.css';
import 'dmn-js/dist/assets/dmn-js-literal-expression.css';
import 'dmn-js/dist/assets/dmn-font/css/dmn-embedded.css';
import './editors.css';
import type { EditorProps } from './editor-props';
import { dmnTranslations, editorDictionary, editorLanguage } from './translations';
import { translateDom } from './translations/translate-dom';

type View = { type: string; element: { id: string } };

/**
 * dmn-js in the UI language: opens the first decision table (the DRD and other decisions through its tabs).
 * Read-only: dmn-js's Viewer, which shows the tables without editing.
 */
export default function DmnEditor({ content, onReady, readOnly }: EditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const { i18n } = useTranslation();

  useEffect(() => {
    if (!container.current) return;
    // per view: dmn-js does not pass common.additionalModules on to its views
    const language = editorLanguage(i18n.language);
    const additionalModules = dmnTranslations(language);
    // the columns' drag handles have titles dmn-js does not translate; the cells' content is the model's
    const titles = readOnly ? null : editorDictionary('dmnTitles', language);
    const stopTranslating = titles ? translateDom(container.current, titles, '[contenteditable]') : () => undefined;
    const views = Object.fromEntries(['drd', 'decisionTable', 'literalExpression', 'boxedExpression'].map((view) => [view, { additionalModules }]));
    const modeler = readOnly
      ? new DmnViewer({ container: container.current, ...views })
      : new DmnModeler({ container: container.current, common: { keyboard: { bindTo: window } }, ...views });
    let cancelled = false;
    modeler
      .importXML(content)
      .then(() => {
        if (cancelled) return;
        const table = (modeler.getViews() as View[]).find((v) => v.type === 'decisionTable');
        if (table) return modeler.open(table);
      })
      .then(() => {
        if (cancelled) return;
        onReady({ getContent: async () => (await modeler.saveXML({ format: true })).xml ?? '' });
      })
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
      stopTranslating();
      modeler.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div>
      {error && <Alert type="error" showIcon message={error} />}
      <div className="cf-editor-full" ref={container} data-testid="dmn-editor" data-read-only={readOnly ? 'true' : undefined} />
    </div>
  );
}
