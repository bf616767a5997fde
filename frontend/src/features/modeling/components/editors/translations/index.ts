import type { ModuleDeclaration } from 'didi';
import { bpmnZhCN, dmnZhCN, formZhCN } from './zh-CN';

/** The bpmn-io libraries' texts in the UI language: English keeps the libraries' own texts. */
export type EditorLanguage = 'zh-CN' | 'en';

export const editorLanguage = (language: string): EditorLanguage => (language.toLowerCase().startsWith('en') ? 'en' : 'zh-CN');

/** diagram-js's translate: the template from the dictionary (or itself), {placeholders} replaced. */
export function translator(dictionary: Record<string, string>) {
  return (template: string, replacements: Record<string, string> = {}) =>
    (dictionary[template] ?? template).replace(/{([^}]+)}/g, (match, key: string) => replacements[key] ?? match);
}

/** A module that overrides the `translate` service of bpmn-js, diagram-js and dmn-js's views. */
export const translateModule = (dictionary: Record<string, string>): ModuleDeclaration => ({
  translate: ['value', translator(dictionary)],
});

/** Modules to add to a bpmn-js modeler or viewer. */
export const bpmnTranslations = (language: EditorLanguage): ModuleDeclaration[] =>
  language === 'en' ? [] : [translateModule(bpmnZhCN)];

/** Modules to add to each of dmn-js's views (dmn-js ignores `common.additionalModules`). */
export const dmnTranslations = (language: EditorLanguage): ModuleDeclaration[] =>
  language === 'en' ? [] : [translateModule(dmnZhCN)];

/** The form-js editor's texts: it has no translate service, see translateDom. */
export const formDictionary = (language: EditorLanguage): Record<string, string> | null => (language === 'en' ? null : formZhCN);
