import { Button, Empty, Space, Spin, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ErrorState } from '@/components/error-state';
import { approvalsPrintUrl, useApprovals, useTrace, type Approval, type TraceStep } from '../api/get-trace';
import { ProcessDiagram } from './process-diagram';

const STATE_COLOR: Record<string, string> = { PASSED: 'green', CURRENT: 'blue', SENT_BACK: 'orange', CANCELLED: 'default' };

/** 流程跟踪: the diagram with passed, current and skipped steps, and per step who, when, how long, what was said. */
export function ProcessTrace({ caseRef }: { caseRef: string | number }) {
  const { t } = useTranslation();
  const trace = useTrace(caseRef);
  if (trace.isPending) return <Spin />;
  if (trace.isError) return <ErrorState error={trace.error} onRetry={() => trace.refetch()} />;
  const tr = trace.data;
  return (
    <div data-testid="process-trace">
      {tr.processDefinitionId ? (
        <ProcessDiagram
          processDefinitionId={tr.processDefinitionId}
          activeActivityIds={tr.currentActivityIds}
          passedActivityIds={tr.passedActivityIds}
          skippedActivityIds={tr.skippedActivityIds}
        />
      ) : (
        <Empty description={t('common.none')} />
      )}
      <Table<TraceStep>
        style={{ marginTop: 12 }}
        size="small"
        rowKey={(s) => `${s.activityId}-${s.startedAt}`}
        pagination={false}
        dataSource={tr.steps}
        data-testid="trace-steps"
        columns={[
          { title: t('habits.step'), dataIndex: 'name' },
          {
            title: t('habits.trace.state'),
            dataIndex: 'state',
            render: (s: string) => <Tag color={STATE_COLOR[s]}>{t(`habits.trace.states.${s}`, { defaultValue: s })}</Tag>,
          },
          { title: t('habits.trace.by'), key: 'by', render: (_, s) => s.assigneeName ?? s.assignee ?? '—' },
          { title: t('habits.trace.started'), dataIndex: 'startedAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
          { title: t('habits.trace.ended'), dataIndex: 'endedAt', render: (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—') },
          {
            title: t('habits.trace.workingDays'),
            dataIndex: 'workingDays',
            render: (v: number | null) => (v == null ? '—' : t('habits.trace.days', { count: v })),
          },
          {
            title: t('habits.decision'),
            key: 'decision',
            render: (_, s) => (s.decision ? t(`habits.decisions.${s.decision}`, { defaultValue: s.decision }) : ''),
          },
          { title: t('habits.comment'), dataIndex: 'comment' },
        ]}
      />
    </div>
  );
}

/** 审批记录: who decided what, when, with which comment; printable. */
export function ApprovalRecord({ caseRef }: { caseRef: string | number }) {
  const { t } = useTranslation();
  const approvals = useApprovals(caseRef);
  if (approvals.isPending) return <Spin />;
  if (approvals.isError) return <ErrorState error={approvals.error} onRetry={() => approvals.refetch()} />;
  return (
    <div data-testid="approval-record">
      <Space style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('habits.approvals.title')}</Typography.Text>
        <Button size="small" href={approvalsPrintUrl(caseRef)} target="_blank" data-testid="print-approvals">
          {t('habits.approvals.print')}
        </Button>
      </Space>
      <Table<Approval>
        size="small"
        rowKey="taskId"
        pagination={false}
        dataSource={approvals.data.items}
        columns={[
          { title: t('habits.step'), dataIndex: 'step' },
          { title: t('habits.trace.by'), key: 'user', render: (_, a) => a.userName ?? a.user },
          { title: t('habits.approvals.role'), dataIndex: 'role' },
          { title: t('habits.approvals.time'), dataIndex: 'at', render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm') },
          {
            title: t('habits.decision'),
            key: 'decision',
            render: (_, a) =>
              a.outcome === 'SENT_BACK' ? (
                <Tag color="orange">{t('habits.sentBack')}</Tag>
              ) : a.decision ? (
                t(`habits.decisions.${a.decision}`, { defaultValue: a.decision })
              ) : (
                ''
              ),
          },
          { title: t('habits.comment'), dataIndex: 'comment' },
        ]}
      />
    </div>
  );
}
