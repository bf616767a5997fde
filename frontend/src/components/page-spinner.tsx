import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';

/** Fallback while a page's code (a lazy chunk) or its first data loads. */
export function PageSpinner() {
  const { t } = useTranslation();
  return (
    <div role="status" aria-live="polite" style={{ display: 'flex', justifyContent: 'center', padding: 48 }} data-testid="page-spinner">
      <Spin size="large" tip={t('common.loading')}>
        {/* antd shows the tip only around content */}
        <div style={{ width: 120, height: 48 }} />
      </Spin>
    </div>
  );
}
