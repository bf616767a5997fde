import { Descriptions, Empty } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import dayjs from 'dayjs';

/**
 * How a field of a case-file section is shown: plain text, an ISO date, yuan, yes/no, or a code
 * translated under `enum` (e.g. `partyType.ORGANISATION`).
 */
export type FieldKind = 'text' | 'date' | 'money' | 'bool' | { enum: string };
export type SectionField = { key: string; kind?: FieldKind; mono?: boolean };

/**
 * Fixed field lists matching the backend's CaseDetail JSON (CaseDetail.java, Product.java) and,
 * for the follow-up sections, the variables in processes/CONTRACT.md. Labels live under
 * `caseField.<section>.<key>`; fields the backend may add later are not shown until listed here
 * (so no untranslated key ever reaches the screen).
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
    { key: 'decisionNo' },
    { key: 'penaltyKind', kind: { enum: 'penaltyKind' } },
    { key: 'publicationDueDate', kind: 'date' },
    { key: 'publishedDate', kind: 'date' },
    { key: 'publicationPeriod', kind: { enum: 'publicationPeriod' } },
    { key: 'publicationRecordId' },
  ],
  recall: [
    { key: 'defectSource', kind: { enum: 'defectSource' } },
    { key: 'defectConclusion', kind: { enum: 'defectConclusion' } },
    { key: 'recallOrderDate', kind: 'date' },
    { key: 'recallPlanDueDate', kind: 'date' },
    { key: 'recalledQuantity' },
    { key: 'recallOutcome', kind: { enum: 'recallOutcome' } },
  ],
  referral: [
    { key: 'referralDecision', kind: { enum: 'referralDecision' } },
    { key: 'transferDate', kind: 'date' },
    { key: 'policeDecisionNo' },
    { key: 'policeDecisionDate', kind: 'date' },
    { key: 'policeAccepted', kind: 'bool' },
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
