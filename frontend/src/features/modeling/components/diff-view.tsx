import { Empty, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TFunction, i18n as I18n } from 'i18next';
import type { ModelDiff } from '../types';

type Row = { id: string; type: string; change: 'added' | 'removed' | 'changed'; name: string | null; baseName?: string | null; changes?: string[] };

const color = { added: 'green', removed: 'red', changed: 'orange' } as const;

/**
 * An element type (userTask) or a changed attribute (camunda:candidateGroups, extensionElements[2]) in the
 * UI language; the raw name where the locale has none (i18next keys cannot hold ':').
 */
export function diffLabel(group: 'types' | 'attributes', raw: string, t: TFunction, i18n: I18n) {
  const [, base, n] = /^(.*?)(?:\[(\d+)\])?$/.exec(raw) ?? [raw, raw, undefined];
  const key = `modeling.diff.${group}.${base.replace(/:/g, '_')}`;
  const text = i18n.exists(key) ? t(key) : base;
  return n ? `${text} (${n})` : text;
}

/** Added, removed and changed elements of a model, as the server computed them. */
export function DiffView({ diff, title, testId = 'model-diff' }: { diff: ModelDiff; title?: string; testId?: string }) {
  const { t, i18n } = useTranslation();
  const rows: Row[] = [
    ...diff.added.map((e) => ({ ...e, change: 'added' as const })),
    ...diff.removed.map((e) => ({ ...e, change: 'removed' as const })),
    ...diff.changed.map((e) => ({ ...e, change: 'changed' as const })),
  ];
  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid={testId}>
      <Typography.Text strong>
        {title ?? (diff.baseVersion != null ? t('modeling.diff.title', { version: diff.baseVersion }) : t('modeling.diff.titleNoBase'))}
      </Typography.Text>
      {rows.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('modeling.diff.none')} />
      ) : (
        <Table<Row>
          size="small"
          rowKey={(r) => `${r.change}/${r.id}`}
          dataSource={rows}
          pagination={false}
          columns={[
            {
              title: '',
              dataIndex: 'change',
              width: 80,
              render: (c: Row['change']) => <Tag color={color[c]}>{t(`modeling.diff.${c}`)}</Tag>,
            },
            {
              title: t('modeling.diff.element'),
              dataIndex: 'id',
              render: (id: string, r) => (
                <span>
                  {r.change === 'changed' && r.baseName !== r.name && r.baseName != null
                    ? t('modeling.diff.renamed', { from: r.baseName, to: r.name ?? '' })
                    : r.name ?? ''}{' '}
                  <Typography.Text type="secondary" code>
                    {id}
                  </Typography.Text>
                </span>
              ),
            },
            {
              title: t('modeling.diff.type'),
              dataIndex: 'type',
              width: 160,
              render: (type: string) => (
                <Tooltip title={type}>
                  <span data-raw={type}>{diffLabel('types', type, t, i18n)}</span>
                </Tooltip>
              ),
            },
            {
              title: t('modeling.diff.changes'),
              dataIndex: 'changes',
              render: (changes?: string[]) =>
                (changes ?? []).map((c) => (
                  <Tooltip key={c} title={t('modeling.diff.attributeHint', { key: c })}>
                    <Tag data-raw={c}>{diffLabel('attributes', c, t, i18n)}</Tag>
                  </Tooltip>
                )),
            },
          ]}
        />
      )}
    </Space>
  );
}
