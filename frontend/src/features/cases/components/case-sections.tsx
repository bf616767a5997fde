import { Descriptions, Empty, Space, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import dayjs from 'dayjs';
import { ensureCaseStrings } from '../i18n';
import type { CreditSection, FollowUpProcess, RecallSection, ReferralSection } from '../types';

/**
 * How a field of a case-file section is shown: plain text, an ISO date, yuan, yes/no, or a code
 * translated under `enum` (e.g. `partyType.ORGANISATION`).
 */
export type FieldKind = 'text' | 'date' | 'money' | 'bool' | { enum: string };
export type SectionField = { key: string; kind?: FieldKind; mono?: boolean };

/**
 * Fixed field lists matching the backend's CaseDetail JSON (CaseDetail.java, Product.java; the
 * follow-up sections CaseDetail.Credit/Recall/Referral). Labels live under `caseField.<section>.<key>`
 * (the follow-up ones in ../i18n.ts); fields the backend may add later are not shown until listed
 * here (so no untranslated key ever reaches the screen).
 */
export const SECTION_FIELDS: Record<'party' | 'product' | 'penalty' | 'credit' | 'recall' | 'referral', SectionField[]> = {
  party: [
    { key: 'type', kind: { enum: 'partyType' } },
    { key: 'name' },
    { key: 'uscc', mono: true },
    { key: 'idNo', mono: true },
    { key: 'address' },
  ],
  product: [
    { key: 'name' },
    { key: 'brand' },
    { key: 'model' },
    { key: 'batchNo' },
    { key: 'standardCode' },
    { key: 'reportNo' },
    { key: 'nonConformingItems' },
    { key: 'samplingPlace' },
    { key: 'goodsValue', kind: 'money' },
  ],
  penalty: [
    { key: 'decisionNo' },
    { key: 'decisionDate', kind: 'date' },
    { key: 'fineAmount', kind: 'money' },
    { key: 'confiscationValue', kind: 'money' },
    { key: 'illegalGains', kind: 'money' },
    { key: 'paidAmount', kind: 'money' },
    { key: 'discretionLevel', kind: { enum: 'discretionLevel' } },
    { key: 'caseResult', kind: { enum: 'caseResult' } },
  ],
  credit: [
    { key: 'status', kind: { enum: 'creditStatus' } },
    { key: 'decisionNo' },
    { key: 'decisionDate', kind: 'date' },
    { key: 'publicationDueDate', kind: 'date' },
    { key: 'overdue', kind: 'bool' },
    { key: 'publishedDate', kind: 'date' },
    { key: 'publicationRecordId', mono: true },
    { key: 'idempotencyKey', mono: true },
    { key: 'penaltyKind', kind: { enum: 'penaltyKind' } },
    { key: 'publicationPeriod', kind: { enum: 'publicationPeriod' } },
    { key: 'handlingOfficer' },
    { key: 'attempts' },
    { key: 'lastError' },
    { key: 'endReason', kind: { enum: 'creditEndReason' } },
    { key: 'endedAt', kind: 'date' },
  ],
  recall: [
    { key: 'productName' },
    { key: 'defectSource', kind: { enum: 'defectSource' } },
    { key: 'defectDescription' },
    { key: 'hazardLevel', kind: { enum: 'hazardLevel' } },
    { key: 'defectConclusion', kind: { enum: 'defectConclusion' } },
    { key: 'recallOrdered', kind: 'bool' },
    { key: 'recallOrderNo' },
    { key: 'recallOrderDate', kind: 'date' },
    { key: 'recallPlanDueDate', kind: 'date' },
    { key: 'recallPlanRef' },
    { key: 'recallPlanPublishedDate', kind: 'date' },
    { key: 'summaryReportDueDate', kind: 'date' },
    { key: 'recallSummaryRef' },
    { key: 'recalledQuantity' },
    { key: 'evaluationResult', kind: { enum: 'evaluationResult' } },
    { key: 'recallOutcome', kind: { enum: 'recallOutcome' } },
  ],
  referral: [
    { key: 'referrals' },
    { key: 'suspectedCrime', kind: { enum: 'suspectedCrime' } },
    { key: 'documentNo' },
    { key: 'referralDecision', kind: { enum: 'referralDecision' } },
    { key: 'referralRejectionReason' },
    { key: 'receivingAuthority' },
    { key: 'transferDate', kind: 'date' },
    { key: 'transferReceiptNo' },
    { key: 'procuratorateCopied', kind: 'bool' },
    { key: 'policeAccepted', kind: 'bool' },
    { key: 'policeDecisionNo' },
    { key: 'policeDecisionDate', kind: 'date' },
    { key: 'reconsiderationDecision', kind: { enum: 'reconsiderationDecision' } },
    { key: 'referralOutcome', kind: { enum: 'referralOutcome' } },
  ],
};

const yuan = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatField(value: unknown, field: SectionField, t: TFunction): ReactNode {
  if (value === null || value === undefined || value === '') return '—';
  const kind = field.kind ?? 'text';
  if (kind === 'bool') return value ? t('common.yes') : t('common.no');
  if (kind === 'date') return dayjs(String(value)).format('YYYY-MM-DD');
  if (kind === 'money') {
    const n = Number(value);
    return Number.isFinite(n) ? t('common.yuan', { amount: yuan.format(n) }) : String(value);
  }
  if (typeof kind === 'object') return t(`${kind.enum}.${String(value)}`, { defaultValue: String(value) });
  if (typeof value === 'object') return '—';
  const text = String(value);
  return field.mono ? <span style={{ fontFamily: 'monospace' }}>{text}</span> : text;
}

/** One section of the case file as a fixed, translated field list. */
export function SectionView({
  section,
  record,
  empty,
}: {
  section: keyof typeof SECTION_FIELDS;
  record: object | null | undefined;
  empty: string;
}) {
  const { t } = useTranslation();
  ensureCaseStrings();
  const values = (record ?? {}) as Record<string, unknown>;
  const fields = SECTION_FIELDS[section];
  if (!record || fields.every((f) => values[f.key] === null || values[f.key] === undefined || values[f.key] === '')) {
    return <Empty description={empty} />;
  }
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid={`case-section-${section}`}>
      {fields.map((f) => (
        <Descriptions.Item key={f.key} label={t(`caseField.${section}.${f.key}`)}>
          {formatField(values[f.key], f, t)}
        </Descriptions.Item>
      ))}
    </Descriptions>
  );
}

