import { useState } from 'react';
import { Button, Space, Table, Tabs, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useModels } from '../api/get-models';
import { useModelVersions } from '../api/get-model-versions';
import { modelContentUrl } from '../api/get-model-content';
import type { ModelKind, ModelVersion } from '../types';
import { Deployer, formatTime, kindColor, ModelName } from './model-list';
import { ModelWorkbench } from './model-workbench';
import { MigrationPanel } from './migration-panel';

/** One model: its versions (download, open), the editor, and for processes the migration of running instances. */
export function ModelDetail({ kind, modelKey }: { kind: ModelKind; modelKey: string }) {
  const { t } = useTranslation();
  const versions = useModelVersions(kind, modelKey);
  const models = useModels();
  const canEdit = models.data?.canEdit ?? false;
  // the editor (modeler or viewer) waits for the right to edit, so it is not built twice
  const rightsKnown = !models.isPending;
  const [tab, setTab] = useState('editor');
  const [editing, setEditing] = useState<number | null>(null);

  if (versions.isError) return <ErrorState error={versions.error} onRetry={() => versions.refetch()} />;
  const list = versions.data ?? [];
  const latest = list[0];
  const name = latest?.name ?? modelKey;
  const version = editing ?? latest?.version ?? null;

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Link to="/modeling">{t('modeling.back')}</Link>
      <Space>
        <Tag color={kindColor[kind]}>{t(`modeling.kinds.${kind}`)}</Tag>
        <Typography.Title level={4} style={{ margin: 0 }} data-testid="model-title">
          <ModelName kind={kind} modelKey={modelKey} name={name} />
        </Typography.Title>
        {/* a form has no name: its key is the title */}
        {name !== modelKey && <Typography.Text code>{modelKey}</Typography.Text>}
      </Space>
      <Tabs
        activeKey={tab}
        onChange={setTab}
        destroyOnHidden
        items={[
          {
            key: 'editor',
            label: t('modeling.tabs.editor'),
            children:
              version != null && rightsKnown ? (
                <ModelWorkbench
                  kind={kind}
                  modelKey={modelKey}
                  name={name}
                  version={version}
                  canEdit={canEdit}
                  onDeployed={() => {
                    setEditing(null);
                    setTab('versions');
                  }}
                />
              ) : null,
          },
          {
            key: 'versions',
            label: t('modeling.tabs.versions'),
            children: (
              <Table<ModelVersion>
                data-testid="model-versions"
                rowKey="definitionId"
                loading={versions.isPending}
                dataSource={list}
                pagination={false}
                size="middle"
                columns={[
                  { title: t('modeling.columns.version'), dataIndex: 'version', width: 80, render: (v: number) => `v${v}` },
                  { title: t('modeling.columns.deployedAt'), dataIndex: 'deployedAt', render: formatTime },
                  { title: t('modeling.columns.deployedBy'), render: (_, v) => <Deployer by={v.deployedBy} source={v.deploymentSource} /> },
                  { title: t('modeling.columns.comment'), dataIndex: 'comment' },
                  ...(kind === 'BPMN' ? [{ title: t('modeling.columns.running'), dataIndex: 'runningInstances', width: 110 }] : []),
                  {
                    title: t('modeling.columns.actions'),
                    render: (_: unknown, v: ModelVersion) => (
                      <Space>
                        <Button
                          size="small"
                          onClick={() => {
                            setEditing(v.version);
                            setTab('editor');
                          }}
                        >
                          {canEdit ? t('modeling.edit') : t('modeling.view')}
                        </Button>
                        <a href={modelContentUrl(kind, modelKey, v.version, true)} download>
                          {t('modeling.download')}
                        </a>
                      </Space>
                    ),
                  },
                ]}
              />
            ),
          },
          ...(kind === 'BPMN' && canEdit && list.length > 1
            ? [{ key: 'migration', label: t('modeling.tabs.migration'), children: <MigrationPanel versions={list} /> }]
            : []),
        ]}
      />
    </Space>
  );
}
