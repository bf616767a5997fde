import { Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ErrorState } from '@/components/error-state';
import { documentContentUrl } from '../api/document-content';
import type { CaseDocument } from '../types';

/**
 * A case's documents with preview and download links. `loading` and `error` are the state of the request
 * that brings them (e.g. the case detail): a failed load shows the error with retry, never "no documents".
 */
export function DocumentsList({
  documents,
  loading = false,
  error,
  onRetry,
}: {
  documents: CaseDocument[];
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
}) {
  const { t } = useTranslation();
  if (error) return <ErrorState error={error} title={t('documents.loadError')} onRetry={onRetry} />;
  return (
    <Table<CaseDocument>
      rowKey="id"
      size="small"
      pagination={false}
      loading={loading}
      dataSource={documents}
      locale={{ emptyText: loading ? ' ' : t('documents.empty') }}
      columns={[
        { title: t('documents.title'), dataIndex: 'title' },
        { title: t('documents.number'), dataIndex: 'number', render: (v) => v ?? '—' },
        { title: t('documents.version'), dataIndex: 'version' },
        { title: t('documents.createdBy'), dataIndex: 'createdBy' },
        { title: t('documents.createdAt'), dataIndex: 'createdAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
        {
          title: '',
          key: 'actions',
          render: (_, row) => (
            <Space>
              <a href={documentContentUrl(row.id)} target="_blank" rel="noreferrer">
                {t('common.preview')}
              </a>
              <a href={documentContentUrl(row.id)} download={`${row.title}.pdf`}>
                {t('common.download')}
              </a>
            </Space>
          ),
        },
      ]}
    />
  );
}
