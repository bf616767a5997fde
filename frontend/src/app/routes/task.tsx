import { Card, Col, Collapse, Row, Space, Typography } from 'antd';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useUser } from '@/lib/auth';
import { listReturnPath } from '@/lib/list-return';
import { DeadlineBadge } from '@/components/deadline-badge';
import { ErrorState } from '@/components/error-state';
import { PageSpinner } from '@/components/page-spinner';
import { useTask } from '@/features/tasks/api/get-task';
import { TaskWorkPanel } from '@/features/tasks/components/task-work-panel';
import { TaskHabitsPanel } from '@/features/tasks/components/task-habits-panel';
import { CaseSummary } from '@/features/cases/components/case-summary';
import { useCase } from '@/features/cases/api/get-case';
import { CaseEvidence } from '@/features/evidence/components/case-evidence';
import { DocumentsList } from '@/features/documents/components/documents-list';

function CaseDocuments({ caseRef }: { caseRef: number }) {
  const detail = useCase(caseRef);
  return (
    <DocumentsList
      documents={detail.data?.documents ?? []}
      loading={detail.isPending}
      error={detail.isError ? detail.error : undefined}
      onRetry={() => detail.refetch()}
    />
  );
}

export function TaskRoute() {
  const { t } = useTranslation();
  const { taskId = '' } = useParams();
  const navigate = useNavigate();
  const me = useUser().data;
  const task = useTask(taskId);
  // back to the task list with the filters it had
  const back = listReturnPath('/tasks');

  if (task.isPending) return <PageSpinner />;
  if (task.isError) return <ErrorState error={task.error} onRetry={() => task.refetch()} />;
  const row = task.data;

  return (
    <div>
      <Space style={{ marginBottom: 12 }} wrap>
        <Link to={back} data-testid="task-back">← {t('common.back')}</Link>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {row.name}
        </Typography.Title>
        <DeadlineBadge due={row.due} workingDaysLeft={row.workingDaysLeft} overdue={row.overdue} />
        {row.partyName && <Typography.Text type="secondary">{row.partyName}</Typography.Text>}
      </Space>
      <Row gutter={16}>
        <Col xs={24} lg={15}>
          <TaskHabitsPanel taskId={row.id} assignee={row.assignee} username={me?.username} onGone={() => navigate(back)} />
          <TaskWorkPanel task={row} username={me?.username} onDone={() => navigate(back)} />
        </Col>
        <Col xs={24} lg={9}>
          <Card title={t('task.caseSummary')} size="small">
            {row.caseId ? <CaseSummary caseRef={row.caseId} /> : <Typography.Text>{t('tasks.leadNo', { id: row.leadId })}</Typography.Text>}
          </Card>
        </Col>
      </Row>
      {row.caseId && (
        <Collapse
          style={{ marginTop: 16 }}
          defaultActiveKey={['evidence']}
          items={[
            { key: 'evidence', label: t('task.evidence'), children: <CaseEvidence caseRef={row.caseId} caseNo={row.caseNo} /> },
            { key: 'documents', label: t('task.documents'), children: <CaseDocuments caseRef={row.caseId} /> },
          ]}
        />
      )}
    </div>
  );
}
