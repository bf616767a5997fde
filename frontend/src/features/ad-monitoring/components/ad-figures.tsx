import { Card, Col, Input, Row, Select, Space, Statistic, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import { useCampaigns } from '@/lib/reference-data';
import { type FigureRow, useAdFigures } from '../api/ad-monitoring';

/** 可检验、可评估、可考核: ad-monitoring figures by category, violation type and key period. */
export function AdFigures() {
  const { t } = useTranslation();
  const campaigns = useCampaigns();
  const [campaign, setCampaign] = useState<string | undefined>();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const figures = useAdFigures({ campaign, from: from || undefined, to: to || undefined });
  const f = figures.data;

  const table = (title: string, prefix: string, rows: FigureRow[] | undefined, testId: string) => (
    <Card size="small" title={title}>
      <Table<FigureRow>
        size="small"
        data-testid={testId}
        rowKey="code"
        pagination={false}
        dataSource={rows ?? []}
        columns={[
          { title: t('adMonitoring.code'), dataIndex: 'code', render: (c: string) => t(`adMonitoring.${prefix}.${c}`) },
          { title: t('adMonitoring.records'), dataIndex: 'records', width: 90 },
          { title: t('adMonitoring.violationsCount'), dataIndex: 'violations', width: 90 },
        ]}
      />
    </Card>
  );

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select
          allowClear
          style={{ minWidth: 260 }}
          placeholder={t('adMonitoring.allCampaigns')}
          value={campaign}
          onChange={setCampaign}
          options={(campaigns.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
        />
        <Input type="date" aria-label={t('adMonitoring.from')} value={from} onChange={(e) => setFrom(e.target.value)} />
        <Input type="date" aria-label={t('adMonitoring.to')} value={to} onChange={(e) => setTo(e.target.value)} />
      </Space>
      {figures.error && <div role="alert">{errorMessage(figures.error, t)}</div>}
      <Row gutter={16}>
        <Col span={6}><Statistic title={t('adMonitoring.records')} value={f?.records ?? 0} /></Col>
        <Col span={6}><Statistic title={t('adMonitoring.violationsCount')} value={f?.violations ?? 0} /></Col>
        <Col span={6}><Statistic title={t('adMonitoring.leads')} value={f?.leads ?? 0} /></Col>
        <Col span={6}><Statistic title={t('adMonitoring.outsideKeyPeriods')} value={f?.outsideKeyPeriods ?? 0} /></Col>
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={8}>{table(t('adMonitoring.byCategory'), 'categories', f?.byCategory, 'figures-category')}</Col>
        <Col xs={24} lg={8}>{table(t('adMonitoring.byViolation'), 'violations', f?.byViolationType, 'figures-violation')}</Col>
        <Col xs={24} lg={8}>{table(t('adMonitoring.byKeyPeriod'), 'keyPeriods', f?.byKeyPeriod, 'figures-period')}</Col>
      </Row>
    </Space>
  );
}
