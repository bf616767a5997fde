import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import zhCN from '@/locales/zh-CN';
import en from '@/locales/en';
import { setLanguageProvider } from './api-client';

export type AppLocale = 'zh-CN' | 'en';
export const LOCALE_STORAGE_KEY = 'caseflow.locale';
export const DEFAULT_LOCALE: AppLocale = 'zh-CN';

export function normalizeLocale(value: string | null | undefined): AppLocale {
  return value && value.toLowerCase().startsWith('en') ? 'en' : 'zh-CN';
}

export function storedLocale(): AppLocale {
  try {
    return normalizeLocale(localStorage.getItem(LOCALE_STORAGE_KEY) ?? DEFAULT_LOCALE);
  } catch {
    return DEFAULT_LOCALE;
  }
}

function applySideEffects(locale: AppLocale) {
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  if (typeof document !== 'undefined') document.documentElement.lang = locale;
}

export function initI18n(locale: AppLocale = storedLocale()) {
  if (!i18n.isInitialized) {
    void i18n.use(initReactI18next).init({
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng: locale,
      fallbackLng: 'zh-CN',
      interpolation: { escapeValue: false },
      returnNull: false,
      showSupportNotice: false,
    });
    i18n.on('languageChanged', (lng) => applySideEffects(normalizeLocale(lng)));
    setLanguageProvider(() => normalizeLocale(i18n.language));
  } else if (i18n.language !== locale) {
    void i18n.changeLanguage(locale);
  }
  applySideEffects(locale);
  return i18n;
}

/** Switches the UI language locally (the server side is saved by useChangeLocale). */
export function setLocale(locale: AppLocale) {
  try {
    localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // private mode: the language still changes for this page
  }
  if (normalizeLocale(i18n.language) !== locale) void i18n.changeLanguage(locale);
}

export default i18n;
