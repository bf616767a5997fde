import { useEffect, useRef, useState } from 'react';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormEditor as FormJsEditor } from '@bpmn-io/form-js-editor';
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import './editors.css';
import type { EditorProps } from './editor-props';
import { editorLanguage, formDictionary } from './translations';
import { translateDom } from './translations/translate-dom';

/**
 * form-js editor for Camunda Forms (palette, canvas, properties panel), its texts in the UI language.
 * Read-only: the form as users see it (form-js viewer, read-only fields), no editor.
 */
export default function FormEditor({ content, onReady, readOnly }: EditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  const { i18n } = useTranslation();

  useEffect(() => {
    if (!container.current) return;
    const schema = () => JSON.parse(content) as Record<string, unknown>;
    let cancelled = false;
    let stopTranslating = () => {};
    let destroy: () => void;
    let loaded: Promise<unknown>;
    if (readOnly) {
      const form = new Form({ container: container.current, properties: { readOnly: true } });
      destroy = () => form.destroy();
      loaded = Promise.resolve()
        .then(() => form.importSchema(schema() as never))
        .then(() => !cancelled && onReady({ getContent: async () => content }));
    } else {
      const texts = formDictionary(editorLanguage(i18n.language));
      // before the editor renders: its texts are translated as they appear; the fields' own labels are the form's
      if (texts) stopTranslating = translateDom(container.current, texts.dictionary, '.fjs-form-field', texts.patterns);
      const editor = new FormJsEditor({ container: container.current });
      destroy = () => editor.destroy();
      loaded = Promise.resolve()
        .then(() => editor.importSchema(schema()))
        .then(() => !cancelled && onReady({ getContent: async () => JSON.stringify(editor.saveSchema(), null, 2) }));
    }
    loaded.catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
      stopTranslating();
      destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div>
      {error && <Alert type="error" showIcon message={error} />}
      <div className="cf-editor-full" ref={container} data-testid="form-editor" data-read-only={readOnly ? 'true' : undefined} />
    </div>
  );
}
