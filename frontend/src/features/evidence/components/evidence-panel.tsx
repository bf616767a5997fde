import { App, Input, Select, Space, Table, Typography, Upload } from 'antd';
import { InboxOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ApiError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import { ErrorState } from '@/components/error-state';
import { evidenceContentUrl, useEvidence } from '../api/get-evidence';
import { useUploadEvidence } from '../api/upload-evidence';
import { EVIDENCE_TYPES, type Evidence } from '../types';

export function formatSize(bytes: number) {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Evidence of a case: upload (drag and drop, with progress) and the list with download links. */
export function EvidencePanel({ caseRef, canUpload = true }: { caseRef: string | number; canUpload?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const evidence = useEvidence(caseRef);
  const upload = useUploadEvidence();
  const [type, setType] = useState<string>('DOCUMENTARY');
  const [description, setDescription] = useState('');

  return (
    <div>
      {canUpload && (
        <Space direction="vertical" style={{ width: '100%', marginBottom: 12 }}>
          <Space wrap>
            <Select
              aria-label={t('evidence.type')}
              style={{ width: 200 }}
              value={type}
              onChange={setType}
              options={EVIDENCE_TYPES.map((v) => ({ value: v, label: t(`evidence.types.${v}`) }))}
            />
            <Input
              aria-label={t('evidence.description')}
              placeholder={t('evidence.description')}
              style={{ width: 320 }}
              value={description}
              onChange={(e) => setDescription(e.target.value)}
            />
          </Space>
          <Upload.Dragger
            multiple
            name="file"
            customRequest={({ file, onProgress, onSuccess, onError }) => {
              const f = file as File;
              upload.mutate(
                { caseRef, type, description, file: f, onProgress: (percent) => onProgress?.({ percent }) },
                {
                  onSuccess: (result) => {
                    onSuccess?.(result);
                    message.success(t('evidence.uploaded', { name: f.name }));
                  },
                  onError: (e) => {
                    onError?.(e as Error);
                    const text = e instanceof ApiError && e.status === 413 ? t('evidence.tooLarge') : errorMessage(e, t);
                    message.error(t('evidence.uploadFailed', { name: f.name, message: text }));
                  },
                },
              );
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('evidence.dragText')}</p>
            <p className="ant-upload-hint">{t('evidence.dragHint')}</p>
          </Upload.Dragger>
        </Space>
      )}
      {evidence.isError ? (
        <ErrorState error={evidence.error} onRetry={() => evidence.refetch()} />
      ) : (
        <Table<Evidence>
          rowKey="id"
          size="small"
          loading={evidence.isPending}
          dataSource={evidence.data ?? []}
          pagination={false}
          locale={{ emptyText: t('evidence.empty') }}
          columns={[
            { title: t('evidence.type'), dataIndex: 'type', render: (v: string) => t(`evidence.types.${v}`, { defaultValue: v }) },
            {
              title: t('evidence.fileName'),
              dataIndex: 'fileName',
              render: (v: string, row) => (
                <Space direction="vertical" size={0}>
                  <a href={evidenceContentUrl(row.id)} target="_blank" rel="noreferrer">
                    {v}
                  </a>
                  <Typography.Text type="secondary" style={{ fontSize: 11, fontFamily: 'monospace' }} title="SHA-256">
                    {row.sha256.substring(0, 16)}…
                  </Typography.Text>
                </Space>
              ),
            },
            { title: t('evidence.description'), dataIndex: 'description', ellipsis: true },
            { title: t('evidence.size'), dataIndex: 'size', render: formatSize },
            { title: t('evidence.uploadedBy'), dataIndex: 'uploadedBy' },
            { title: t('evidence.uploadedAt'), dataIndex: 'uploadedAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
            { title: t('evidence.version'), dataIndex: 'version' },
          ]}
        />
      )}
    </div>
  );
}
