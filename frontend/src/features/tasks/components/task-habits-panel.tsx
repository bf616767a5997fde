import { Alert, App, Button, Form, Input, Modal, Select, Space, Tag } from 'antd';
import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { errorMessage } from '@/lib/errors';
import { useColleagues, useTaskActions, useTaskHabit } from '../api/task-habits';

type Dialog = 'send-back' | 'transfer' | 'delegate' | 'urge' | null;

/**
 * 退回 / 转办 / 委派 / 交回 / 催办 on the task page. Errors are shown in the dialog in the user's language; a
 * refused request changes nothing, so the dialog stays open.
 */
export function TaskHabitsPanel({
  taskId,
  assignee,
  username,
  onGone,
}: {
  taskId: string;
  assignee: string | null;
  username?: string;
  onGone: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const actions = useTaskActions(taskId);
  const habit = useTaskHabit(taskId);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm();
  const colleagues = useColleagues(taskId, dialog === 'transfer' || dialog === 'delegate');
  const mine = !!username && assignee === username;
  const a = actions.data;

  const close = () => {
    setDialog(null);
    setError(null);
    form.resetFields();
  };

  const submit = async () => {
    let values;
    try {
      values = await form.validateFields();
    } catch {
      return; // the form shows what is missing
    }
    setError(null);
    const kind = dialog!;
    const body =
      kind === 'send-back'
        ? { kind, targetActivityId: values.target, reason: values.reason }
        : kind === 'urge'
          ? { kind, message: values.message }
          : kind === 'transfer'
            ? { kind, userId: values.userId, reason: values.reason }
            : { kind: 'delegate' as const, userId: values.userId };
    habit.mutate(body, {
      onSuccess: () => {
        message.success(t(`habits.task.${kind}Done`));
        close();
        if (kind !== 'urge' && kind !== 'delegate') onGone();
      },
      onError: (e) => setError(errorMessage(e, t)),
    });
  };

  const resolve = () =>
    habit.mutate(
      { kind: 'resolve' },
      { onSuccess: () => message.success(t('habits.task.resolveDone')), onError: (e) => message.error(errorMessage(e, t)) },
    );

  return (
    <div data-testid="task-habits">
      {a?.delegationPending && mine && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 8 }}
          message={t('habits.task.delegatedBy', { name: a.ownerName ?? a.owner })}
          action={
            <Button size="small" type="primary" data-testid="resolve-task" onClick={resolve} loading={habit.isPending}>
              {t('habits.task.resolve')}
            </Button>
          }
        />
      )}
      {a && a.reminders.length > 0 && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          data-testid="task-urged"
          message={t(`habits.kinds.${a.reminders[0].lastKind}`, { defaultValue: a.reminders[0].lastKind })}
          description={`${dayjs(a.reminders[0].lastAt).format('YYYY-MM-DD HH:mm')} ${a.reminders[0].lastMessage ?? ''}`}
        />
      )}
      <Space wrap style={{ marginBottom: 12 }}>
        {mine && a?.canSendBack && (
          <Button data-testid="open-send-back" danger onClick={() => setDialog('send-back')}>
            {t('habits.task.sendBack')}
          </Button>
        )}
        {mine && !a?.delegationPending && (
          <>
            <Button data-testid="open-transfer" onClick={() => setDialog('transfer')}>
              {t('habits.task.transfer')}
            </Button>
            <Button data-testid="open-delegate" onClick={() => setDialog('delegate')}>
              {t('habits.task.delegate')}
            </Button>
          </>
        )}
        {!mine && (
          <Button data-testid="open-urge" onClick={() => setDialog('urge')}>
            {t('habits.urge')}
          </Button>
        )}
      </Space>
      <Modal
        open={dialog !== null}
        title={dialog ? t(`habits.task.${dialog === 'send-back' ? 'sendBack' : dialog === 'urge' ? 'urgeTitle' : dialog}`) : ''}
        onCancel={close}
        onOk={submit}
        okButtonProps={{ loading: habit.isPending, 'data-testid': 'habit-ok' } as React.ComponentProps<typeof Button>}
        destroyOnHidden
      >
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 12 }} data-testid="habit-error" />}
        <Form form={form} layout="vertical">
          {dialog === 'send-back' && (
            <>
              <Form.Item name="target" label={t('habits.task.target')} rules={[{ required: true, message: t('habits.required') }]}>
                <Select
                  data-testid="send-back-target"
                  options={(a?.sendBackTargets ?? []).map((x) => ({
                    value: x.activityId,
                    label: `${x.name}${x.lastAssigneeName ? ` · ${x.lastAssigneeName}` : ''}`,
                  }))}
                />
              </Form.Item>
              <Form.Item name="reason" label={t('habits.task.reason')} rules={[{ required: true, whitespace: true, message: t('habits.required') }]}>
                <Input.TextArea rows={3} maxLength={2000} data-testid="send-back-reason" />
              </Form.Item>
            </>
          )}
          {(dialog === 'transfer' || dialog === 'delegate') && (
            <>
              <Form.Item name="userId" label={t('habits.task.colleague')} rules={[{ required: true, message: t('habits.required') }]}>
                <Select
                  showSearch
                  optionFilterProp="label"
                  loading={colleagues.isPending}
                  data-testid="colleague-select"
                  options={(colleagues.data ?? []).map((c) => ({ value: c.userId, label: `${c.displayName} (${c.userId})` }))}
                />
              </Form.Item>
              {dialog === 'transfer' && (
                <Form.Item name="reason" label={t('habits.task.reason')}>
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              )}
            </>
          )}
          {dialog === 'urge' && (
            <Form.Item name="message" label={t('habits.task.urgeMessage')}>
              <Input.TextArea rows={2} maxLength={500} data-testid="urge-message" />
            </Form.Item>
          )}
        </Form>
      </Modal>
      {a?.owner && a.owner !== assignee && !a.delegationPending && <Tag>{t('habits.task.owner', { name: a.ownerName ?? a.owner })}</Tag>}
    </div>
  );
}
