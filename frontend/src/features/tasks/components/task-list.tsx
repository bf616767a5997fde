import { App, Badge, Button, Checkbox, Empty, Input, Select, Space, Table, Tabs, Tag, Typography } from 'antd';
import type { ColumnsType, TablePaginationConfig } from 'antd/es/table';
import type { SorterResult } from 'antd/es/table/interface';
import { ReloadOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMemo, useState, useEffect } from 'react';
import dayjs from 'dayjs';
import { DeadlineBadge } from '@/components/deadline-badge';
import { ErrorState } from '@/components/error-state';
import { useUser } from '@/lib/auth';
import { errorMessage } from '@/lib/errors';
import { useCampaigns } from '@/lib/reference-data';
import { useProcessLabel } from '@/lib/process-names';
import { useRememberListSearch } from '@/lib/list-return';
import { EllipsisText } from '@/components/ellipsis-text';
import { useTasks } from '../api/get-tasks';
import { useTaskCounts } from '../api/get-task-counts';
import { type TaskFacets, useTaskFacets } from '../api/get-task-facets';
import { useClaimTask } from '../api/claim-task';
import { useUnclaimTask } from '../api/unclaim-task';
import { useUrged } from '../api/task-habits';
import { useTaskFilters } from '../hooks/use-task-filters';
import { TASK_SCOPES, type TaskRow, type TaskScope } from '../types';

const scopeLabel: Record<TaskScope, string> = {
  mine: 'tasks.tabMine',
  candidates: 'tasks.tabCandidates',
  agency: 'tasks.tabAgency',
};

/**
 * Process and step filter options from the deployed models (GET /api/tasks/facets); steps are
 * those of the chosen process, or of all processes. A selected value the models no longer have
 * (an old link) is kept so the URL filter stays visible.
 */
export function facetOptions(
  facets: TaskFacets | undefined,
  selectedProcess?: string,
  selectedStep?: string,
  label: (key: string, modelName: string) => string = (_, modelName) => modelName,
) {
  const processes = facets?.processes ?? [];
  const processOptions = processes.map((p) => ({ value: p.key, label: label(p.key, p.name) }));
  if (selectedProcess && !processes.some((p) => p.key === selectedProcess)) {
    processOptions.push({ value: selectedProcess, label: selectedProcess });
  }
  const steps = new Map<string, string>();
  processes
    .filter((p) => !selectedProcess || p.key === selectedProcess)
    .forEach((p) => p.steps.forEach((s) => steps.set(s.activityId, s.name)));
  const stepOptions = [...steps.entries()].map(([value, label]) => ({ value, label }));
  if (selectedStep && !steps.has(selectedStep)) stepOptions.push({ value: selectedStep, label: selectedStep });
  return { processOptions, stepOptions };
}

