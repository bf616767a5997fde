import { Button, Card, Modal, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '@/lib/errors';
import { type AdRecord, CATEGORIES, KEY_PERIODS, VIOLATIONS, useAdRecords } from '../api/ad-monitoring';
import { AdFigures } from './ad-figures';
import { AdImport } from './ad-import';
import { AdRecordForm } from './ad-record-form';

function AdRecords() {
  const { t } = useTranslation();
  const [category, setCategory] = useState<string | undefined>();
  const [violation, setViolation] = useState<string | undefined>();
  const [keyPeriod, setKeyPeriod] = useState<string | undefined>();
  const [page, setPage] = useState(0);
  const [creating, setCreating] = useState(false);
  const records = useAdRecords({ category, violation, keyPeriod, page, size: 20 });

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Select allowClear style={{ minWidth: 160 }} placeholder={t('adMonitoring.category')} value={category}
          onChange={(v) => { setCategory(v); setPage(0); }}
          options={CATEGORIES.map((c) => ({ value: c, label: t(`adMonitoring.categories.${c}`) }))} />
        <Select allowClear style={{ minWidth: 220 }} placeholder={t('adMonitoring.violation')} value={violation}
          onChange={(v) => { setViolation(v); setPage(0); }}
          options={VIOLATIONS.map((c) => ({ value: c, label: t(`adMonitoring.violations.${c}`) }))} />
        <Select allowClear style={{ minWidth: 140 }} placeholder={t('adMonitoring.keyPeriod')} value={keyPeriod}
          onChange={(v) => { setKeyPeriod(v); setPage(0); }}
          options={KEY_PERIODS.map((c) => ({ value: c, label: t(`adMonitoring.keyPeriods.${c}`) }))} />
        <Button type="primary" onClick={() => setCreating(true)} data-testid="ad-record-new">
          {t('adMonitoring.new')}
        </Button>
      </Space>
      {records.error && <div role="alert">{errorMessage(records.error, t)}</div>}
      <Table<AdRecord>
        size="small"
        rowKey="id"
        loading={records.isLoading}
        dataSource={records.data?.items ?? []}
        locale={{ emptyText: t('adMonitoring.empty') }}
        pagination={{
          current: page + 1,
          pageSize: 20,
          total: records.data?.total ?? 0,
          onChange: (p) => setPage(p - 1),
          hideOnSinglePage: true,
        }}
        columns={[
          { title: t('adMonitoring.adDate'), dataIndex: 'adDate', width: 110 },
          { title: t('adMonitoring.media'), dataIndex: 'media' },
          { title: t('adMonitoring.advertiserName'), dataIndex: 'advertiserName' },
          { title: t('adMonitoring.category'), dataIndex: 'productCategory', render: (c: string) => t(`adMonitoring.categories.${c}`) },
          { title: t('adMonitoring.productName'), dataIndex: 'productName' },
          {
            title: t('adMonitoring.violation'),
            dataIndex: 'violationType',
            render: (v: string, r) => <Tag color={r.violation ? 'red' : 'default'}>{t(`adMonitoring.violations.${v}`)}</Tag>,
          },
          {
            title: t('adMonitoring.keyPeriod'),
            dataIndex: 'keyPeriods',
            render: (ps: string[]) => ps.map((p) => <Tag key={p}>{t(`adMonitoring.keyPeriods.${p}`)}</Tag>),
          },
          {
            title: t('adMonitoring.lead'),
            dataIndex: 'leadId',
            render: (id: number | null) => (id ? <Link to={`/cases/${id}`}>{t('adMonitoring.leadNo', { id })}</Link> : '—'),
          },
        ]}
      />
      <Modal open={creating} title={t('adMonitoring.new')} footer={null} onCancel={() => setCreating(false)} destroyOnHidden>
        <AdRecordForm onCreated={() => setCreating(false)} />
      </Modal>
    </Space>
  );
}

/** 广告监测: records, import and figures. */
export function AdMonitoringPage() {
  const { t } = useTranslation();
  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('adMonitoring.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">
        {t('adMonitoring.intro')} <Link to="/ad-monitoring/key-periods">{t('adMonitoring.keyPeriodsLink')}</Link>
      </Typography.Paragraph>
      <Tabs
        items={[
          { key: 'records', label: t('adMonitoring.tabRecords'), children: <AdRecords /> },
          { key: 'import', label: t('adMonitoring.tabImport'), children: <AdImport /> },
          { key: 'figures', label: t('adMonitoring.tabFigures'), children: <AdFigures /> },
        ]}
      />
    </Card>
  );
}
