import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileImport } from '@/components/file-import';
import { useImportAdRecords } from '../api/ad-monitoring';

/** CSV/xlsx import of monitoring records, with the template to fill in. */
export function AdImport() {
  const { t } = useTranslation();
  const importer = useImportAdRecords();
  return (
    <FileImport
      importer={importer}
      testId="ad-import"
      intro={
        <Typography.Paragraph type="secondary">
          {t('adMonitoring.importHint')} <a href="/api/ad-monitoring/template.csv">{t('adMonitoring.template')}</a>
        </Typography.Paragraph>
      }
    />
  );
}
