import { Card, Descriptions, Empty, List, Space, Spin, Tabs, Tag, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { DeadlineBadge } from '@/components/deadline-badge';
import { ErrorState } from '@/components/error-state';
import { useCase } from '../api/get-case';
import type { CaseDetail as CaseDetailType, OpenRecord } from '../types';
import { CaseFacts } from './case-summary';
import { ProcessDiagram } from './process-diagram';
import { ApprovalRecord, ProcessTrace } from './process-trace';

function formatValue(value: unknown): ReactNode {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'boolean') return value ? '✓' : '✗';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'object' ? JSON.stringify(v) : String(v))).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/** The API leaves these sections open ({...}); show whatever fields the backend sends. */
function RecordView({ record, empty }: { record: OpenRecord | null; empty: string }) {
  if (!record || Object.keys(record).length === 0) return <Empty description={empty} />;
  return (
    <Descriptions size="small" bordered column={2}>
      {Object.entries(record).map(([key, value]) => (
        <Descriptions.Item key={key} label={key}>
          {formatValue(value)}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

export type CaseDetailSlots = {
  /** rendered in the evidence tab (composed by the route from the evidence feature) */
  evidence?: (c: CaseDetailType) => ReactNode;
  documents?: (c: CaseDetailType) => ReactNode;
};

export function CaseDetail({ caseRef, slots = {} }: { caseRef: string; slots?: CaseDetailSlots }) {
  const { t } = useTranslation();
  const detail = useCase(caseRef);
  if (detail.isPending) return <Spin />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => detail.refetch()} />;
  const c = detail.data;

  const items = [
    {
      key: 'overview',
      label: t('caseDetail.overview'),
      children: (
        <Space direction="vertical" style={{ width: '100%' }} size="middle">
          <CaseFacts row={c} column={2} />
          <Card size="small" title={t('caseDetail.party')}>
            <RecordView record={c.party} empty={t('common.none')} />
          </Card>
          <Card size="small" title={t('caseDetail.officers')}>
            {c.officers.length ? c.officers.map((o) => <Tag key={o.username}>{o.displayName}</Tag>) : t('common.none')}
          </Card>
          <Card size="small" title={t('caseDetail.deadlines')}>
            <List
              size="small"
              dataSource={c.deadlines}
              locale={{ emptyText: t('common.none') }}
              renderItem={(d) => (
                <List.Item>
                  <span>{d.name}</span>
                  <Space>
                    <span>{dayjs(d.due).format('YYYY-MM-DD')}</span>
                    <DeadlineBadge due={d.due} overdue={d.overdue} />
                  </Space>
                </List.Item>
              )}
            />
          </Card>
        </Space>
      ),
    },
    {
      key: 'products',
      label: t('caseDetail.products'),
      children: c.products.length ? (
        <Space direction="vertical" style={{ width: '100%' }}>
          {c.products.map((p, i) => (
            <RecordView key={i} record={p} empty={t('common.none')} />
          ))}
        </Space>
      ) : (
        <Empty description={t('common.none')} />
      ),
    },
    { key: 'penalty', label: t('caseDetail.penalty'), children: <RecordView record={c.penalty} empty={t('caseDetail.noPenalty')} /> },
    { key: 'credit', label: t('caseDetail.credit'), children: <RecordView record={c.credit} empty={t('caseDetail.notApplicable')} /> },
    { key: 'recall', label: t('caseDetail.recall'), children: <RecordView record={c.recall} empty={t('caseDetail.notApplicable')} /> },
    { key: 'referral', label: t('caseDetail.referral'), children: <RecordView record={c.referral} empty={t('caseDetail.notApplicable')} /> },
    { key: 'evidence', label: t('caseDetail.evidence'), children: slots.evidence?.(c) },
    { key: 'documents', label: t('caseDetail.documents'), children: slots.documents?.(c) },
    {
      key: 'timeline',
      label: t('caseDetail.timeline'),
      children: c.timeline.length ? (
        <Timeline
          items={c.timeline.map((e) => ({
            children: (
              <div>
                <Typography.Text type="secondary">{dayjs(e.time).format('YYYY-MM-DD HH:mm')}</Typography.Text>{' '}
                <Typography.Text strong>{e.activityName ?? e.kind}</Typography.Text>{' '}
                {e.userName && <Typography.Text>{e.userName}</Typography.Text>}
                {e.message && <div>{e.message}</div>}
                {e.comment && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{e.comment}</Typography.Paragraph>}
              </div>
            ),
          }))}
        />
      ) : (
        <Empty description={t('common.none')} />
      ),
    },
    { key: 'trace', label: t('habits.trace.title'), children: <ProcessTrace caseRef={c.id} /> },
    { key: 'approvals', label: t('habits.approvals.title'), children: <ApprovalRecord caseRef={c.id} /> },
    {
      key: 'diagram',
      label: t('caseDetail.diagram'),
      children: c.processDefinitionId ? (
        <ProcessDiagram
          processDefinitionId={c.processDefinitionId}
          activeActivityIds={c.activeActivityIds ?? []}
          passedActivityIds={c.passedActivityIds ?? []}
        />
      ) : (
        <Empty description={t('common.none')} />
      ),
    },
  ];

  return (
    <div>
      <Space align="center" style={{ marginBottom: 8 }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {c.caseNo ?? t('caseInfo.noCaseNo')} · {c.partyName}
        </Typography.Title>
        <Tag color="blue">{t(`stage.${c.stage}`, { defaultValue: c.stage })}</Tag>
        <DeadlineBadge due={c.due} overdue={c.overdue} />
      </Space>
      <Tabs items={items} destroyInactiveTabPane />
    </div>
  );
}
