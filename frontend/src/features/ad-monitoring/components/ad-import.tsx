import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileImport } from '@/components/file-import';
import { useCheckAdRecords, useImportAdRecords } from '../api/ad-monitoring';

/**
 * CSV/xlsx import of monitoring records, with the template to fill in. The file is checked first (nothing
 * stored; the rows that would be rejected are listed) and imported when the user confirms.
 */
export function AdImport() {
  const { t, i18n } = useTranslation();
  const importer = useImportAdRecords();
  const checker = useCheckAdRecords();
  // a row error's field is a column of the template: its header, in the UI language
  const fieldLabel = (field: string) =>
    i18n.exists(`adMonitoring.importFields.${field}`) ? t(`adMonitoring.importFields.${field}`) : field;
  return (
    <FileImport
      importer={importer}
      checker={checker}
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