const STATE_COLOURS: Record<FollowUpProcess['state'], string> = { RUNNING: 'processing', FINISHED: 'success' };

/** The follow-up process behind a section: its state, the steps it waits in (incidents marked), when it ran. */
export function FollowUpProcessView({ process }: { process: FollowUpProcess }) {
  const { t } = useTranslation();
  ensureCaseStrings();
  const time = (v: string | null) => (v ? dayjs(v).format('YYYY-MM-DD HH:mm') : '—');
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} data-testid="follow-up-process">
      <Descriptions.Item label={t('caseField.followUp.state')}>
        <Tag color={STATE_COLOURS[process.state]}>{t(`caseFollowUp.state.${process.state}`)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('caseField.followUp.currentSteps')}>
        {process.currentSteps.length
          ? process.currentSteps.map((s) => (
              <Tag key={s.activityId} color={s.incident ? 'error' : 'blue'}>
                {s.name ?? s.activityId}
                {s.incident && `（${t('caseFollowUp.incident')}）`}
              </Tag>
            ))
          : t('caseFollowUp.noStep')}
      </Descriptions.Item>
      <Descriptions.Item label={t('caseField.followUp.startedAt')}>{time(process.startedAt)}</Descriptions.Item>
      <Descriptions.Item label={t('caseField.followUp.endedAt')}>{time(process.endedAt)}</Descriptions.Item>
    </Descriptions>
  );
}

/** 信用公示, 召回 or 涉嫌犯罪移送: the section's fields and its process; "not applicable" when the case has none. */
export function FollowUpSection({
  section,
  record,
  empty,
}: {
  section: 'credit' | 'recall' | 'referral';
  record: CreditSection | RecallSection | ReferralSection | null;
  empty: string;
}) {
  ensureCaseStrings();
  if (!record) return <Empty description={empty} />;
  return (
    <Space direction="vertical" style={{ width: '100%' }} size="middle" data-testid={`follow-up-${section}`}>
      {record.process && <FollowUpProcessView process={record.process} />}
      <SectionView section={section} record={record} empty={empty} />
    </Space>
  );
}
