import { Descriptions, Spin } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { DeadlineBadge } from '@/components/deadline-badge';
import { ErrorState } from '@/components/error-state';
import { useCase } from '../api/get-case';
import type { CaseRow } from '../types';

export function CaseFacts({ row, column = 1 }: { row: CaseRow; column?: number }) {
  const { t } = useTranslation();
  return (
    <Descriptions size="small" column={column} bordered>
      <Descriptions.Item label={t('caseInfo.caseNo')}>{row.caseNo ?? t('caseInfo.noCaseNo')}</Descriptions.Item>
      {row.leadId && <Descriptions.Item label={t('caseInfo.lead')}>{row.leadId}</Descriptions.Item>}
      <Descriptions.Item label={t('caseInfo.party')}>{row.partyName}</Descriptions.Item>
      {row.partyUscc && (
        <Descriptions.Item label={t('caseInfo.uscc')}>
          <span style={{ fontFamily: 'monospace' }}>{row.partyUscc}</span>
        </Descriptions.Item>
      )}
      {row.partyIdNo && (
        <Descriptions.Item label={t('caseField.party.idNo')}>
          <span style={{ fontFamily: 'monospace' }}>{row.partyIdNo}</span>
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('caseInfo.campaign')}>{row.campaignName ?? '—'}</Descriptions.Item>
      <Descriptions.Item label={t('caseInfo.agency')}>{row.agencyName}</Descriptions.Item>
      <Descriptions.Item label={t('caseInfo.stage')}>{t(`stage.${row.stage}`, { defaultValue: row.stage })}</Descriptions.Item>
      <Descriptions.Item label={t('caseInfo.source')}>{t(`source.${row.source}`, { defaultValue: row.source })}</Descriptions.Item>
      <Descriptions.Item label={t('caseInfo.registeredAt')}>{dayjs(row.registeredAt).format('YYYY-MM-DD')}</Descriptions.Item>
      {row.filedAt && <Descriptions.Item label={t('caseInfo.filedAt')}>{dayjs(row.filedAt).format('YYYY-MM-DD')}</Descriptions.Item>}
      <Descriptions.Item label={t('caseInfo.due')}>
        <DeadlineBadge due={row.due} workingDaysLeft={row.workingDaysLeft} overdue={row.overdue} />
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Compact case panel for the task page. */
export function CaseSummary({ caseRef }: { caseRef: string | number }) {
  const { t } = useTranslation();
  const detail = useCase(caseRef);
  if (detail.isPending) return <Spin />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => detail.refetch()} />;
  return (
    <div>
      <CaseFacts row={detail.data} />
      <div style={{ marginTop: 8 }}>
        <Link to={`/cases/${detail.data.id}`}>{t('caseInfo.openCase')}</Link>
      </div>
    </div>
  );
}
