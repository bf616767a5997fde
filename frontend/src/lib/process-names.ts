import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeLocale } from './i18n';

/**
 * A process's name for the UI. The models name their processes in Chinese only (the modeler may rename
 * them): the Chinese UI shows the model's name; the English UI translates by process key (`processes.*`
 * in the locales) and falls back to the model's name for a process it does not know.
 */
export function processLabel(language: string | undefined, t: (key: string, options: { defaultValue: string }) => string,
  key: string | null | undefined, modelName?: string | null) {
  if (!key) return modelName ?? '';
  if (normalizeLocale(language) !== 'en' && modelName) return modelName;
  return t(`processes.${key}`, { defaultValue: modelName ?? key });
}

export function useProcessLabel() {
  const { t, i18n } = useTranslation();
  return useCallback(
    (key: string | null | undefined, modelName?: string | null) => processLabel(i18n.language, t, key, modelName),
    [t, i18n.language],
  );
}
