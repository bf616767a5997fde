import { Input, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ErrorState } from '@/components/error-state';
import { useDone, type DoneTask } from '../api/get-done';

/** 已办: what I completed or sent back, newest first, searchable, each linked to its case. */
export function DoneList() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const done = useDone(q, page);
  if (done.isError) return <ErrorState error={done.error} onRetry={() => done.refetch()} />;
  return (
    <div>
      <Typography.Title level={4}>{t('habits.done.title')}</Typography.Title>
      <Input.Search
        allowClear
        placeholder={t('habits.searchPlaceholder')}
        style={{ maxWidth: 360, marginBottom: 12 }}
        data-testid="done-search"
        onSearch={(v) => {
          setQ(v.trim());
          setPage(0);
        }}
      />
      <Table<DoneTask>
        rowKey="taskId"
        size="small"
        loading={done.isFetching}
        dataSource={done.data?.items ?? []}
        data-testid="done-table"
        pagination={{ current: page + 1, pageSize: 20, total: done.data?.total ?? 0, onChange: (p) => setPage(p - 1) }}
        columns={[
          {
            title: t('habits.case'),
            key: 'case',
            render: (_, r) =>
              r.caseId ? <Link to={`/cases/${r.caseId}`}>{r.caseNo ?? r.partyName ?? r.caseId}</Link> : '—',
          },
          { title: t('habits.party'), dataIndex: 'partyName' },
          { title: t('habits.step'), dataIndex: 'name' },
          {
            title: t('habits.decision'),
            key: 'decision',
            render: (_, r) => (
              <>
                {r.outcome === 'SENT_BACK' && <Tag color="orange">{t('habits.sentBack')}</Tag>}
                {r.decision && r.outcome !== 'SENT_BACK' && <Tag>{t(`habits.decisions.${r.decision}`, { defaultValue: r.decision })}</Tag>}
              </>
            ),
          },
          { title: t('habits.comment'), dataIndex: 'comment', ellipsis: true },
          { title: t('habits.completedAt'), dataIndex: 'completedAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
        ]}
      />
    </div>
  );
}
