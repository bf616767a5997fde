import { Alert, Button, Progress, Radio, Space, Table, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import { type ImportInput, type ImportMode, type ImportResult, type RowError, importResultFromError } from '@/lib/file-import';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * A CSV/xlsx import: the mode (all-or-nothing, the default, or only the good rows), the file picker with
 * upload progress, the counts and the rejected rows with their errors. `importer` does the upload
 * (one per import endpoint); `testId` prefixes the upload button's and the result's test ids.
 */
export function FileImport({
  importer,
  testId,
  intro,
}: {
  importer: UseMutationResult<ImportResult, Error, ImportInput>;
  testId: string;
  intro?: ReactNode;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [progress, setProgress] = useState<number | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

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
      {intro}
      <Space>
        <span id={`${testId}-mode`}>{t('fileImport.mode')}</span>
        <Radio.Group
          aria-labelledby={`${testId}-mode`}
          value={mode}
          onChange={(e) => setMode(e.target.value)}
          options={[
            { value: 'all-or-nothing', label: t('fileImport.modeAll') },
            { value: 'good-rows', label: t('fileImport.modeGood') },
          ]}
        />
      </Space>
      <Upload
        accept={ACCEPT}
        showUploadList={false}
        beforeUpload={(file) => {
          start(file);
          return false;
        }}
      >
        <Button type="primary" icon={<UploadOutlined />} loading={importer.isPending} data-testid={`${testId}-upload`}>
          {t('fileImport.upload')}
        </Button>
      </Upload>
      {progress !== null && <Progress percent={progress} size="small" />}
      {failure && <Alert type="error" showIcon role="alert" message={failure} />}
      {result && (
        <Alert
          type={result.errors.length ? (nothingImported ? 'error' : 'warning') : 'success'}
          showIcon
          data-testid={`${testId}-result`}
          message={t('fileImport.result', { imported: result.imported, rejected: result.rejected })}
          description={nothingImported && mode === 'all-or-nothing' ? t('fileImport.nothingImported') : undefined}
        />
      )}
      {result && result.errors.length > 0 && (
        <Table<RowError>
          size="small"
          data-testid={`${testId}-errors`}
          title={() => t('fileImport.errors')}
          rowKey={(r) => `${r.row}-${r.field}-${r.message}`}
          dataSource={result.errors}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          columns={[
            { title: t('fileImport.row'), dataIndex: 'row', width: 80 },
            { title: t('fileImport.field'), dataIndex: 'field', width: 160 },
            { title: t('fileImport.message'), dataIndex: 'message' },
          ]}
        />
      )}
    </Space>
  );
}
