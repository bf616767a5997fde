import flatpickr from 'flatpickr';
import { english } from 'flatpickr/dist/l10n/default.js';
import { Mandarin } from 'flatpickr/dist/l10n/zh.js';
import { type DomTexts, translateDomTexts } from '@/lib/dom-texts';

/**
 * form-js has no translations: its validation messages, the select's "Select"/"Search", the date
 * format hint and the date picker are English. These helpers put them in the UI language (`formJs.*`
 * in the locales; the English texts there are form-js's own).
 */
type Translate = (key: string, options?: Record<string, string>) => string;

const MESSAGES: [RegExp, string, ...string[]][] = [
  [/^Field is required\.$/, 'required'],
  [/^Value is not a number\.$/, 'notNumber'],
  [/^Value is expected to be an integer\.$/, 'integer'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, 'decimals', 'count'],
  [/^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/, 'step', 'previous', 'next'],
  [/^Field must match pattern (.+)\.$/, 'pattern', 'pattern'],
  [/^Field must have minimum value of (.+)\.$/, 'min', 'value'],
  [/^Field must have maximum value of (.+)\.$/, 'max', 'value'],
  [/^Field must have minimum length of (.+)\.$/, 'minLength', 'value'],
  [/^Field must have maximum length of (.+)\.$/, 'maxLength', 'value'],
  [/^Field must be a valid\s+international phone number\..*$/, 'phone'],
  [/^Field must be a valid email\.$/, 'email'],
  [/^Date and time must both be entered\.$/, 'dateAndTime'],
];

const TEXTS: Record<string, string> = {
  Select: 'select',
  Search: 'search',
  'No results': 'noResults',
  'All values selected': 'allSelected',
  'No files selected': 'noFiles',
  'Nothing to show.': 'nothingToShow',
};

/** A form-js message or label in the UI language; anything else (the form's own texts) unchanged. */
export function translateFormJs(text: string, t: Translate): string {
  const trimmed = text.trim();
  if (!trimmed) return text;
  for (const [pattern, key, ...names] of MESSAGES) {
    const m = pattern.exec(trimmed);
    if (m) return t(`formJs.${key}`, Object.fromEntries(names.map((n, i) => [n, m[i + 1]])));
  }
  if (TEXTS[trimmed]) return t(`formJs.${TEXTS[trimmed]}`);
  // the date and time format hints: yyyy/mm/dd (from the browser's locale), hh:mm
  if (/^(yyyy|mm|dd|hh)([/.:\- ]+(yyyy|mm|dd|hh|--))+$/.test(trimmed)) {
    return trimmed.replace(/yyyy|mm|dd|hh/g, (part, offset: number) =>
      t(`formJs.${part === 'mm' && /hh\W*$/.test(trimmed.slice(0, offset)) ? 'minute' : part}`),
    );
  }
  return text;
}

/** A didi module that translates the validator's messages (they reach the fields and form.submit()). */
export function formJsValidationModule(t: () => Translate) {
  class ValidatorMessages {
    static $inject = ['validator'];
    constructor(validator: Record<string, (...args: unknown[]) => string[]>) {
      for (const name of ['validateField', 'validateFieldInstance']) {
        const original = validator[name].bind(validator);
        validator[name] = (...args: unknown[]) => original(...args).map((m) => translateFormJs(m, t()));
      }
    }
  }
  return { __init__: ['caseflowValidatorMessages'], caseflowValidatorMessages: ['type', ValidatorMessages] };
}

/**
 * Keeps form-js's own texts and placeholders under `root` in the UI language as form-js renders them;
 * `refresh` re-translates from the English originals (after a language switch), `stop` ends it.
 */
export function translateFormJsDom(root: HTMLElement, t: () => Translate): DomTexts {
  return translateDomTexts(root, (text) => translateFormJs(text, t()), { attributes: ['placeholder'] });
}

/** The date picker's month and weekday names in the UI language (flatpickr's default locale). */
export function localizeDatePicker(language: string) {
  flatpickr.localize(language.startsWith('en') ? english : Mandarin);
}
