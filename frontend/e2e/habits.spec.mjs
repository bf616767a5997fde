import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { login, openBrowser } from './support/browser.mjs';
import { callApi, withUsccCheck } from './support/steps.mjs';

// Work habits in the browser: officer1 completes a step and finds it under 已办; head1 urges officer1's task on
// the task page and officer1 sees it in the notification centre and in the task list.

async function registerLead(page, party) {
  const digits = String(Math.floor(Math.random() * 100000)).padStart(5, '0');
  const r = await callApi(page, 'POST', '/api/leads', {
    campaignCode: 'FYKZ-2021', source: 'SPOT_CHECK', partyName: party, partyUscc: withUsccCheck('91640100MA76' + digits),
    productName: '一次性使用口罩', description: '过滤效率不合格', brand: '护康', batchNo: '20260301',
    standardCode: 'GB 2626-2019', nonConformingItems: '过滤效率', samplingPlace: '电子商务', goodsValue: 30000.5,
  });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  return r.json.leadId;
}

async function verifyTask(page, caseId) {
  const r = await callApi(page, 'GET', '/api/tasks?scope=candidates&activityId=Task_VerifyLead&size=200');
  const task = r.json.items.find((t) => t.caseId === caseId);
  assert.ok(task, 'verification task in the candidates');
  return task.id;
}

/** The given variables plus a plausible value for every other required field of the task's form. */
async function fill(page, taskId, given) {
  const form = (await callApi(page, 'GET', `/api/tasks/${taskId}/form`)).json;
  const vars = { ...given };
  const walk = (components) => {
    for (const c of components ?? []) {
      if (c.components) walk(c.components);
      else if (c.key && !(c.key in vars) && c.validate?.required && !c.conditional) {
        vars[c.key] = c.type === 'number' ? 1 : c.type === 'checkbox' ? false : c.type === 'datetime'
          ? new Date().toISOString().slice(0, 10) : c.type === 'select' || c.type === 'radio' ? c.values?.[0]?.value : '测试';
      }
    }
  };
  walk(form.schema?.components);
  return vars;
}

describe('work habits', () => {
  let officer;
  let head;
  // digits, not letters: party names are Chinese text (the no-English check reads them on every list)
  const suffix = String(Date.now()).slice(-6);
  const doneParty = `宁夏已办测试商贸${suffix}`;
  const urgedParty = `宁夏催办测试商贸${suffix}`;
  let urgedTaskId;

  before(async () => {
    officer = await openBrowser('habits-officer');
    head = await openBrowser('habits-head');
  });
  after(async () => {
    await officer?.close();
    await head?.close();
  });

  it('officer1 completes a verification and finds it under 已办, linked to its case', async () => {
    const { page, screenshot } = officer;
    await login(page, 'officer1');
    await page.getByTestId('user-display-name').waitFor();
    const caseId = await registerLead(page, doneParty);
    const taskId = await verifyTask(page, caseId);
    assert.equal((await callApi(page, 'POST', `/api/tasks/${taskId}/claim`)).status, 204);
    const variables = await fill(page, taskId, { verificationResult: 'FILE', verificationSummary: '初查属实，建议立案' });
    const done = await callApi(page, 'POST', `/api/tasks/${taskId}/complete`, { variables });
    assert.equal(done.status, 204, JSON.stringify(done.json));

    await page.getByRole('link', { name: '已办' }).click();
    await page.waitForURL(/\/done/);
    await page.getByTestId('done-table').getByRole('link', { name: doneParty }).first().waitFor();
    await screenshot('done-list');
    await page.getByPlaceholder('案件编号、当事人、环节').fill(doneParty);
    await page.getByPlaceholder('案件编号、当事人、环节').press('Enter');
    const row = page.getByTestId('done-table').locator('tr', { hasText: doneParty });
    await row.getByText('立案').first().waitFor();
    await row.getByRole('link').first().click();
    await page.waitForURL(new RegExp(`/cases/${caseId}$`));
    await screenshot('case-from-done');

    // 我发起的 shows the lead at its current step
    await page.getByRole('link', { name: '我发起的' }).click();
    await page.getByTestId('started-table').getByRole('link').first().waitFor();
    await page.getByTestId('started-table').getByText(doneParty).first().waitFor();
    await screenshot('started-list');
  });

  it('head1 urges officer1 on the task page; officer1 sees the urge in the notification centre and task list', async () => {
    const { page } = officer;
    const caseId = await registerLead(page, urgedParty);
    urgedTaskId = await verifyTask(page, caseId);
    assert.equal((await callApi(page, 'POST', `/api/tasks/${urgedTaskId}/claim`)).status, 204);

    await login(head.page, 'head1');
    await head.page.getByTestId('user-display-name').waitFor();
    await head.page.goto(`/tasks/${encodeURIComponent(urgedTaskId)}`);
    await head.page.getByTestId('open-urge').click();
    await head.page.getByTestId('urge-message').fill('请今天办结');
    await head.page.getByTestId('habit-ok').click();
    await head.page.getByText('已催办').first().waitFor();
    await head.screenshot('urged');

    await page.goto(`/tasks?q=${encodeURIComponent(urgedParty)}`);
    const urged = await callApi(page, 'GET', '/api/tasks/urged');
    assert.equal(urged.status, 200, JSON.stringify(urged.json));
    assert.ok(urged.json.some((u) => u.taskId === urgedTaskId), JSON.stringify(urged.json));
    const count = page.getByTestId('notification-count');
    await count.locator('.ant-badge-count').waitFor();
    assert.ok(Number((await count.locator('.ant-badge-count').innerText()).replace(/\D/g, '')) >= 1);
    await page.getByTestId('notification-bell').click();
    const item = page.getByTestId('notification-item').filter({ hasText: '请今天办结' }).first();
    await item.waitFor();
    assert.match(await item.innerText(), /刘洋/);
    await officer.screenshot('notification-centre');
    await item.click();
    await page.waitForURL(new RegExp(`/tasks/${urgedTaskId}$`));
    await page.getByTestId('task-urged').waitFor();
    await page.goto(`/tasks?q=${encodeURIComponent(urgedParty)}`);
    await officer.screenshot('task-list');
    await page.getByTestId(`urged-${urgedTaskId}`).waitFor();
    await officer.screenshot('task-urged');
  });
});
