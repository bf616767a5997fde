import { translateDomTexts } from '@/lib/dom-texts';

/**
 * Translates the texts a library renders under `root` without a translate service of its own (the form-js
 * editor: palette, properties panel): text nodes, placeholders and titles that are exactly a key of the
 * dictionary or match one of `patterns` (texts with a part that varies), as the library writes them. Nodes inside `skip` (the form being designed: its labels are the
 * model's content) are left alone. Returns a stop function.
 */
export type TextPattern = [RegExp, (match: RegExpExecArray, dictionary: Record<string, string>) => string];

export function translateDom(root: HTMLElement, dictionary: Record<string, string>, skip?: string, patterns: TextPattern[] = []) {
  const translated = (value: string) => {
    const key = value.trim();
    let text: string | undefined = dictionary[key];
    for (const [pattern, replace] of text === undefined ? patterns : []) {
      const match = pattern.exec(key);
      if (match) {
        text = replace(match, dictionary);
        break;
      }
    }
    return text === undefined ? null : value.replace(key, text);
  };
  return translateDomTexts(root, translated, { attributes: ['placeholder', 'title', 'aria-label'], skip }).stop;
}
