import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AppLocale, normalizeLocale, setLocale } from '@/lib/i18n';
import { updatePreferences, useRememberUserLocale } from '@/lib/auth';

/**
 * 中文 / English; remembered in localStorage and, when logged in, on the server (the user's preference,
 * which wins in any browser). `onChange` tells the login page, which saves the choice at login.
 */
export function LanguageSwitch({ saveOnServer, onChange }: { saveOnServer: boolean; onChange?: (locale: AppLocale) => void }) {
  const { t, i18n } = useTranslation();
  const rememberUserLocale = useRememberUserLocale();
  const current = normalizeLocale(i18n.language);
  return (
    <Segmented<AppLocale>
      aria-label={t('header.language')}
      size="small"
      value={current}
      options={[
        { label: t('language.zh'), value: 'zh-CN' },
        { label: t('language.en'), value: 'en' },
      ]}
      onChange={(value) => {
        setLocale(value);
        onChange?.(value);
        if (saveOnServer) {
          rememberUserLocale(value);
          // not worth an error dialog: the local choice already applies
          updatePreferences(value).catch(() => undefined);
        }
      }}
    />
  );
}
