import { App, Button, Input, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ErrorState } from '@/components/error-state';
import { errorMessage } from '@/lib/errors';
import { useStarted, useUrgeTask, type StartedCase } from '../api/get-started';

/** 我发起的: the leads and cases I registered with their current steps; I can urge whoever holds one. */
export function StartedList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const started = useStarted(q, page);
  const urge = useUrgeTask();
  if (started.isError) return <ErrorState error={started.error} onRetry={() => started.refetch()} />;
  return (
    <div>
      <Typography.Title level={4}>{t('habits.started.title')}</Typography.Title>
      <Input.Search
        allowClear
        placeholder={t('habits.searchPlaceholder')}
        style={{ maxWidth: 360, marginBottom: 12 }}
        onSearch={(v) => {
          setQ(v.trim());
          setPage(0);
        }}
      />
      <Table<StartedCase>
        rowKey="caseId"
        size="small"
        loading={started.isFetching}
        dataSource={started.data?.items ?? []}
        data-testid="started-table"
        pagination={{ current: page + 1, pageSize: 20, total: started.data?.total ?? 0, onChange: (p) => setPage(p - 1) }}
        columns={[
          { title: t('habits.case'), key: 'case', render: (_, r) => <Link to={`/cases/${r.caseId}`}>{r.caseNo ?? t('habits.leadNo', { id: r.caseId })}</Link> },
          { title: t('habits.party'), dataIndex: 'partyName' },
          { title: t('habits.stage'), dataIndex: 'stage', render: (s: string) => <Tag color="blue">{t(`stage.${s}`, { defaultValue: s })}</Tag> },
          {
            title: t('habits.currentStep'),
            key: 'current',
            render: (_, r) => (
              <Space direction="vertical" size={2}>
                {r.currentSteps.map((s) => (
                  <Space key={s.taskId}>
                    <span>{s.name}</span>
                    <Typography.Text type="secondary">{s.assigneeName ?? t('habits.unassigned')}</Typography.Text>
                    <Button
                      size="small"
                      data-testid={`urge-${s.taskId}`}
                      loading={urge.isPending && urge.variables?.taskId === s.taskId}
                      onClick={() =>
                        urge.mutate(
                          { taskId: s.taskId },
                          {
                            onSuccess: () => message.success(t('habits.urged')),
                            onError: (e) => message.error(errorMessage(e, t)),
                          },
                        )
                      }
                    >
                      {t('habits.urge')}
                    </Button>
                  </Space>
                ))}
              </Space>
            ),
          },
          { title: t('habits.registeredAt'), dataIndex: 'registeredAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD') },
        ]}
      />
    </div>
  );
}
