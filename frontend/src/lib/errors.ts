import type { TFunction } from 'i18next';
import { ApiError } from './api-client';

/** A user-facing sentence for any error, in the UI language. */
export function errorMessage(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('errors.network');
    if (error.message && !/^HTTP_/.test(error.message)) return error.message;
    if (error.status === 403) return t('errors.forbidden');
    if (error.status === 404) return t('errors.notFound');
    return t('errors.generic', { message: `${error.status} ${error.code}` });
  }
  if (error instanceof Error && error.message) return t('errors.generic', { message: error.message });
  return t('errors.unknown');
}
