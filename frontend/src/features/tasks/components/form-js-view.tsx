import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Form } from '@bpmn-io/form-js-viewer';
import '@bpmn-io/form-js-viewer/dist/assets/form-js.css';
import type { FieldError } from '@/lib/api-client';
import type { FormSchema } from '../api/get-task-form';
import { formJsValidationModule, localizeDatePicker, translateFormJsDom } from './form-js-i18n';

export type FormJsHandle = {
  /** validates; returns values and errors keyed by field key */
  submit(): { data: Record<string, unknown>; errors: Record<string, string[]> };
  /** current values without validating (for drafts) */
  getData(): Record<string, unknown>;
  /**
   * shows server-side errors (keyed by form field key) on their fields; returns the errors whose
   * key is no field of this form (e.g. `evidence`), for the caller to show elsewhere
   */
  setFieldErrors(errors: FieldError[]): FieldError[];
};

type FormField = { id: string; key?: string };

function fieldsOf(form: Form): FormField[] {
  const registry = form.get('formFieldRegistry') as { getAll(): FormField[] };
  return registry.getAll();
}

/** Renders a Camunda Form (form-js schema) with the task's current values. */
export const FormJsView = forwardRef<FormJsHandle, { schema: FormSchema; data: Record<string, unknown>; readOnly?: boolean }>(
  function FormJsView({ schema, data, readOnly }, ref) {
    const container = useRef<HTMLDivElement>(null);
    const formRef = useRef<Form | null>(null);
    const { t, i18n } = useTranslation();
    // form-js keeps its services for the form's life: they read the current t through this ref
    const tRef = useRef(t);
    tRef.current = t;
    const domTexts = useRef<ReturnType<typeof translateFormJsDom> | null>(null);

    const readOnlyRef = useRef(!!readOnly);
    readOnlyRef.current = !!readOnly;

    // first: the date picker's language applies to the pickers the form creates
    useEffect(() => {
      localizeDatePicker(i18n.language);
      domTexts.current?.refresh();
    }, [i18n.language]);

    // One form per schema and data; read-only is switched on the live form (below), so claiming
    // a task makes its form editable without rebuilding it.
    useEffect(() => {
      if (!container.current) return;
      const translate = () => tRef.current as (key: string, options?: Record<string, string>) => string;
      const form = new Form({
        container: container.current,
        properties: { readOnly: readOnlyRef.current },
        additionalModules: [formJsValidationModule(translate)],
      });
      formRef.current = form;
      const texts = translateFormJsDom(container.current, translate);
      domTexts.current = texts;
      form.importSchema(schema as never, data).catch((e: unknown) => console.error('form import failed', e));
      return () => {
        formRef.current = null;
        domTexts.current = null;
        texts.stop();
        form.destroy();
      };
    }, [schema, data]);

    useEffect(() => {
      const form = formRef.current;
      if (!form) return;
      // a new properties object: form-js re-renders its fields only when the state changes
      form._setState({ properties: { ...(form._getState().properties as object), readOnly: !!readOnly } });
    }, [readOnly]);

    useImperativeHandle(ref, () => ({
      submit() {
        const form = formRef.current;
        if (!form) return { data: {}, errors: {} };
        const result = form.submit() as { data: Record<string, unknown>; errors: Record<string, string[]> };
        const byId = new Map(fieldsOf(form).map((f) => [f.id, f.key ?? f.id]));
        const errors: Record<string, string[]> = {};
        for (const [id, messages] of Object.entries(result.errors ?? {})) errors[byId.get(id) ?? id] = messages;
        return { data: result.data, errors };
      },
      getData() {
        const form = formRef.current;
        return form ? { ...(form._getState().data as Record<string, unknown>) } : {};
      },
      setFieldErrors(fieldErrors) {
        const form = formRef.current;
        if (!form) return fieldErrors;
        const idByKey = new Map(fieldsOf(form).filter((f) => f.key).map((f) => [f.key!, f.id]));
        const errors: Record<string, string[]> = {};
        const unplaced: FieldError[] = [];
        for (const fe of fieldErrors) {
          const id = idByKey.get(fe.field);
          if (id) errors[id] = [...(errors[id] ?? []), fe.message];
          else unplaced.push(fe);
        }
        form._setState({ errors });
        return unplaced;
      },
    }));

    return <div ref={container} className="caseflow-form" data-testid="task-form" />;
  },
);
