import { useEffect, useRef, useState } from 'react';
import { Alert } from 'antd';
import { FormEditor as FormJsEditor } from '@bpmn-io/form-js-editor';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import '@bpmn-io/form-js-editor/dist/assets/form-js-editor.css';
import '@bpmn-io/form-js-editor/dist/assets/properties-panel.css';
import './editors.css';
import type { EditorProps } from './editor-props';

/** form-js editor for Camunda Forms (palette, canvas, properties panel). */
export default function FormEditor({ content, onReady }: EditorProps) {
  const container = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!container.current) return;
    const editor = new FormJsEditor({ container: container.current });
    let cancelled = false;
    Promise.resolve()
      .then(() => editor.importSchema(JSON.parse(content)))
      .then(() => {
        if (cancelled) return;
        onReady({ getContent: async () => JSON.stringify(editor.saveSchema(), null, 2) });
      })
      .catch((e: Error) => !cancelled && setError(e.message));
    return () => {
      cancelled = true;
      editor.destroy();
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <div>
      {error && <Alert type="error" showIcon message={error} />}
      <div className="cf-editor-full" ref={container} data-testid="form-editor" />
    </div>
  );
}
