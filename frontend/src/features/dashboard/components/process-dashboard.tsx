import { useMemo, useState } from 'react';
import { Card, Col, Row, Segmented, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useActivities } from '../api/get-activities';
import { useActivityCases } from '../api/get-activity-cases';
import { DASHBOARD_PROCESSES, type DashboardFilters, type WaitingCase } from '../types';
import { ProcessOverlay } from './process-overlay';
import { keyboardClickable } from '@/lib/keyboard';

/** Per process: the diagram with counts per activity, the counts as a table, and the cases waiting at the selected one. */
export function ProcessDashboard({ filters }: { filters: DashboardFilters }) {
  const { t } = useTranslation();
  const [processKey, setProcessKey] = useState<string>(DASHBOARD_PROCESSES[0]);
  const [selected, setSelected] = useState<string | null>(null);
  const activities = useActivities(processKey, filters);
  const waiting = activities.data?.filter((a) => a.active > 0) ?? [];
  const counts = useMemo(() => activities.data ?? [], [activities.data]);
  const cases = useActivityCases(processKey, selected, filters);
  const selectedName = activities.data?.find((a) => a.activityId === selected)?.name ?? selected;

  return (
    <div>
      <Segmented
        data-testid="process-select"
        value={processKey}
        onChange={(v) => {
          setProcessKey(String(v));
          setSelected(null);
        }}
        options={DASHBOARD_PROCESSES.map((k) => ({ value: k, label: t(`processes.${k}`) }))}
        style={{ marginBottom: 12 }}
      />
      {activities.isError ? (
        <ErrorState error={activities.error} onRetry={() => activities.refetch()} />
      ) : (
        <Row gutter={16}>
          <Col xs={24} xl={16}>
            <ProcessOverlay processKey={processKey} counts={counts} selected={selected} onSelect={setSelected} />
          </Col>
          <Col xs={24} xl={8}>
            <Table
              size="small"
              rowKey="activityId"
              data-testid="activity-counts"
              loading={activities.isPending}
              dataSource={waiting}
              pagination={false}
              locale={{ emptyText: t('dashboard.nothingWaiting') }}
              onRow={(a) => ({ ...keyboardClickable(() => setSelected(a.activityId)), style: { cursor: 'pointer' } })}
              rowClassName={(a) => (a.activityId === selected ? 'ant-table-row-selected' : '')}
              columns={[
                { title: t('dashboard.activity'), dataIndex: 'name' },
                { title: t('dashboard.active'), dataIndex: 'active', align: 'right' },
                {
                  title: t('dashboard.overdue'),
                  dataIndex: 'overdue',
                  align: 'right',
                  render: (n: number) => (n > 0 ? <Tag color="red">{n}</Tag> : n),
                },
              ]}
            />
          </Col>
        </Row>
      )}
      {selected && (
        <Card
          size="small"
          style={{ marginTop: 16 }}
          title={t('dashboard.waitingAt', { name: selectedName })}
          data-testid="activity-cases"
        >
          {cases.isError ? (
            <ErrorState error={cases.error} onRetry={() => cases.refetch()} />
          ) : (
            <Table<WaitingCase>
              size="small"
              rowKey={(c) => c.taskId ?? c.processInstanceId}
              loading={cases.isPending}
              dataSource={cases.data ?? []}
              pagination={{ pageSize: 20 }}
              columns={[
                {
                  title: t('dashboard.case'),
                  render: (_, c) =>
                    c.ref ? <Link to={`/cases/${encodeURIComponent(c.ref)}`}>{c.caseNo ?? c.ref}</Link> : c.businessKey,
                },
                { title: t('dashboard.party'), dataIndex: 'partyName' },
                { title: t('dashboard.agency'), dataIndex: 'agencyCode' },
                {
                  title: t('dashboard.due'),
                  render: (_, c) =>
                    c.dueDate ? (
                      <Typography.Text type={c.overdue ? 'danger' : undefined}>
                        {c.dueDate}
                        {c.overdue ? ` (${t('dashboard.overdue')})` : ''}
                      </Typography.Text>
                    ) : (
                      '—'
                    ),
                },
              ]}
            />
          )}
        </Card>
      )}
    </div>
  );
}