export function TaskList() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { filters, update, reset, hasFilters } = useTaskFilters();
  useRememberListSearch('/tasks');
  const tasks = useTasks(filters);
  const counts = useTaskCounts();
  const campaigns = useCampaigns();
  const me = useUser().data;
  const claim = useClaimTask();
  const unclaim = useUnclaimTask();
  const urged = useUrged();
  const urgedKinds = new Map((urged.data ?? []).map((u) => [u.taskId, u.lastKind]));
  const [text, setText] = useState(filters.q ?? '');
  useEffect(() => setText(filters.q ?? ''), [filters.q]);
  const facets = useTaskFacets();
  const processLabel = useProcessLabel();
  const { processOptions, stepOptions } = facetOptions(facets.data, filters.processKey, filters.activityId, processLabel);

  const onClaim = (row: TaskRow) =>
    claim.mutate(row.id, {
      onSuccess: () => message.success(t('tasks.claimed')),
      onError: (e) => message.error(errorMessage(e, t)),
    });
  const onUnclaim = (row: TaskRow) =>
    unclaim.mutate(row.id, {
      onSuccess: () => message.success(t('tasks.unclaimed')),
      onError: (e) => message.error(errorMessage(e, t)),
    });

  const columns: ColumnsType<TaskRow> = useMemo(
    () => [
      {
        title: t('tasks.colTask'),
        dataIndex: 'name',
        key: 'name',
        width: 190,
        render: (_, row) => {
          const process = processLabel(row.processKey, row.processName);
          return (
            <Space direction="vertical" size={0} style={{ width: '100%' }}>
              <Space size={4} style={{ maxWidth: '100%' }}>
                <EllipsisText text={row.name}>
                  <Link to={`/tasks/${encodeURIComponent(row.id)}`}>{row.name}</Link>
                </EllipsisText>
                {urgedKinds.has(row.id) && (
                  <Tag color="red" data-testid={`urged-${row.id}`}>
                    {t(`habits.kinds.${urgedKinds.get(row.id)}`, { defaultValue: t('habits.urged') })}
                  </Tag>
                )}
              </Space>
              {process && (
                <EllipsisText text={process} type="secondary" style={{ fontSize: 12 }}>
                  <span data-testid="task-process">{process}</span>
                </EllipsisText>
              )}
            </Space>
          );
        },
      },
      {
        title: t('tasks.colCase'),
        key: 'case',
        width: 180,
        render: (_, row) =>
          row.caseId ? (
            <EllipsisText text={row.caseNo ?? t('caseInfo.noCaseNo')}>
              <Link to={`/cases/${row.caseId}`}>{row.caseNo ?? t('caseInfo.noCaseNo')}</Link>
            </EllipsisText>
          ) : row.leadId ? (
            t('tasks.leadNo', { id: row.leadId })
          ) : (
            '—'
          ),
      },
      {
        title: t('tasks.colParty'),
        dataIndex: 'partyName',
        key: 'party',
        render: (v: string | null) => (v ? <EllipsisText text={v} /> : '—'),
      },
      {
        title: t('tasks.colCampaign'),
        dataIndex: 'campaignName',
        key: 'campaign',
        width: 150,
        responsive: ['xl'],
        render: (v: string | null) => (v ? <EllipsisText text={v} /> : '—'),
      },
      {
        title: t('tasks.colAssignee'),
        key: 'assignee',
        width: 90,
        render: (_, row) => {
          const name = row.assigneeName ?? row.assignee;
          return name ? <EllipsisText text={name} /> : <Typography.Text type="secondary">{t('tasks.unassigned')}</Typography.Text>;
        },
      },
      {
        title: t('tasks.colCreated'),
        dataIndex: 'created',
        key: 'created',
        width: 140,
        responsive: ['lg'],
        render: (v: string) => dayjs(v).format('YYYY-MM-DD HH:mm'),
      },
      {
        title: t('tasks.colDue'),
        dataIndex: 'due',
        key: 'due',
        width: 120,
        sorter: true,
        sortOrder: filters.sort === 'due,desc' ? 'descend' : 'ascend',
        sortDirections: ['ascend', 'descend', 'ascend'],
        showSorterTooltip: { title: filters.sort === 'due,desc' ? t('tasks.sortDesc') : t('tasks.sortAsc') },
        render: (_, row) => <DeadlineBadge due={row.due} workingDaysLeft={row.workingDaysLeft} overdue={row.overdue} />,
      },
      {
        title: t('tasks.colActions'),
        key: 'actions',
        width: 120,
        render: (_, row) => (
          <Space size="small">
            {!row.assignee && (
              <Button
                size="small"
                type="primary"
                data-testid={`claim-${row.id}`}
                onClick={() => onClaim(row)}
                loading={claim.isPending && claim.variables === row.id}
              >
                {t('tasks.claim')}
              </Button>
            )}
            {row.assignee && row.assignee === me?.username && (
              <Button size="small" onClick={() => onUnclaim(row)} loading={unclaim.isPending && unclaim.variables === row.id}>
                {t('tasks.unclaim')}
              </Button>
            )}
            <Link to={`/tasks/${encodeURIComponent(row.id)}`}>{t('tasks.open')}</Link>
          </Space>
        ),
      },
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [t, processLabel, filters.sort, me?.username, claim.isPending, claim.variables, unclaim.isPending, unclaim.variables, urged.data],
  );

  const onTableChange = (pagination: TablePaginationConfig, _f: unknown, sorter: SorterResult<TaskRow> | SorterResult<TaskRow>[]) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const sort = s?.order === 'descend' ? 'due,desc' : 'due,asc';
    if (sort !== filters.sort) {
      update({ sort });
    } else if ((pagination.current ?? 1) - 1 !== filters.page || pagination.pageSize !== filters.size) {
      update({ page: (pagination.current ?? 1) - 1, size: pagination.pageSize });
    }
  };

  const tabItems = TASK_SCOPES.map((scope) => ({
    key: scope,
    label: (
      <span data-testid={`tab-${scope}`}>
        {t(scopeLabel[scope])}{' '}
        <Badge
          count={counts.data?.[scope] ?? 0}
          showZero
          overflowCount={999}
          color={scope === filters.scope ? '#1677ff' : '#bfbfbf'}
          data-testid={`count-${scope}`}
        />
      </span>
    ),
  }));

  return (
    <div>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="center">
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('tasks.title')}
        </Typography.Title>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            void tasks.refetch();
            void counts.refetch();
          }}
          loading={tasks.isFetching}
        >
          {t('common.refresh')}
        </Button>
      </Space>
      <Tabs activeKey={filters.scope} items={tabItems} onChange={(key) => update({ scope: key as TaskScope })} />
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          style={{ width: 180 }}
          placeholder={t('tasks.filterProcess')}
          aria-label={t('tasks.filterProcess')}
          value={filters.processKey}
          loading={facets.isLoading}
          options={processOptions}
          onChange={(v) => update({ processKey: v, activityId: undefined })}
        />
        <Select
          allowClear
          showSearch
          optionFilterProp="label"
          style={{ width: 180 }}
          placeholder={t('tasks.filterStep')}
          aria-label={t('tasks.filterStep')}
          value={filters.activityId}
          options={stepOptions}
          onChange={(v) => update({ activityId: v })}
        />
        <Select
          allowClear
          style={{ width: 240 }}
          placeholder={t('tasks.filterCampaign')}
          aria-label={t('tasks.filterCampaign')}
          value={filters.campaign}
          loading={campaigns.isLoading}
          options={(campaigns.data ?? []).map((c) => ({ value: c.code, label: c.name }))}
          onChange={(v) => update({ campaign: v })}
        />
        <Checkbox checked={!!filters.overdue} onChange={(e) => update({ overdue: e.target.checked })}>
          {t('tasks.filterOverdue')}
        </Checkbox>
        <Input.Search
          allowClear
          style={{ width: 260 }}
          placeholder={t('tasks.filterText')}
          aria-label={t('tasks.filterText')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => update({ q: v.trim() })}
          enterButton={t('common.search')}
        />
        {hasFilters && <Button onClick={reset}>{t('common.reset')}</Button>}
      </Space>
      {tasks.isError ? (
        <ErrorState error={tasks.error} title={t('tasks.loadError')} onRetry={() => tasks.refetch()} />
      ) : (
        <Table<TaskRow>
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={tasks.data?.items ?? []}
          loading={tasks.isLoading}
          onChange={onTableChange}
          locale={{
            emptyText: <Empty description={hasFilters ? t('tasks.emptyFiltered') : t('tasks.empty')} />,
          }}
          pagination={{
            current: filters.page + 1,
            pageSize: filters.size,
            total: tasks.data?.total ?? 0,
            showSizeChanger: true,
            showTotal: (total) => t(tasks.data?.totalCapped ? 'common.totalCapped' : 'common.total', { count: total }),
          }}
          rowClassName={(row) => (row.overdue ? 'task-row-overdue' : '')}
          // fixed column widths: names are cut with … (full text in a tooltip) instead of wrapping
          // character by character; below the widths' sum the table scrolls sideways
          tableLayout="fixed"
          scroll={{ x: 1100 }}
        />
      )}
    </div>
  );
}
