import { App, Input, List, Progress, Select, Space, Table, Typography, Upload } from 'antd';
import { CheckCircleOutlined, CloseCircleOutlined, InboxOutlined } from '@ant-design/icons';
import { useCallback, useState } from 'react';
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

/** One file of an upload: each file has its own progress, result and error. */
type FileUpload = { uid: string; name: string; percent: number; status: 'uploading' | 'done' | 'error'; error?: string };

/** Evidence of a case: upload (drag and drop, with progress) and the list with download links. */
export function EvidencePanel({ caseRef, canUpload = true }: { caseRef: string | number; canUpload?: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const evidence = useEvidence(caseRef);
  const upload = useUploadEvidence();
  const [type, setType] = useState<string>('DOCUMENTARY');
  const [description, setDescription] = useState('');
  const [uploads, setUploads] = useState<FileUpload[]>([]);
  const patchUpload = useCallback(
    (uid: string, patch: Partial<FileUpload>) => setUploads((list) => list.map((u) => (u.uid === uid ? { ...u, ...patch } : u))),
    [],
  );

  // one mutateAsync per file: per-call callbacks of a shared mutation would only run for the last file
  const uploadFile = async (uid: string, f: File) => {
    setUploads((list) => [...list.filter((u) => u.uid !== uid), { uid, name: f.name, percent: 0, status: 'uploading' }]);
    try {
      await upload.mutateAsync({ caseRef, type, description, file: f, onProgress: (percent) => patchUpload(uid, { percent }) });
      patchUpload(uid, { status: 'done', percent: 100 });
      message.success(t('evidence.uploaded', { name: f.name }));
    } catch (e) {
      const text = e instanceof ApiError && e.status === 413 ? t('evidence.tooLarge') : errorMessage(e, t);
      patchUpload(uid, { status: 'error', error: text });
      message.error(t('evidence.uploadFailed', { name: f.name, message: text }));
    }
  };

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
            showUploadList={false}
            customRequest={({ file }) => {
              const f = file as File & { uid?: string };
              void uploadFile(f.uid ?? `${f.name}-${Date.now()}`, f);
            }}
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('evidence.dragText')}</p>
            <p className="ant-upload-hint">{t('evidence.dragHint')}</p>
          </Upload.Dragger>
          {uploads.length > 0 && (
            <List
              size="small"
              data-testid="evidence-uploads"
              dataSource={uploads}
              renderItem={(u) => (
                <List.Item key={u.uid} data-testid="evidence-upload" data-status={u.status}>
                  <Space direction="vertical" size={0} style={{ width: '100%' }}>
                    <Space>
                      {u.status === 'done' && <CheckCircleOutlined style={{ color: '#52c41a' }} />}
                      {u.status === 'error' && <CloseCircleOutlined style={{ color: '#ff4d4f' }} />}
                      <Typography.Text>{u.name}</Typography.Text>
                    </Space>
                    {u.status === 'uploading' && <Progress percent={u.percent} size="small" />}
                    {u.status === 'error' && (
                      <Typography.Text type="danger" role="alert">
                        {t('evidence.uploadFailed', { name: u.name, message: u.error })}
                      </Typography.Text>
                    )}
                  </Space>
                </List.Item>
              )}
            />
          )}
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
