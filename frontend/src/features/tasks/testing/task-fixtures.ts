import type { TaskDetail, TaskRow } from '../types';

/** officer1 of 银川, as /api/me answers, for the task pages' tests. */
export const officer1Me = { username: 'officer1', displayName: '张警官', groups: ['officers'], agency: null, locale: 'zh-CN' };

/** An open verification task of officer1 (not due); `over` sets what a test is about. */
export const taskRow = (over: Partial<TaskRow> = {}): TaskRow => ({
  id: 't1',
  name: '核查线索',
  activityId: 'Task_VerifyLead',
  processKey: 'case-procedure',
  processName: '普通程序',
  caseId: null,
  caseNo: null,
  leadId: 12,
  partyName: '银川某某商贸有限公司',
  partyUscc: null,
  campaignCode: null,
  campaignName: null,
  agencyCode: 'NX-YC',
  assignee: 'officer1',
  assigneeName: '张警官',
  created: '2021-09-01T09:00:00+08:00',
  due: null,
  workingDaysLeft: null,
  overdue: false,
  ...over,
});

/** The task as GET /api/tasks/{id} answers (with its form id). */
export const taskDetail = (over: Partial<TaskDetail> = {}): TaskDetail => ({ ...taskRow(over), formId: null, ...over });
