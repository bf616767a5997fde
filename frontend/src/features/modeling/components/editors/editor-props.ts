import type { EditorHandle } from '../../types';

export type EditorProps = {
  /** XML (BPMN, DMN) or form JSON of the version being edited */
  content: string;
  /** called once the model is loaded */
  onReady: (handle: EditorHandle) => void;
  readOnly?: boolean;
};
