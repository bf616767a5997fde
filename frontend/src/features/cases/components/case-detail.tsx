import { Card, Empty, List, Space, Spin, Tabs, Tag, Timeline, Typography } from 'antd';
import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { DeadlineBadge } from '@/components/deadline-badge';
import { ErrorState } from '@/components/error-state';
import { useCase } from '../api/get-case';
import type { TFunction } from 'i18next';
import type { CaseDetail as CaseDetailType, TimelineEntry } from '../types';
import { CaseFacts } from './case-summary';
import { ApprovalRecord, ProcessTrace } from './process-trace';
import { FollowUpSection, SectionView } from './case-sections';
import { ensureCaseStrings } from '../i18n';

// bpmn-js is large: loaded when the diagram tab is opened
const ProcessDiagram = lazy(() => import('./process-diagram').then((m) => ({ default: m.ProcessDiagram })));

/**
 * A timeline entry in the UI language: activities by their (model) name, audit entries
 * (`ACTION: old → new`) by their translated action, stage codes translated.
 */
export function timelineText(e: TimelineEntry, t: TFunction): { title: string; detail: string | null } {
  if (e.kind === 'AUDIT' && e.message) {
    const m = /^([A-Z_]+)(?::\s*(.*))?$/.exec(e.message);
    if (m) {
      const stage = (v: string) => t(`stage.${v.trim()}`, { defaultValue: v.trim() });
      const values = m[2] ? m[2].split('→').map(stage).join(' → ') : null;
      return { title: t(`auditAction.${m[1]}`, { defaultValue: t('timelineKind.AUDIT') }), detail: values };
    }
  }
  if (e.kind === 'ACTIVITY_STARTED' || e.kind === 'ACTIVITY_COMPLETED') {
    return { title: `${e.activityName ?? ''} ${t(`timelineKind.${e.kind}`)}`.trim(), detail: null };
  }
  return { title: e.activityName ?? t(`timelineKind.${e.kind}`, { defaultValue: t('timelineKind.AUDIT') }), detail: null };
}

export type CaseDetailSlots = {
  /** rendered in the evidence tab (composed by the route from the evidence feature) */
  evidence?: (c: CaseDetailType) => ReactNode;
  documents?: (c: CaseDetailType) => ReactNode;
};

export function CaseDetail({ caseRef, slots = {} }: { caseRef: string; slots?: CaseDetailSlots }) {
  const { t } = useTranslation();
  ensureCaseStrings();
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
            <SectionView section="party" record={c.party} empty={t('common.none')} />
            {c.party?.idNoMasked && (
              <Typography.Text type="secondary" data-testid="id-no-masked">
                {t('caseFollowUp.idNoMasked')}
              </Typography.Text>
            )}
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
                    <DeadlineBadge due={d.due} workingDaysLeft={d.workingDaysLeft} overdue={d.overdue} />
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
            <SectionView key={p.id ?? i} section="product" record={p} empty={t('common.none')} />
          ))}
        </Space>
      ) : (
        <Empty description={t('common.none')} />
      ),
    },
    { key: 'penalty', label: t('caseDetail.penalty'), children: <SectionView section="penalty" record={c.penalty} empty={t('caseDetail.noPenalty')} /> },
    ...(['credit', 'recall', 'referral'] as const).map((section) => ({
      key: section,
      label: t(`caseDetail.${section}`),
      children: <FollowUpSection section={section} record={c[section]} empty={t('caseDetail.notApplicable')} />,
    })),
    { key: 'evidence', label: t('caseDetail.evidence'), children: slots.evidence?.(c) },
    { key: 'documents', label: t('caseDetail.documents'), children: slots.documents?.(c) },
    {
      key: 'timeline',
      label: t('caseDetail.timeline'),
      children: c.timeline.length ? (
        <Timeline
          items={c.timeline.map((e) => {
            const text = timelineText(e, t);
            return {
              children: (
                <div>
                  <Typography.Text type="secondary">{dayjs(e.time).format('YYYY-MM-DD HH:mm')}</Typography.Text>{' '}
                  <Typography.Text strong>{text.title}</Typography.Text>{' '}
                  {e.userName && <Typography.Text>{e.userName}</Typography.Text>}
                  {text.detail && <div>{text.detail}</div>}
                  {e.kind === 'COMMENT' && e.comment && (
                    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
                      {e.comment}
                    </Typography.Paragraph>
                  )}
                </div>
              ),
            };
          })}
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
        <Suspense fallback={<Spin />}>
          <ProcessDiagram
            processDefinitionId={c.processDefinitionId}
            activeActivityIds={c.activeActivityIds ?? []}
            passedActivityIds={c.passedActivityIds ?? []}
          />
        </Suspense>
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
        <DeadlineBadge due={c.due} workingDaysLeft={c.workingDaysLeft} overdue={c.overdue} />
      </Space>
      <Tabs items={items} destroyOnHidden />
    </div>
  );
}
