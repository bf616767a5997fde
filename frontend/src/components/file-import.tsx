import { Alert, Button, Progress, Radio, Space, Table, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import type { UseMutationResult } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import {
  type CheckResult,
  type ImportInput,
  type ImportMode,
  type ImportResult,
  type RowError,
  importResultFromError,
} from '@/lib/file-import';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function RowErrors({
  errors,
  testId,
  fieldLabel,
}: {
  errors: RowError[];
  testId: string;
  fieldLabel?: (field: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <Table<RowError>
      size="small"
      data-testid={testId}
      title={() => t('fileImport.errors')}
      rowKey={(r) => `${r.row}-${r.field}-${r.message}`}
      dataSource={errors}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      columns={[
        { title: t('fileImport.row'), dataIndex: 'row', width: 80 },
        {
          title: t('fileImport.field'),
          dataIndex: 'field',
          width: 160,
          render: (field: string) => (fieldLabel ? fieldLabel(field) : field),
        },
        { title: t('fileImport.message'), dataIndex: 'message' },
      ]}
    />
  );
}

/**
 * A CSV/xlsx import: the mode (all-or-nothing, the default, or only the good rows), the file picker with
 * upload progress, the counts and the rejected rows with their errors. `importer` does the upload
 * (one per import endpoint); `testId` prefixes the upload button's and the result's test ids.
 * With a `checker` the chosen file is first checked on the server (nothing stored): the counts and the
 * row errors are shown and the import runs only when the user confirms. `fieldLabel` names a row
 * error's field key in the UI language (the file's column header).
 */
export function FileImport({
  importer,
  checker,
  fieldLabel,
  testId,
  intro,
}: {
  importer: UseMutationResult<ImportResult, Error, ImportInput>;
  checker?: UseMutationResult<CheckResult, Error, ImportInput>;
  fieldLabel?: (field: string) => string;
  testId: string;
  intro?: ReactNode;
}) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<ImportMode>('all-or-nothing');
  const [progress, setProgress] = useState<number | null>(null);
  const [checked, setChecked] = useState<{ file: File; check: CheckResult } | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const reset = () => {
    setChecked(null);
    setResult(null);
    setFailure(null);
  };

  const runImport = (file: File) => {
    setResult(null);
    setFailure(null);
    setProgress(0);
    importer.mutate(
      { file, mode, onProgress: setProgress },
      {
        onSuccess: (r) => {
          setChecked(null);
          setResult(r);
        },
        onError: (e) => {
          setChecked(null);
          const rejected = importResultFromError(e);
          if (rejected) setResult(rejected);
          else setFailure(errorMessage(e, t));
        },
        onSettled: () => setProgress(null),
      },
    );
  };

  const start = (file: File) => {
    if (!checker) {
      runImport(file);
      return;
    }
    reset();
    setProgress(0);
    checker.mutate(
      { file, mode, onProgress: setProgress },
      {
        onSuccess: (check) => setChecked({ file, check }),
        onError: (e) => setFailure(errorMessage(e, t)),
        onSettled: () => setProgress(null),
      },
    );
  };

  const nothingImported = result && result.imported === 0 && result.errors.length > 0;
  const check = checked?.check;
  // what confirming would import in the chosen mode (the mode may change after the check)
  const wouldImport = check ? (mode === 'all-or-nothing' && check.rejected > 0 ? 0 : check.valid) : 0;
  const busy = importer.isPending || !!checker?.isPending;

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
        <Button type="primary" icon={<UploadOutlined />} loading={busy} data-testid={`${testId}-upload`}>
          {checker ? t('fileImport.chooseAndCheck') : t('fileImport.upload')}
        </Button>
      </Upload>
      {progress !== null && <Progress percent={progress} size="small" />}
      {failure && <Alert type="error" showIcon role="alert" message={failure} />}
      {checked && check && (
        <>
          <Alert
            type={check.rejected ? 'warning' : 'success'}
            showIcon
            data-testid={`${testId}-check`}
            message={
              <Trans
                i18nKey="fileImport.checked"
                values={{ name: checked.file.name, rows: check.rows, valid: check.valid, rejected: check.rejected }}
                // the file name is the user's, not UI text
                components={{ file: <span data-no-english-check /> }}
              />
            }
            description={
              check.rejected > 0
                ? mode === 'all-or-nothing'
                  ? t('fileImport.checkAllBlocked')
                  : t('fileImport.checkGoodRows', { count: check.valid })
                : t('fileImport.checkClean')
            }
          />
          {check.errors.length > 0 && <RowErrors errors={check.errors} testId={`${testId}-errors`} fieldLabel={fieldLabel} />}
          <Space>
            <Button
              type="primary"
              data-testid={`${testId}-confirm`}
              disabled={wouldImport === 0}
              loading={importer.isPending}
              onClick={() => runImport(checked.file)}
            >
              {t('fileImport.confirm', { count: wouldImport })}
            </Button>
            <Button data-testid={`${testId}-cancel`} disabled={importer.isPending} onClick={reset}>
              {t('fileImport.cancel')}
            </Button>
          </Space>
        </>
      )}
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
        <RowErrors errors={result.errors} testId={`${testId}-errors`} fieldLabel={fieldLabel} />
      )}
    </Space>
  );
}
