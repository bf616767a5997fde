import { useState } from 'react';
import { Alert, Button, Descriptions, Progress, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { errorMessage } from '@/lib/errors';
import { useMigration, useMigrationPlan, useStartMigration } from '../api/migrations';
import type { InstanceCheck, ModelVersion } from '../types';

/** Choose source and target versions, see the mapping and the affected instances, run a migration batch. */
export function MigrationPanel({ versions }: { versions: ModelVersion[] }) {
  const { t } = useTranslation();
  const withInstances = versions.find((v) => (v.runningInstances ?? 0) > 0 && v.version !== versions[0]?.version);
  const [source, setSource] = useState<string | null>(withInstances?.definitionId ?? versions[1]?.definitionId ?? null);
  const [target, setTarget] = useState<string | null>(versions[0]?.definitionId ?? null);
  const [batchId, setBatchId] = useState<string | null>(null);
  const plan = useMigrationPlan(source, target);
  const start = useStartMigration();
  const status = useMigration(batchId);

  const options = versions.map((v) => ({
    value: v.definitionId,
    label: t('modeling.migration.versionOption', { version: v.version, count: v.runningInstances ?? 0 }),
  }));

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="migration-panel">
      <Space wrap>
        <span>{t('modeling.migration.source')}</span>
        <Select style={{ width: 260 }} options={options} value={source} onChange={(v) => { setSource(v); setBatchId(null); }} data-testid="migration-source" />
        <span>{t('modeling.migration.target')}</span>
        <Select style={{ width: 260 }} options={options} value={target} onChange={(v) => { setTarget(v); setBatchId(null); }} data-testid="migration-target" />
      </Space>
      {source === target && <Alert type="info" message={t('modeling.migration.chooseVersions')} />}
      {plan.isError && <ErrorState error={plan.error} onRetry={() => plan.refetch()} />}
      {plan.data && (
        <>
          {plan.data.planFailures.length > 0 && (
            <Alert type="error" showIcon message={t('modeling.migration.planFailures')} description={plan.data.planFailures.join('\n')} />
          )}
          <Typography.Text strong>{t('modeling.migration.mapping')}</Typography.Text>
          <Table
            size="small"
            pagination={false}
            rowKey="sourceActivityId"
            dataSource={plan.data.instructions}
            columns={[
              { title: t('modeling.migration.source'), render: (_, i) => `${i.sourceActivityName ?? ''} (${i.sourceActivityId})` },
              { title: t('modeling.migration.target'), render: (_, i) => `${i.targetActivityName ?? ''} (${i.targetActivityId})` },
            ]}
          />
          {plan.data.unmappedActivities.length > 0 && (
            <div>
              <Typography.Text strong>{t('modeling.migration.unmapped')}: </Typography.Text>
              {plan.data.unmappedActivities.map((a) => (
                <Tag key={a.id}>{a.name ? `${a.name} (${a.id})` : a.id}</Tag>
              ))}
            </div>
          )}
          <Typography.Text strong>
            {t('modeling.migration.instances')} — {t('modeling.migration.summary', { total: plan.data.instanceCount, migratable: plan.data.migratableCount })}
          </Typography.Text>
          <Table<InstanceCheck>
            size="small"
            rowKey="processInstanceId"
            dataSource={plan.data.instances}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            columns={[
              { title: t('modeling.migration.instance'), dataIndex: 'processInstanceId', render: (id: string, i) => <span>{i.businessKey ?? ''} <Typography.Text code>{id}</Typography.Text></span> },
              { title: t('modeling.migration.waitingAt'), dataIndex: 'activityIds', render: (ids: string[]) => ids.join(', ') },
              {
                title: '',
                dataIndex: 'migratable',
                render: (ok: boolean) => <Tag color={ok ? 'green' : 'red'}>{ok ? t('modeling.migration.migratable') : t('modeling.migration.notMigratable')}</Tag>,
              },
              { title: t('modeling.migration.reason'), dataIndex: 'failures', render: (f: string[]) => f.join('; ') },
            ]}
          />
          <Button
            type="primary"
            danger
            disabled={plan.data.migratableCount === 0 || !!batchId}
            loading={start.isPending}
            data-testid="migration-run"
            onClick={() => start.mutate({ source: source!, target: target! }, { onSuccess: (r) => setBatchId(r.batchId) })}
          >
            {t('modeling.migration.run', { count: plan.data.migratableCount })}
          </Button>
          {start.isError && <Alert type="error" showIcon message={errorMessage(start.error, t)} />}
        </>
      )}
      {batchId && status.data && (
        <Descriptions bordered size="small" column={1} title={t('modeling.migration.status')} data-testid="migration-status">
          <Descriptions.Item label={t('modeling.migration.batch')}>{batchId}</Descriptions.Item>
          <Descriptions.Item label={t('modeling.migration.status')}>
            {status.data.finished ? <Tag color="green">{t('modeling.migration.finished')}</Tag> : <Tag color="blue">{t('modeling.migration.running')}</Tag>}
            <Progress
              percent={status.data.totalJobs ? Math.round((status.data.completedJobs / status.data.totalJobs) * 100) : 0}
              status={status.data.failedJobs > 0 ? 'exception' : undefined}
              size="small"
            />
            {t('modeling.migration.jobs', { total: status.data.totalJobs, completed: status.data.completedJobs, failed: status.data.failedJobs })}
          </Descriptions.Item>
          {status.data.failures.map((f) => (
            <Descriptions.Item key={f.jobId} label={f.jobId}>
              {f.message}
            </Descriptions.Item>
          ))}
        </Descriptions>
      )}
    </Space>
  );
}
