import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileImport } from '@/components/file-import';
import { useImportAdRecords } from '../api/ad-monitoring';

/**
 * CSV/xlsx import of monitoring records, with the template to fill in. Imports at once (no check step:
 * the ad-monitoring import has no dry run).
 */
export function AdImport() {
  const { t, i18n } = useTranslation();
  const importer = useImportAdRecords();
  // a row error's field is a column of the template: its header, in the UI language
  const fieldLabel = (field: string) =>
    i18n.exists(`adMonitoring.importFields.${field}`) ? t(`adMonitoring.importFields.${field}`) : field;
  return (
    <FileImport
      importer={importer}
      fieldLabel={fieldLabel}
      testId="ad-import"
      intro={
        <Typography.Paragraph type="secondary">
          {t('adMonitoring.importHint')} <a href="/api/ad-monitoring/template.csv">{t('adMonitoring.template')}</a>
        </Typography.Paragraph>
      }
    />
  );
}
