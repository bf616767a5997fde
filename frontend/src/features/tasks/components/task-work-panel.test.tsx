import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { mockFetch, type MockRoute } from '@/testing/mock-fetch';
import { renderWithApp } from '@/testing/test-utils';
import { TaskWorkPanel } from './task-work-panel';
import type { TaskDetail } from '../types';
import { taskDetail } from '../testing/task-fixtures';

const task: TaskDetail = taskDetail({
  id: 'task-1',
  name: '立案审批',
  activityId: 'Task_ApproveFiling',
  caseId: 7,
  partyName: '某公司',
  formId: 'approve-filing',
});

const schema = {
  type: 'default',
  id: 'approve-filing',
  components: [
    { id: 'Field_opinion', key: 'opinion', type: 'textfield', label: '审批意见', validate: { required: true } },
    { id: 'Field_officers', key: 'officerCount', type: 'number', label: '办案人数' },
  ],
};

function render(routes: MockRoute[], over: Partial<TaskDetail> = {}) {
  document.cookie = 'XSRF-TOKEN=tok';
  const fetchMock = mockFetch(routes);
  const onDone = vi.fn();
  renderWithApp(<TaskWorkPanel task={{ ...task, ...over }} username="officer1" onDone={onDone} />);
  return { ...fetchMock, onDone };
}

const formRoute: MockRoute = { path: '/api/tasks/task-1/form', body: { schema, data: { opinion: '', officerCount: 2 } } };

describe('TaskWorkPanel', () => {
  it('renders the Camunda form with current values', async () => {
    render([formRoute]);
    expect(await screen.findByLabelText(/审批意见/)).toBeInTheDocument();
    expect(screen.getByLabelText(/办案人数/)).toHaveValue('2');
  });

  it('validates inline and does not submit an invalid form', async () => {
    const { calls } = render([formRoute]);
    await screen.findByLabelText(/审批意见/);
    await userEvent.click(screen.getByTestId('task-complete'));
    expect(await screen.findByText('此项必填')).toBeInTheDocument();
    expect(calls.some((c) => c.url.endsWith('/complete'))).toBe(false);
  });

  it('completes with the form variables', async () => {
    const { calls, onDone } = render([formRoute, { method: 'POST', path: '/api/tasks/task-1/complete', status: 204 }]);
    const input = await screen.findByLabelText(/审批意见/);
    fireEvent.input(input, { target: { value: '同意立案' } });
    fireEvent.blur(input); // form-js debounces typing and flushes on blur
    await userEvent.click(screen.getByTestId('task-complete'));
    await waitFor(() => expect(onDone).toHaveBeenCalled());
    const call = calls.find((c) => c.url.endsWith('/complete'))!;
    expect(call.body).toEqual({ variables: { opinion: '同意立案', officerCount: 2 } });
    expect(call.headers['X-XSRF-TOKEN']).toBe('tok');
  });

  it('shows server field errors on the field', async () => {
    render([
      formRoute,
      {
        method: 'POST',
        path: '/api/tasks/task-1/complete',
        status: 400,
        body: { code: 'VALIDATION_FAILED', message: '校验失败', fieldErrors: [{ field: 'officerCount', message: '至少指派两名执法人员' }] },
      },
    ]);
    const input = await screen.findByLabelText(/审批意见/);
    fireEvent.input(input, { target: { value: '同意' } });
    fireEvent.blur(input);
    await userEvent.click(screen.getByTestId('task-complete'));
    expect(await screen.findByText('至少指派两名执法人员')).toBeInTheDocument();
  });

  it('shows server errors whose key is no field of the form above the form, field errors stay inline', async () => {
    render([
      formRoute,
      {
        method: 'POST',
        path: '/api/tasks/task-1/complete',
        status: 400,
        body: {
          code: 'VALIDATION_FAILED',
          message: '校验失败',
          fieldErrors: [
            { field: 'evidence', message: '调查终结报告前须上传至少一份证据' },
            { field: 'officerCount', message: '至少指派两名执法人员' },
          ],
        },
      },
    ]);
    const input = await screen.findByLabelText(/审批意见/);
    fireEvent.input(input, { target: { value: '同意' } });
    fireEvent.blur(input);
    await userEvent.click(screen.getByTestId('task-complete'));
    const alert = await screen.findByTestId('task-other-errors');
    expect(alert).toHaveTextContent('调查终结报告前须上传至少一份证据');
    expect(alert).not.toHaveTextContent('至少指派两名执法人员');
    // the known field's error is on the field, inside the form
    expect(within(screen.getByTestId('task-form')).getByText('至少指派两名执法人员')).toBeInTheDocument();
  });

  it('shows a comment error in the alert when the form has no comment field', async () => {
    render([
      formRoute,
      {
        method: 'POST',
        path: '/api/tasks/task-1/complete',
        status: 400,
        body: { code: 'VALIDATION_FAILED', message: '校验失败', fieldErrors: [{ field: 'comment', message: '退回时须填写意见' }] },
      },
    ]);
    const input = await screen.findByLabelText(/审批意见/);
    fireEvent.input(input, { target: { value: '不同意' } });
    fireEvent.blur(input);
    await userEvent.click(screen.getByTestId('task-complete'));
    expect(await screen.findByRole('alert')).toHaveTextContent('退回时须填写意见');
  });

  it('saves a draft without validating', async () => {
    const { calls } = render([formRoute, { method: 'PUT', path: '/api/tasks/task-1/draft', status: 204 }]);
    await screen.findByLabelText(/审批意见/);
    await userEvent.click(screen.getByTestId('task-save-draft'));
    expect(await screen.findByText('草稿已保存')).toBeInTheDocument();
    expect(calls.find((c) => c.url.endsWith('/draft'))!.body).toEqual({ variables: { opinion: '', officerCount: 2 } });
  });

  it('shows an error state when the form cannot be loaded', async () => {
    render([{ path: '/api/tasks/task-1/form', status: 403, body: { code: 'FORBIDDEN', message: '无权查看此任务' } }]);
    expect(await screen.findByText('表单加载失败')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('无权查看此任务');
  });

  it('is read-only with a hint when the task is not mine', async () => {
    render([formRoute], { assignee: 'officer2', assigneeName: '李警官' });
    expect(await screen.findByText('此任务尚未由您认领，认领后方可办理')).toBeInTheDocument();
    expect(screen.queryByTestId('task-complete')).not.toBeInTheDocument();
  });
});
