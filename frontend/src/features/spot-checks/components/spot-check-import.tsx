import { Alert, Button, Card, Progress, Radio, Space, Table, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import { type ImportMode, type ImportResult, type RowError, importResultFromError, useImportSpotChecks } from '../api/import-spot-checks';

export function SpotCheckImport() {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const importer = useImportSpotChecks();

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
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('spotCheck.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('spotCheck.hint')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space>
          <span>{t('spotCheck.mode')}</span>
          <Radio.Group
            value={mode}
            onChange={(e) => setMode(e.target.value)}
            options={[
              { value: 'all-or-nothing', label: t('spotCheck.modeAll') },
              { value: 'good-rows', label: t('spotCheck.modeGood') },
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
          <Button type="primary" icon={<UploadOutlined />} loading={importer.isPending} data-testid="spot-check-upload">
            {t('spotCheck.upload')}
          </Button>
        </Upload>
        {progress !== null && <Progress percent={progress} size="small" />}
        {failure && <Alert type="error" showIcon role="alert" message={failure} />}
        {result && (
          <Alert
            type={result.errors.length ? (nothingImported ? 'error' : 'warning') : 'success'}
            showIcon
            data-testid="spot-check-result"
            message={t('spotCheck.result', { imported: result.imported, rejected: result.rejected })}
            description={nothingImported && mode === 'all-or-nothing' ? t('spotCheck.nothingImported') : undefined}
          />
        )}
        {result && result.errors.length > 0 && (
          <Table<RowError>
            size="small"
            title={() => t('spotCheck.errors')}
            rowKey={(r) => `${r.row}-${r.field}-${r.message}`}
            dataSource={result.errors}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: t('spotCheck.row'), dataIndex: 'row', width: 80 },
              { title: t('spotCheck.field'), dataIndex: 'field', width: 160 },
              { title: t('spotCheck.message'), dataIndex: 'message' },
            ]}
          />
        )}
      </Space>
    </Card>
  );
}
