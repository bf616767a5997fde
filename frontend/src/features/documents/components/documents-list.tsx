import { Space, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { documentContentUrl } from '../api/document-content';
import type { CaseDocument } from '../types';

export function DocumentsList({ documents }: { documents: CaseDocument[] }) {
  const { t } = useTranslation();
  return (
    <Table<CaseDocument>
      rowKey="id"
      size="small"
      pagination={false}
      dataSource={documents}
      locale={{ emptyText: t('documents.empty') }}
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
