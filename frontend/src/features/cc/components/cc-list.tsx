import { Badge, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ErrorState } from '@/components/error-state';
import { useCarbonCopies, useMarkCarbonCopyRead, type CarbonCopy } from '../api/get-cc';
import { keyboardClickable } from '@/lib/keyboard';

/** 抄送给我: cases copied to me (read-only), unread ones marked; opening one marks it read. */
export function CarbonCopyList() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [unread, setUnread] = useState(false);
  const [page, setPage] = useState(0);
  const copies = useCarbonCopies(unread, page);
  const markRead = useMarkCarbonCopyRead();
  if (copies.isError) return <ErrorState error={copies.error} onRetry={() => copies.refetch()} />;
  const open = (c: CarbonCopy) => {
    if (c.unread) markRead.mutate(c.id);
    navigate(`/cases/${c.caseId}`);
  };
  return (
    <div>
      <Typography.Title level={4}>{t('habits.cc.title')}</Typography.Title>
      <Segmented
        style={{ marginBottom: 12 }}
        value={unread ? 'unread' : 'all'}
        onChange={(v) => {
          setUnread(v === 'unread');
          setPage(0);
        }}
        options={[
          { value: 'all', label: t('habits.cc.all') },
          { value: 'unread', label: t('habits.cc.unread') },
        ]}
      />
      <Table<CarbonCopy>
        rowKey="id"
        size="small"
        loading={copies.isFetching}
        dataSource={copies.data?.items ?? []}
        data-testid="cc-table"
        onRow={(c) => ({ ...keyboardClickable(() => open(c)), style: { cursor: 'pointer' } })}
        pagination={{ current: page + 1, pageSize: 20, total: copies.data?.total ?? 0, onChange: (p) => setPage(p - 1) }}
        columns={[
          {
            title: t('habits.case'),
            key: 'case',
            render: (_, c) => (
              <span data-unread={c.unread}>
                {c.unread && <Badge status="processing" text={<Tag color="red">{t('habits.cc.new')}</Tag>} />}{' '}
                {c.caseNo ?? c.partyName}
              </span>
            ),
          },
          { title: t('habits.party'), dataIndex: 'partyName' },
          { title: t('habits.step'), dataIndex: 'taskName' },
          { title: t('habits.cc.from'), key: 'from', render: (_, c) => c.fromUserName ?? c.fromUser },
          { title: t('habits.cc.at'), dataIndex: 'createdAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
        ]}
      />
    </div>
  );
}
