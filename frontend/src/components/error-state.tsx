import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import { ApiError } from '@/lib/api-client';

export function ErrorState({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  // 404 and 403 are answers, not failures: say so (a case of another agency is "not found")
  const status = error instanceof ApiError ? error.status : 0;
  const kind = status === 404 ? '404' : status === 403 ? '403' : 'error';
  const fallback = kind === '404' ? t('errors.notFoundTitle') : kind === '403' ? t('errors.forbiddenTitle') : t('errors.unknown');
  return (
    <Result
      status={kind}
      title={title ?? fallback}
      subTitle={<span role="alert">{errorMessage(error, t)}</span>}
      extra={
        onRetry ? (
          <Button type="primary" onClick={onRetry}>
            {t('errors.retry')}
          </Button>
        ) : undefined
      }
    />
  );
}
