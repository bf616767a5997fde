import { useMemo } from 'react';
import { Card, Col, Row, Statistic, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { EChartsOption } from 'echarts';
import { ErrorState } from '@/components/error-state';
import { useFigures } from '../api/get-figures';
import type { Count, DashboardFilters } from '../types';
import { EChart } from './echart';

const money = (n: number | null | undefined) =>
  n == null ? '—' : n.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

function bar(counts: Count[], label: (c: Count) => string): EChartsOption {
  return {
    tooltip: {},
    grid: { left: 110, right: 16, top: 8, bottom: 24 },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', data: counts.map(label), inverse: true },
    series: [{ type: 'bar', data: counts.map((c) => c.count) }],
  };
}

/** The campaign figures: charts and tables per figure group, each from its own endpoint. */
export function FiguresPanel({ filters }: { filters: DashboardFilters }) {
  const { t } = useTranslation();
  const cases = useFigures('cases', filters);
  const overdue = useFigures('overdue', filters);
  const credit = useFigures('credit', filters);
  const durations = useFigures('durations', filters);
  const spot = useFigures('spot-checks', filters);
  const recalls = useFigures('recalls', filters);
  const referrals = useFigures('referrals', filters);
  const penalties = useFigures('penalties', filters);

  const stageLabel = (c: Count) => t(`dashboard.stage.${c.key}`, { defaultValue: c.key });
  const sourceLabel = (c: Count) => t(`source.${c.key}`, { defaultValue: c.key });
  const charts = useMemo(() => {
    if (!cases.data) return null;
    const d = cases.data;
    const monthly: EChartsOption = {
      tooltip: { trigger: 'axis' },
      legend: { data: [t('dashboard.filed'), t('dashboard.closed')] },
      grid: { left: 40, right: 16, top: 32, bottom: 24 },
      xAxis: { type: 'category', data: d.monthly.map((m) => m.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        { name: t('dashboard.filed'), type: 'bar', data: d.monthly.map((m) => m.filed) },
        { name: t('dashboard.closed'), type: 'line', data: d.monthly.map((m) => m.closed) },
      ],
    };
    const source: EChartsOption = {
      tooltip: { trigger: 'item' },
      series: [{ type: 'pie', radius: ['35%', '65%'], data: d.bySource.map((c) => ({ name: sourceLabel(c), value: c.count })) }],
    };
    return {
      stage: bar(d.byStage, stageLabel),
      agency: bar(d.byAgency, (c) => c.label),
      campaign: bar(d.byCampaign, (c) => c.label),
      source,
      monthly,
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [cases.data, t]);

  const firstError = [cases, overdue, credit, durations, spot, recalls, referrals, penalties].find((q) => q.isError);
  if (firstError?.error) return <ErrorState error={firstError.error} onRetry={() => firstError.refetch()} />;

  return (
    <div data-testid="figures">
      <Row gutter={[16, 16]}>
        <Col xs={12} md={6}>
          <Card size="small"><Statistic title={t('dashboard.totalCases')} value={cases.data?.total ?? '—'} data-testid="fig-total" /></Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small"><Statistic title={t('dashboard.overdueTasks')} value={overdue.data?.total ?? '—'} data-testid="fig-overdue" /></Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.onTimeRate')} value={credit.data?.onTimeRate ?? '—'} suffix={credit.data?.onTimeRate != null ? '%' : undefined} data-testid="fig-ontime" />
          </Card>
        </Col>
        <Col xs={12} md={6}>
          <Card size="small">
            <Statistic title={t('dashboard.fineTotal')} value={money(penalties.data?.fineTotal)} data-testid="fig-fines" />
            <Typography.Text type="secondary">
              {t('dashboard.confiscationTotal')}: {money(penalties.data?.confiscationTotal)}
            </Typography.Text>
          </Card>
        </Col>
        {charts && (
          <>
            <Col xs={24} lg={12}><Card size="small" title={t('dashboard.byStage')}><EChart option={charts.stage} testId="chart-stage" /></Card></Col>
            <Col xs={24} lg={12}><Card size="small" title={t('dashboard.monthly')}><EChart option={charts.monthly} testId="chart-monthly" /></Card></Col>
            <Col xs={24} lg={8}><Card size="small" title={t('dashboard.byAgency')}><EChart option={charts.agency} /></Card></Col>
            <Col xs={24} lg={8}><Card size="small" title={t('dashboard.byCampaign')}><EChart option={charts.campaign} /></Card></Col>
            <Col xs={24} lg={8}><Card size="small" title={t('dashboard.bySource')}><EChart option={charts.source} /></Card></Col>
          </>
        )}
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.overdueByStep')}>
            <Table size="small" rowKey={(s) => s.processKey + s.activityId} pagination={false} dataSource={overdue.data?.byStep ?? []}
              columns={[
                { title: t('dashboard.activity'), dataIndex: 'step' },
                { title: t('dashboard.count'), dataIndex: 'count', align: 'right' },
              ]} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.durations')}>
            <Table size="small" rowKey="stage" pagination={false} dataSource={durations.data?.stages ?? []}
              columns={[
                { title: t('dashboard.stageName'), dataIndex: 'stage', render: (s: string) => t(`dashboard.duration.${s}`, { defaultValue: s }) },
                { title: t('dashboard.count'), dataIndex: 'count', align: 'right' },
                { title: t('dashboard.median'), dataIndex: 'median', align: 'right', render: (n) => n ?? '—' },
                { title: t('dashboard.p90'), dataIndex: 'p90', align: 'right', render: (n) => n ?? '—' },
              ]} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title={t('dashboard.credit')} data-testid="credit-card">
            <Typography.Paragraph>
              {t('dashboard.creditSummary', {
                required: credit.data?.required ?? 0,
                onTime: credit.data?.publishedOnTime ?? 0,
                late: credit.data?.publishedLate ?? 0,
                pending: credit.data?.pending ?? 0,
              })}
            </Typography.Paragraph>
            <Table size="small" rowKey={(r) => r.caseNo + (r.kind ?? '')} pagination={{ pageSize: 10 }}
              dataSource={[
                ...(credit.data?.late ?? []).map((l) => ({ ...l, kind: 'late', days: l.workingDaysLate })),
                ...(credit.data?.pendingItems ?? []).map((p) => ({ ...p, kind: 'pending', days: p.workingDaysLeft, publishedDate: null as string | null })),
              ]}
              columns={[
                { title: t('dashboard.case'), dataIndex: 'caseNo', render: (c: string) => <Link to={`/cases/${encodeURIComponent(c)}`}>{c}</Link> },
                { title: t('dashboard.party'), dataIndex: 'partyName' },
                { title: t('dashboard.decisionDate'), dataIndex: 'decisionDate' },
                { title: t('dashboard.due'), dataIndex: 'dueDate' },
                { title: t('dashboard.status'), dataIndex: 'kind', render: (k: string) => t(`dashboard.credit_${k}`) },
                { title: t('dashboard.days'), dataIndex: 'days', align: 'right' },
              ]} />
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={t('dashboard.spotChecks')}>
            <Typography.Paragraph data-testid="spot-summary">
              {t('dashboard.spotSummary', { sampled: spot.data?.batchesSampled ?? 0, n: spot.data?.nonConforming ?? 0, rate: spot.data?.nonConformingRate ?? '—', rectified: spot.data?.rectified ?? 0, notRectified: spot.data?.notRectified ?? 0, halted: spot.data?.productionNotResumed ?? 0 })}
            </Typography.Paragraph>
            <Table size="small" rowKey={(r) => r.kind + r.key} pagination={false}
              dataSource={[
                ...(spot.data?.byProduct ?? []).map((r) => ({ ...r, kind: 'p' })),
                ...(spot.data?.bySamplingPlace ?? []).map((r) => ({ ...r, kind: 's' })),
              ]}
              columns={[
                { title: t('dashboard.item'), dataIndex: 'label', render: (l: string, r) => (r.kind === 's' ? t(`dashboard.place.${r.key}`, { defaultValue: l }) : l) },
                { title: t('dashboard.sampled'), dataIndex: 'sampled', align: 'right' },
                { title: t('dashboard.nonConforming'), dataIndex: 'nonConforming', align: 'right' },
                { title: '%', dataIndex: 'rate', align: 'right', render: (n) => n ?? '—' },
              ]} />
          </Card>
        </Col>
        <Col xs={24} md={12} lg={6}>
          <Card size="small" title={t('dashboard.recalls')}>
            {t('dashboard.recallSummary', { total: recalls.data?.total ?? 0, open: recalls.data?.open ?? 0, completed: recalls.data?.completed ?? 0, units: recalls.data?.unitsRecovered ?? '—' })}
          </Card>
        </Col>
        <Col xs={24} md={12} lg={6}>
          <Card size="small" title={t('dashboard.referrals')}>
            {t('dashboard.referralSummary', { transferred: referrals.data?.transferred ?? 0, accepted: referrals.data?.accepted ?? 0, notAccepted: referrals.data?.notAccepted ?? 0, rejected: referrals.data?.rejectedByHead ?? 0 })}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
