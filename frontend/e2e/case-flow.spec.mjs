// Issue 7 end to end, in the browser against the real jar: a lead registered by officer1 is verified,
// approved for filing by the agency head, gets its 银市监处罚〔year〕N号 number, officers are assigned
// and the diagram shows the investigation step; 石嘴山's officer3 sees none of it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './support/browser.mjs';
import { fillLeadForm, loginAs, submitLead, withUsccCheck } from './support/steps.mjs';

const suffix = String(Date.now()).slice(-5);
const PARTY = `宁夏浏览器测试口罩有限公司${suffix}`;
const USCC = withUsccCheck(`91640100MA76${suffix}`);
const CASE_NO = new RegExp(`^银市监处罚〔${new Date().getFullYear()}〕\\d+号$`);

/** The form-js field whose label starts with the given text. */
function formField(page, label) {
  return page.locator('.fjs-form-field').filter({ has: page.locator('.fjs-form-field-label', { hasText: label }) }).first();
}

/** Picks an option of a form-js select (a custom dropdown, not a native select). */
async function formJsSelect(page, label, optionText) {
  const field = formField(page, label);
  await field.locator('.fjs-input-group').click();
  await field.locator('.fjs-dropdownlist-item', { hasText: optionText }).first().click();
}

/** Opens the one open task of our party in the given tab of the task list and claims it. */
async function openTaskOfParty(browser, scope, taskName) {
  const { page } = browser;
  await page.goto(`/tasks?scope=${scope}&q=${encodeURIComponent(PARTY)}`);
  const row = page.locator('.ant-table-row', { hasText: taskName }).first();
  await row.waitFor();
  await row.getByRole('link', { name: taskName }).click();
  await page.waitForURL(/\/tasks\/[^/?]+$/);
  await page.getByTestId('task-form').locator('.fjs-form').waitFor();
  await page.getByTestId('task-claim').click();
  await page.getByTestId('task-complete').waitFor();
}

async function completeTask(page) {
  await page.getByTestId('task-complete').click();
  await page.waitForURL(/\/tasks(\?|$)/);
}

