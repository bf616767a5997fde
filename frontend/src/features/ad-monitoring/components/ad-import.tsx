import { Alert, Button, Progress, Radio, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import { type ImportMode, type ImportResult, type RowError, importResultFromError } from '@/features/spot-checks/api/import-spot-checks';
import { useImportAdRecords } from '../api/ad-monitoring';

/** CSV/xlsx import of monitoring records: all-or-nothing (default) or only the good rows, with row errors. */
export function AdImport() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const importer = useImportAdRecords();

  const start = (file: File) => {
    setResult(null);
    setFailure(null);
    setProgress(0);
    importer.mutate(
      { file, mode, onProgress: setProgress },
      {
        onSuccess: (r) => setResult(r),
        onError: (e) => {
          const rejected = importResultFromError(e);
          if (rejected) setResult(rejected);
          else setFailure(errorMessage(e, t));
        },
        onSettled: () => setProgress(null),
      },
    );
  };
  const nothingImported = result && result.imported === 0 && result.errors.length > 0;

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Paragraph type="secondary">
        {t('adMonitoring.importHint')}{' '}
        <a href="/api/ad-monitoring/template.csv">{t('adMonitoring.template')}</a>
      </Typography.Paragraph>
      <Space>
        <span>{t('adMonitoring.mode')}</span>
        <Radio.Group
          value={mode}
          onChange={(e) => setMode(e.target.value)}
          options={[
            { value: 'all-or-nothing', label: t('adMonitoring.modeAll') },
            { value: 'good-rows', label: t('adMonitoring.modeGood') },
          ]}
        />
      </Space>
      <Upload
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        showUploadList={false}
        beforeUpload={(file) => {
          start(file);
          return false;
        }}
      >
        <Button type="primary" icon={<UploadOutlined />} loading={importer.isPending} data-testid="ad-import-upload">
          {t('adMonitoring.upload')}
        </Button>
      </Upload>
      {progress !== null && <Progress percent={progress} size="small" />}
      {failure && <Alert type="error" showIcon role="alert" message={failure} />}
      {result && (
        <Alert
          type={result.errors.length ? (nothingImported ? 'error' : 'warning') : 'success'}
          showIcon
          data-testid="ad-import-result"
          message={t('adMonitoring.importResult', { imported: result.imported, rejected: result.rejected })}
          description={nothingImported && mode === 'all-or-nothing' ? t('adMonitoring.nothingImported') : undefined}
        />
      )}
      {result && result.errors.length > 0 && (
        <Table<RowError>
          size="small"
          title={() => t('adMonitoring.rowErrors')}
          rowKey={(r) => `${r.row}-${r.field}-${r.message}`}
          dataSource={result.errors}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('adMonitoring.row'), dataIndex: 'row', width: 80 },
            { title: t('adMonitoring.field'), dataIndex: 'field', width: 160 },
            { title: t('adMonitoring.message'), dataIndex: 'message' },
          ]}
        />
      )}
    </Space>
  );
}
