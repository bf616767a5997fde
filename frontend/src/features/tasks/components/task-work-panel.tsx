import { Alert, App, Button, Card, Empty, Select, Space, Spin } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '@/lib/api-client';
import { errorMessage } from '@/lib/errors';
import { ErrorState } from '@/components/error-state';
import { useTaskForm } from '../api/get-task-form';
import { useCompleteTask } from '../api/complete-task';
import { useSaveTaskDraft } from '../api/save-task-draft';
import { useClaimTask } from '../api/claim-task';
import { useUnclaimTask } from '../api/unclaim-task';
import { useColleagues } from '../api/task-habits';
import { FormJsView, type FormJsHandle } from './form-js-view';
import type { TaskDetail } from '../types';

/** The task's form with complete / save draft / unclaim (or claim when not yet mine). */
export function TaskWorkPanel({ task, username, onDone }: { task: TaskDetail; username?: string; onDone: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const form = useTaskForm(task.id);
  const complete = useCompleteTask();
  const saveDraft = useSaveTaskDraft();
  const claim = useClaimTask();
  const unclaim = useUnclaimTask();
  const formRef = useRef<FormJsHandle>(null);
  const mine = !!username && task.assignee === username;
  const [cc, setCc] = useState<string[]>([]);
  const colleagues = useColleagues(task.id, mine && !!task.caseId);
  // server errors whose key is no field of the form (e.g. `evidence`): shown in the alert
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);

  const showServerErrors = (error: unknown) => {
    if (error instanceof ApiError && error.fieldErrors.length) {
      const fieldErrors = error.fieldErrors as FieldError[];
      setOtherErrors(formRef.current ? formRef.current.setFieldErrors(fieldErrors) : fieldErrors);
      message.error(t('task.fixErrors'));
    } else {
      message.error(errorMessage(error, t));
    }
  };

  const onComplete = () => {
    const result = formRef.current?.submit() ?? { data: {}, errors: {} };
    if (Object.keys(result.errors).length) {
      message.error(t('task.fixErrors'));
      return;
    }
    setOtherErrors([]);
    complete.mutate(
      { taskId: task.id, variables: result.data, cc },
      {
        onSuccess: () => {
          message.success(t('task.completed'));
          onDone();
        },
        onError: showServerErrors,
      },
    );
  };

  const onSaveDraft = () => {
    setOtherErrors([]);
    saveDraft.mutate(
      { taskId: task.id, variables: formRef.current?.getData() ?? {} },
      { onSuccess: () => message.success(t('task.draftSaved')), onError: showServerErrors },
    );
  };

  let body;
  if (form.isPending) body = <Spin />;
  else if (form.isError) body = <ErrorState error={form.error} title={t('task.formError')} onRetry={() => form.refetch()} />;
  else if (!form.data?.schema) body = <Empty description={t('task.noForm')} />;
  else body = <FormJsView ref={formRef} schema={form.data.schema} data={form.data.data ?? {}} readOnly={!mine} />;

  const lastError = complete.error ?? saveDraft.error;
  const hasFieldErrors = lastError instanceof ApiError && lastError.fieldErrors.length > 0;
  return (
    <Card
      title={task.name}
      extra={
        <Space>
          {!task.assignee && (
            <Button
              data-testid="task-claim"
              onClick={() => claim.mutate(task.id, { onError: (e) => message.error(errorMessage(e, t)) })}
              loading={claim.isPending}
            >
              {t('task.claim')}
            </Button>
          )}
          {mine && (
            <Button
              data-testid="task-unclaim"
              onClick={() => unclaim.mutate(task.id, { onSuccess: onDone, onError: (e) => message.error(errorMessage(e, t)) })}
              loading={unclaim.isPending}
            >
              {t('task.unclaim')}
            </Button>
          )}
        </Space>
      }
    >
      {!mine && <Alert type="info" showIcon message={t('task.notAssignedToYou')} style={{ marginBottom: 12 }} />}
      {hasFieldErrors && otherErrors.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          data-testid="task-other-errors"
          style={{ marginBottom: 12 }}
          message={
            otherErrors.length === 1 ? (
              otherErrors[0].message
            ) : (
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {otherErrors.map((fe, i) => (
                  <li key={i}>{fe.message}</li>
                ))}
              </ul>
            )
          }
        />
      )}
      {body}
      {lastError && !hasFieldErrors && (
        <Alert type="error" showIcon role="alert" message={errorMessage(lastError, t)} style={{ marginTop: 12 }} />
      )}
      {mine && form.data?.schema && (
        <Space style={{ marginTop: 16 }} wrap>
          {task.caseId && (
            <Select
              mode="multiple"
              allowClear
              style={{ minWidth: 220 }}
              placeholder={t('habits.cc.choose')}
              value={cc}
              onChange={setCc}
              data-testid="task-cc"
              optionFilterProp="label"
              options={(colleagues.data ?? []).map((c) => ({ value: c.userId, label: c.displayName }))}
            />
          )}
          <Button type="primary" onClick={onComplete} loading={complete.isPending} data-testid="task-complete">
            {t('task.complete')}
          </Button>
          <Button onClick={onSaveDraft} loading={saveDraft.isPending} data-testid="task-save-draft">
            {t('task.saveDraft')}
          </Button>
        </Space>
      )}
    </Card>
  );
}
