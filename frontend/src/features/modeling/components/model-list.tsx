import { useMemo, useState } from 'react';
import { Alert, Input, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { ErrorState } from '@/components/error-state';
import { normalizeLocale } from '@/lib/i18n';
import { useProcessLabel } from '@/lib/process-names';
import { useModels } from '../api/get-models';
import type { ModelKind, ModelSummary } from '../types';

export const kindColor: Record<ModelKind, string> = { BPMN: 'blue', DMN: 'purple', FORM: 'green' };

/** The deployment source of deployments made in this app (ModelDeployer.SOURCE on the server). */
const APP_SOURCE = 'CaseFlow';

export const formatTime = (value: string | null) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '');

/**
 * Who deployed: the recorded user (and the tool, when not this app), else where the deployment came from.
 * Every deployment by a user (app or Camunda Modeler) is recorded; one without a user and without a source
 * (Spring Boot's start-up auto-deployment) or from a process application was deployed with the system.
 */
export function Deployer({ by, source }: { by: string | null; source: string | null }) {
  const { t } = useTranslation();
  if (by) {
    return (
      <span>
        {by}
        {source && source !== APP_SOURCE && <Typography.Text type="secondary">{t('modeling.source.via', { source })}</Typography.Text>}
      </span>
    );
  }
  if (source == null || source === 'process application') {
    return <Typography.Text type="secondary">{t('modeling.source.auto')}</Typography.Text>;
  }
  return <Typography.Text type="secondary">{source}</Typography.Text>;
}

/**
 * A model's name as the modeler set it; on the English UI a process is named by its key (the models' names
 * are Chinese only). A form has no name of its own: its key is an identifier and looks like one.
 */
export function ModelName({ kind, modelKey, name }: { kind: ModelKind; modelKey: string; name: string }) {
  const { i18n } = useTranslation();
  const processLabel = useProcessLabel();
  if (kind === 'BPMN' && normalizeLocale(i18n.language) === 'en') return <>{processLabel(modelKey, name)}</>;
  return name === modelKey ? <code>{name}</code> : <>{name}</>;
}

export function ModelList() {
  const { t } = useTranslation();
  const models = useModels();
  const [filter, setFilter] = useState('');
  const items = useMemo(() => {
    const q = filter.trim().toLowerCase();
    const all = models.data?.items ?? [];
    return q ? all.filter((m) => m.key.toLowerCase().includes(q) || m.name.toLowerCase().includes(q)) : all;
  }, [models.data, filter]);

  if (models.isError) return <ErrorState error={models.error} title={t('modeling.loadError')} onRetry={() => models.refetch()} />;

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space style={{ justifyContent: 'space-between', width: '100%' }} wrap>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('modeling.title')}
        </Typography.Title>
        <Input.Search allowClear placeholder={t('modeling.filter')} onChange={(e) => setFilter(e.target.value)} style={{ width: 280 }} />
      </Space>
      {models.data && !models.data.canEdit && <Alert type="info" showIcon message={t('modeling.readOnly')} data-testid="models-read-only" />}
      <Table<ModelSummary>
        data-testid="model-list"
        rowKey={(m) => `${m.kind}/${m.key}`}
        loading={models.isPending}
        dataSource={items}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        size="middle"
        columns={[
          {
            title: t('modeling.columns.kind'),
            dataIndex: 'kind',
            width: 100,
            filters: (['BPMN', 'DMN', 'FORM'] as ModelKind[]).map((k) => ({ text: t(`modeling.kinds.${k}`), value: k })),
            onFilter: (value, m) => m.kind === value,
            render: (kind: ModelKind) => <Tag color={kindColor[kind]}>{t(`modeling.kinds.${kind}`)}</Tag>,
          },
          {
            title: t('modeling.columns.name'),
            dataIndex: 'name',
            render: (name: string, m) => (
              <Link to={`/modeling/${m.kind.toLowerCase()}/${encodeURIComponent(m.key)}`} data-testid={`model-${m.key}`}>
                <ModelName kind={m.kind} modelKey={m.key} name={name} />
              </Link>
            ),
          },
          { title: t('modeling.columns.key'), dataIndex: 'key', render: (key: string) => <Typography.Text code>{key}</Typography.Text> },
          { title: t('modeling.columns.latestVersion'), dataIndex: 'latestVersion', width: 110, render: (v: number) => `v${v}` },
          { title: t('modeling.columns.versions'), dataIndex: 'versions', width: 90 },
          { title: t('modeling.columns.deployedAt'), dataIndex: 'deployedAt', width: 160, render: formatTime },
          {
            title: t('modeling.columns.deployedBy'),
            dataIndex: 'deployedBy',
            render: (_: unknown, m) => <Deployer by={m.deployedBy} source={m.deploymentSource} />,
          },
        ]}
      />
    </Space>
  );
}
