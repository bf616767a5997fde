import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A process's name for the UI, by its key in either language (`processes.*` in the locales; the Chinese names
 * are the models' own). The name a task row brings is that of its definition: an instance started before the
 * models dropped their English suffixes still says "行政处罚案件 Enforcement case", so it serves only for a
 * process the UI does not know (one deployed from the modeler under a new key).
 */
export function processLabel(t: (key: string, options: { defaultValue: string }) => string,
  key: string | null | undefined, modelName?: string | null) {
  if (!key) return modelName ?? '';
  return t(`processes.${key}`, { defaultValue: modelName ?? key });
}

export function useProcessLabel() {
  const { t } = useTranslation();
  return useCallback(
    (key: string | null | undefined, modelName?: string | null) => processLabel(t, key, modelName),
    [t],
  );
}
