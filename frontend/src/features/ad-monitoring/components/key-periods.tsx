import { Alert, App, Button, Card, Input, Select, Space, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@/lib/api-client';
import { hasGroup, useUser } from '@/lib/auth';
import { errorMessage } from '@/lib/errors';
import { KEY_PERIODS, type KeyPeriodRange, useKeyPeriods, usePutKeyPeriods } from '../api/ad-monitoring';

type Row = KeyPeriodRange & { key: number };

/** 重点时段 per year (6·18、双11、儿童节、寒暑假、开学季): everyone reads, admins edit. */
export function KeyPeriodsPage({ initialYear = new Date().getFullYear() }: { initialYear?: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useUser().data;
  const canEdit = hasGroup(me, 'camunda-admin');
  const [year, setYear] = useState(initialYear);
  const periods = useKeyPeriods(year);
  const save = usePutKeyPeriods();
  const [rows, setRows] = useState<Row[]>([]);
  const [errors, setErrors] = useState<Record<string, string>>({});

  useEffect(() => {
    setRows((periods.data?.periods ?? []).map((p, i) => ({ ...p, key: i })));
    setErrors({});
  }, [periods.data]);

  const years = Array.from(new Set([...(periods.data?.years ?? []), year, year + 1])).sort();
  const update = (key: number, patch: Partial<Row>) => setRows((rs) => rs.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const err = (i: number, f: string) => errors[`periods[${i}].${f}`];

  const onSave = () => {
    setErrors({});
    save.mutate(
      { year, periods: rows.map(({ code, startDate, endDate }) => ({ code, startDate, endDate })) },
      {
        onSuccess: () => message.success(t('adMonitoring.periodsSaved', { year })),
        onError: (e) => {
          if (e instanceof ApiError) setErrors(Object.fromEntries(e.fieldErrors.map((fe) => [fe.field, fe.message])));
        },
      },
    );
  };

  return (
    <Card>
      <Typography.Title level={4} style={{ marginTop: 0 }}>
        {t('adMonitoring.periodsTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('adMonitoring.periodsHint')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space>
          <span>{t('adMonitoring.year')}</span>
          <Select value={year} onChange={setYear} options={years.map((y) => ({ value: y, label: String(y) }))} data-testid="period-year" />
        </Space>
        {periods.error && <Alert type="error" role="alert" message={errorMessage(periods.error, t)} />}
        <Table<Row>
          size="small"
          rowKey="key"
          pagination={false}
          loading={periods.isLoading}
          dataSource={rows}
          locale={{ emptyText: t('adMonitoring.noPeriods') }}
          columns={[
            {
              title: t('adMonitoring.keyPeriod'),
              dataIndex: 'code',
              render: (c: string, r, i) =>
                canEdit ? (
                  <Select style={{ minWidth: 120 }} value={c} status={err(i, 'code') ? 'error' : undefined}
                    onChange={(v) => update(r.key, { code: v })}
                    options={KEY_PERIODS.map((k) => ({ value: k, label: t(`adMonitoring.keyPeriods.${k}`) }))} />
                ) : (
                  t(`adMonitoring.keyPeriods.${c}`)
                ),
            },
            ...(['startDate', 'endDate'] as const).map((f) => ({
              title: t(`adMonitoring.${f}`),
              dataIndex: f,
              render: (d: string, r: Row, i: number) =>
                canEdit ? (
                  <>
                    <Input type="date" aria-label={`${t(`adMonitoring.${f}`)} ${i + 1}`} value={d}
                      status={err(i, f) ? 'error' : undefined} onChange={(e) => update(r.key, { [f]: e.target.value })} />
                    {err(i, f) && <Typography.Text type="danger">{err(i, f)}</Typography.Text>}
                  </>
                ) : (
                  d
                ),
            })),
            ...(canEdit
              ? [{
                  title: '',
                  key: 'remove',
                  render: (_: unknown, r: Row) => (
                    <Button type="link" danger onClick={() => setRows((rs) => rs.filter((x) => x.key !== r.key))}>
                      {t('adMonitoring.remove')}
                    </Button>
                  ),
                }]
              : []),
          ]}
        />
        {canEdit && (
          <Space>
            <Button onClick={() => setRows((rs) => [...rs, { key: Date.now(), code: 'JUNE_18', startDate: `${year}-06-01`, endDate: `${year}-06-18` }])}>
              {t('adMonitoring.addPeriod')}
            </Button>
            <Button type="primary" onClick={onSave} loading={save.isPending} data-testid="periods-save">
              {t('adMonitoring.save')}
            </Button>
          </Space>
        )}
        {save.error && !(save.error instanceof ApiError && save.error.fieldErrors.length) && (
          <Alert type="error" role="alert" message={errorMessage(save.error, t)} />
        )}
        {errors.year && <Alert type="error" role="alert" message={errors.year} />}
      </Space>
    </Card>
  );
}
