import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileImport } from '@/components/file-import';
import { useImportSpotChecks } from '../api/import-spot-checks';

export function SpotCheckImport() {
  const { t } = useTranslation();
  const importer = useImportSpotChecks();
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('spotCheck.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('spotCheck.hint')}</Typography.Paragraph>
      <FileImport importer={importer} testId="spot-check" />
    </Card>
  );
}
