import type { ModuleDeclaration } from 'didi';
import { bpmnZhCN, dmnTitlesZhCN, dmnZhCN, formPatternsZhCN, formZhCN, listenerTitlesZhCN } from './zh-CN';

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

type Translate = ReturnType<typeof translator>;
type PropertiesGroup = Record<string, unknown>;

/**
 * The properties panel's groups take their `translate` as a prop (falling back to English for "Toggle section",
 * "Create", "List contains … items"); bpmn-js-properties-panel does not pass it: this provider, registered last,
 * hands the translate service to every group.
 */
class GroupTranslations {
  static $inject = ['propertiesPanel', 'translate'];
  constructor(propertiesPanel: { registerProvider(priority: number, provider: unknown): void }, translate: Translate) {
    propertiesPanel.registerProvider(1, {
      getGroups: () => (groups: PropertiesGroup[]) => groups.map((group) => ({ ...group, translate })),
    });
  }
}

/** Modules to add to a bpmn-js viewer, or with `withPropertiesPanel` to the modeler with its properties panel. */
export const bpmnTranslations = (language: EditorLanguage, withPropertiesPanel = false): ModuleDeclaration[] =>
  language === 'en'
    ? []
    : [
        translateModule(bpmnZhCN),
        ...(withPropertiesPanel
          ? [{ __init__: ['caseflowGroupTranslations'], caseflowGroupTranslations: ['type', GroupTranslations] } as ModuleDeclaration]
          : []),
      ];

/** Modules to add to each of dmn-js's views (dmn-js ignores `common.additionalModules`). */
export const dmnTranslations = (language: EditorLanguage): ModuleDeclaration[] =>
  language === 'en' ? [] : [translateModule(dmnZhCN)];

/** The form-js editor's texts and patterns of texts: it has no translate service, see translateDom. */
export const formDictionary = (language: EditorLanguage) =>
  language === 'en' ? null : { dictionary: formZhCN, patterns: formPatternsZhCN };

/**
 * A dictionary for translateDom (null in English): an editor's texts, the properties panel's listener titles or
 * the decision table's drag-handle titles.
 */
export const editorDictionary = (editor: 'bpmn' | 'form' | 'listenerTitles' | 'dmnTitles', language: EditorLanguage) =>
  language === 'en' ? null : { bpmn: bpmnZhCN, form: formZhCN, listenerTitles: listenerTitlesZhCN, dmnTitles: dmnTitlesZhCN }[editor];
