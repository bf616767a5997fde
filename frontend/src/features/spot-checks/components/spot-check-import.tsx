import { Card, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FileImport } from '@/components/file-import';
import { useCheckSpotChecks, useImportSpotChecks } from '../api/import-spot-checks';

/** Spot-check results: choose a file, see what the server found (nothing stored yet), confirm the import. */
export function SpotCheckImport() {
  const { t, i18n } = useTranslation();
  const importer = useImportSpotChecks();
  const checker = useCheckSpotChecks();
  // a row error's field is a column of the template: its header, in the UI language
  const fieldLabel = (field: string) =>
    i18n.exists(`spotCheck.fields.${field}`) ? t(`spotCheck.fields.${field}`) : field;
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('spotCheck.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('spotCheck.hint')} <a href="/api/spot-checks/template.csv">{t('spotCheck.template')}</a>
      </Typography.Paragraph>
      <FileImport importer={importer} checker={checker} fieldLabel={fieldLabel} testId="spot-check" />
    </Card>
  );
}
