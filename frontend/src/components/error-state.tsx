import { Button, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';

export function ErrorState({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Result
      status="error"
      title={title ?? t('errors.unknown')}
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