describe('issue 7: a lead becomes a filed case under investigation', () => {
  let browser;
  let caseId;
  let caseNo;
  before(async () => {
    browser = await openBrowser('case-flow');
  });
  after(async () => {
    await browser?.close();
  });

  it('officer1 registers a lead for the mask campaign in 线索登记', async () => {
    const { page, screenshot } = browser;
    await loginAs(browser, 'officer1');
    await fillLeadForm(page, { party: PARTY, uscc: USCC });
    await screenshot('lead-form-filled');
    caseId = await submitLead(page);
    await screenshot('lead-registered');
  });

  it('officer1 claims the verification and completes its Camunda form', async () => {
    const { page, screenshot } = browser;
    await openTaskOfParty(browser, 'candidates', '核查线索');
    assert.equal(await formField(page, '当事人').locator('input').inputValue(), PARTY, 'the form shows the lead');
    await formField(page, '核查情况').locator('textarea').fill('经网络抽检核实，当事人销售的口罩过滤效率不合格。');
    await formJsSelect(page, '核查结论', '建议立案');
    await screenshot('verification-form');
    await completeTask(page);
    await screenshot('verification-done');
  });

  it('head1 approves filing on the task page', async () => {
    const { page, screenshot } = browser;
    await loginAs(browser, 'head1');
    await openTaskOfParty(browser, 'candidates', '立案/不予立案审批');
    await formJsSelect(page, '审批意见', '批准');
    await screenshot('filing-approval');
    await completeTask(page);
  });

  it('unithead1 assigns two officers', async () => {
    const { page, screenshot } = browser;
    await loginAs(browser, 'unithead1');
    await openTaskOfParty(browser, 'candidates', '指定两名以上办案人员');
    caseNo = await formField(page, '案件编号').locator('input').inputValue();
    assert.match(caseNo, CASE_NO, 'the case number is on the assignment form');
    await formField(page, '主办人员').locator('input').fill('officer1');
    await formField(page, '协办人员').locator('input').fill('officer2');
    await screenshot('assign-officers');
    await completeTask(page);
  });

  it('officer1 sees the numbered case in the list and the investigation step on the diagram', async () => {
    const { page, screenshot } = browser;
    await loginAs(browser, 'officer1');
    await page.getByRole('link', { name: '案件', exact: true }).click();
    await page.waitForURL(/\/cases/);
    const row = page.locator('.ant-table-row', { hasText: PARTY }).first();
    await row.waitFor();
    assert.match(await row.innerText(), new RegExp(caseNo.replace(/[〔〕]/g, '.')));
    assert.match(await row.innerText(), /调查取证/);
    await screenshot('case-list');
    await row.getByRole('link', { name: caseNo }).click();
    await page.waitForURL(new RegExp(`/cases/${caseId}$`));
    await page.getByRole('heading', { name: new RegExp(PARTY) }).waitFor();
    await screenshot('case-detail');
    await page.getByRole('tab', { name: '流程图' }).click();
    await page.getByTestId('process-diagram').locator('svg').first().waitFor({ state: 'attached', timeout: 30_000 });
    await screenshot('case-diagram-loaded');
    // markers are CSS classes on the shapes' SVG groups; the investigation (Task_Investigate) sits inside
    // the collapsed case-handling sub-process, whose plane bpmn-js draws only when opened: the main
    // plane marks the sub-process as current
    await page.locator('[data-element-id="SubProcess_CaseHandling"].cf-active').waitFor({ state: 'attached' });
    assert.equal(await page.locator('[data-element-id="Task_VerifyLead"].cf-passed').count(), 1, 'verification passed');
    await screenshot('case-diagram');

    // drill down into the collapsed sub-process (bpmn-js's drilldown overlay): the investigation step
    // itself carries the current-activity marker on the sub-process plane
    const diagram = page.getByTestId('process-diagram');
    const investigate = diagram.locator('g.djs-element[data-element-id="Task_Investigate"]');
    assert.equal(await investigate.isVisible(), false, 'the investigation is not drawn on the main plane');
    await diagram.locator('.djs-overlays[data-container-id="SubProcess_CaseHandling"] .bjs-drilldown').click();
    await investigate.waitFor({ state: 'visible' });
    assert.match(await investigate.getAttribute('class'), /\bcf-active\b/, 'Task_Investigate is the current activity');
    assert.match(await investigate.textContent(), /调查取证/, 'the marked shape is the 调查取证 step');
    await screenshot('case-diagram-sub-process');
  });

  it('switching to English changes the labels', async () => {
    const { page, screenshot } = browser;
    await page.getByText('English', { exact: true }).click();
    try {
      await page.getByRole('tab', { name: 'Process diagram' }).waitFor();
      await page.getByRole('link', { name: 'Cases', exact: true }).waitFor();
      await page.getByRole('button', { name: 'Log out' }).waitFor();
      await screenshot('case-detail-english');
    } finally {
      // the choice is saved for the user on the server: put it back for the specs that follow
      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('button', { name: '退出登录' }).waitFor();
    }
  });

  it('officer3 (石嘴山) neither lists nor opens the case', async () => {
    const { page, screenshot } = browser;
    await loginAs(browser, 'officer3');
    await page.goto(`/cases?party=${encodeURIComponent(PARTY)}`);
    await page.locator('.ant-table').waitFor();
    await page.locator('.ant-empty').first().waitFor();
    assert.equal(await page.locator('.ant-table-row', { hasText: PARTY }).count(), 0);
    await screenshot('officer3-case-list');
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('alert').first().waitFor();
    await page.getByText('未找到', { exact: true }).waitFor();
    assert.match(await page.getByRole('alert').first().innerText(), /不存在|无权/);
    assert.equal(await page.getByText(PARTY).count(), 0, 'nothing of the case is shown');
    await screenshot('officer3-case-direct-url');
  });
});
