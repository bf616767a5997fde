import { Button, Checkbox, DatePicker, Empty, Input, Select, Space, Table, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useEffect, useMemo, useState } from 'react';
import dayjs from 'dayjs';
import { DeadlineBadge } from '@/components/deadline-badge';
import { ErrorState } from '@/components/error-state';
import { useCampaigns } from '@/lib/reference-data';
import { useRememberListSearch } from '@/lib/list-return';
import zhCN from '@/locales/zh-CN';
import { useCases } from '../api/get-cases';
import type { CaseFilters, CaseRow } from '../types';

const STAGES = Object.keys(zhCN.stage);

export function CasesList() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const campaigns = useCampaigns();
  useRememberListSearch('/cases');

  const filters: CaseFilters = useMemo(
    () => ({
      campaign: params.get('campaign') ?? undefined,
      stage: params.get('stage') ?? undefined,
      party: params.get('party') ?? undefined,
      caseNo: params.get('caseNo') ?? undefined,
      overdue: params.get('overdue') === 'true' || undefined,
      from: params.get('from') ?? undefined,
      to: params.get('to') ?? undefined,
      page: Number(params.get('page') ?? 0) || 0,
      size: Number(params.get('size') ?? 20) || 20,
      sort: params.get('sort') ?? 'registeredAt,desc',
    }),
    [params],
  );
  const update = (changes: Record<string, string | number | boolean | undefined>) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      for (const [k, v] of Object.entries(changes)) {
        if (v === undefined || v === '' || v === false) next.delete(k);
        else next.set(k, String(v));
      }
      if (!('page' in changes)) next.delete('page');
      return next;
    });
  const cases = useCases(filters);
  // the search boxes follow the URL (reset, back/forward, a link) and keep what is typed until searched
  const [party, setParty] = useState(filters.party ?? '');
  const [caseNo, setCaseNo] = useState(filters.caseNo ?? '');
  useEffect(() => setParty(filters.party ?? ''), [filters.party]);
  useEffect(() => setCaseNo(filters.caseNo ?? ''), [filters.caseNo]);

  return (
    <div>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('cases.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          aria-label={t('cases.filterParty')}
          placeholder={t('cases.filterParty')}
          value={party}
          onChange={(e) => setParty(e.target.value)}
          onSearch={(v) => update({ party: v.trim() })}
          style={{ width: 200 }}
        />
        <Input.Search
          allowClear
          aria-label={t('cases.filterCaseNo')}
          placeholder={t('cases.filterCaseNo')}
          value={caseNo}
          onChange={(e) => setCaseNo(e.target.value)}
          onSearch={(v) => update({ caseNo: v.trim() })}
          style={{ width: 200 }}
        />
        <Select
          allowClear
          aria-label={t('cases.filterStage')}
          placeholder={t('cases.filterStage')}
          value={filters.stage}
          style={{ width: 140 }}
          options={STAGES.map((s) => ({ value: s, label: t(`stage.${s}`) }))}
          onChange={(v) => update({ stage: v })}
        />
        <Select
          allowClear
          aria-label={t('cases.filterCampaign')}
          placeholder={t('cases.filterCampaign')}
          value={filters.campaign}
          style={{ width: 220 }}
          options={(campaigns.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
          onChange={(v) => update({ campaign: v })}
        />
        <DatePicker.RangePicker
          aria-label={t('cases.filterRegistered')}
          value={filters.from && filters.to ? [dayjs(filters.from), dayjs(filters.to)] : null}
          onChange={(range) =>
            update({ from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') })
          }
        />
        <Checkbox checked={!!filters.overdue} onChange={(e) => update({ overdue: e.target.checked })}>
          {t('cases.filterOverdue')}
        </Checkbox>
        <Button onClick={() => setParams(new URLSearchParams())}>{t('common.reset')}</Button>
      </Space>
      {cases.isError ? (
        <ErrorState error={cases.error} title={t('cases.loadError')} onRetry={() => cases.refetch()} />
      ) : (
        <Table<CaseRow>
          rowKey="id"
          size="middle"
          loading={cases.isLoading}
          dataSource={cases.data?.items ?? []}
          locale={{ emptyText: <Empty description={t('cases.empty')} /> }}
          pagination={{
            current: filters.page + 1,
            pageSize: filters.size,
            total: cases.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t(cases.data?.totalCapped ? 'common.totalCapped' : 'common.total', { count: total }),
            onChange: (page, size) => update({ page: page - 1, size }),
          }}
          columns={[
            {
              title: t('caseInfo.caseNo'),
              key: 'caseNo',
              render: (_, row) => <Link to={`/cases/${row.id}`}>{row.caseNo ?? t('caseInfo.noCaseNo')}</Link>,
            },
            {
              title: t('caseInfo.party'),
              key: 'party',
              ellipsis: true,
              render: (_, row) => (
                <div>
                  <div>{row.partyName}</div>
                  {(row.partyUscc ?? row.partyIdNo) && (
                    <Typography.Text type="secondary" style={{ fontFamily: 'monospace', fontSize: 12 }}>
                      {row.partyUscc ?? row.partyIdNo}
                    </Typography.Text>
                  )}
                </div>
              ),
            },
            { title: t('caseInfo.campaign'), dataIndex: 'campaignName', ellipsis: true, responsive: ['xl'] },
            { title: t('caseInfo.agency'), dataIndex: 'agencyName', ellipsis: true, responsive: ['lg'] },
            { title: t('caseInfo.stage'), dataIndex: 'stage', render: (v: string) => t(`stage.${v}`, { defaultValue: v }) },
            { title: t('caseInfo.source'), dataIndex: 'source', render: (v: string) => t(`source.${v}`, { defaultValue: v }) },
            { title: t('caseInfo.registeredAt'), dataIndex: 'registeredAt', render: (v: string) => dayjs(v).format('YYYY-MM-DD') },
            { title: t('caseInfo.due'), key: 'due', render: (_, row) => <DeadlineBadge due={row.due} workingDaysLeft={row.workingDaysLeft} overdue={row.overdue} /> },
          ]}
        />
      )}
    </div>
  );
}
