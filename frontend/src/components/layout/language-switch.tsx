import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type AppLocale, normalizeLocale, setLocale } from '@/lib/i18n';
import { updatePreferences } from '@/lib/auth';

/** 中文 / English; remembered in localStorage and, when logged in, on the server. */
export function LanguageSwitch({ saveOnServer }: { saveOnServer: boolean }) {
  const { t, i18n } = useTranslation();
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
        if (saveOnServer) {
          // not worth an error dialog: the local choice already applies
          updatePreferences(value).catch(() => undefined);
        }
      }}
    />
  );
}
