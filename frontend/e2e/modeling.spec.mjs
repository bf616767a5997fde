// Issue 9 in the browser: modeler1 renames a task of enforcement-case and deploys it; the list shows the new
// version, and a lead officer1 registers afterwards runs on it (renamed task in the task list and the case's
// trace, processDefinitionId of the new version in our API and in Camunda's). Officers see the models read-only.
// At the end modeler1 deploys the original model again, so the specs after this one see the original names.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './support/browser.mjs';
import { callApi, fillLeadForm, loginAs, submitLead, withUsccCheck } from './support/steps.mjs';

const KEY = 'enforcement-case';
const ORIGINAL_NAME = '核查线索';
const suffix = String(Date.now()).slice(-5);
const NEW_NAME = `${ORIGINAL_NAME}（E2E ${suffix}）`;
const PARTY = `宁夏建模测试口罩有限公司${suffix}`;
const USCC = withUsccCheck(`91640100MA79${suffix}`);

/** The model list's row of enforcement-case as { version, deployedAt, deployedBy } texts. */
async function listRow(page) {
  await page.goto('/modeling');
  const link = page.getByTestId(`model-${KEY}`);
  await link.waitFor();
  await page.locator('[data-testid="model-list"] .ant-spin-spinning').waitFor({ state: 'detached' });
  const cells = link.locator('xpath=ancestor::tr').locator('td');
  return {
    version: Number((await cells.nth(3).innerText()).replace('v', '')),
    deployedAt: await cells.nth(5).innerText(),
    deployedBy: await cells.nth(6).innerText(),
  };
}

/** "YYYY-MM-DD HH:mm" in the browser's (= this machine's) time zone, within a few minutes of now. */
function assertRecent(shown) {
  const m = shown.match(/^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d)$/);
  assert.ok(m, `deployment time shown: "${shown}"`);
  const at = new Date(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]);
  assert.ok(Math.abs(Date.now() - at.getTime()) < 10 * 60_000, `deployed just now, shown ${shown}`);
}

describe('modeling', () => {
  let browser;
  let originalXml;
  let renamedVersion;
  let renamedDefinitionId;
  let restored = false;

  /** Deploys the model as it was before the rename (as modeler1, who must be logged in). */
  async function deployOriginal(page) {
    const r = await callApi(page, 'POST', '/api/models/deployments', {
      kind: 'BPMN',
      key: KEY,
      content: originalXml,
      comment: 'E2E: 恢复原名称',
    });
    assert.equal(r.status, 201, r.body);
    restored = true;
    return r.json;
  }

  before(async () => {
    browser = await openBrowser('modeling');
  });
  after(async () => {
    // a failed test must not leave the renamed model to the specs that follow
    if (renamedVersion && !restored && browser) {
      await loginAs(browser, 'modeler1')
        .then(() => deployOriginal(browser.page))
        .catch((e) => console.error(`could not restore ${KEY}: ${e.message}`));
    }
    await browser?.close();
  });

  it('modeler1 renames a task of enforcement-case and deploys it as a new version', async () => {
    const { page, screenshot } = browser;
    await loginAs(browser, 'modeler1');
    const original = await callApi(page, 'GET', `/api/models/bpmn/${KEY}/versions/latest/content`);
    assert.equal(original.status, 200);
    originalXml = original.body;
    assert.ok(originalXml.includes(`name="${ORIGINAL_NAME}"`), 'the specs before this one left the original name');
    const before = (await listRow(page)).version;
    await screenshot('model-list');

    await page.getByTestId(`model-${KEY}`).click();
    await page.locator('[data-testid="bpmn-editor"] .djs-container').waitFor({ timeout: 30_000 });
    await page.locator('g.djs-element[data-element-id="Task_VerifyLead"]').first().click();
    const nameField = page.locator('[data-testid="properties-panel"] #bio-properties-panel-name');
    await nameField.waitFor({ state: 'attached' });
    await screenshot('task-selected');
    if (!(await nameField.isVisible())) {
      // the properties panel opens with its groups collapsed: open "General"
      await page.locator('[data-testid="properties-panel"] [data-group-id="group-general"] .bio-properties-panel-group-header').click();
    }
    await nameField.waitFor();
    await nameField.fill(NEW_NAME);
    await page.locator('g.djs-element[data-element-id="Task_VerifyLead"] text').first().waitFor();
    await screenshot('renamed');

    await page.getByTestId('check-and-deploy').click();
    const diff = page.getByTestId('model-diff');
    await diff.waitFor();
    assert.match(await diff.innerText(), /Task_VerifyLead/);
    assert.match(await diff.innerText(), new RegExp(NEW_NAME.replace(/[()（）]/g, '.')));
    await page.getByTestId('lint-result').waitFor();
    await page.getByTestId('deploy-comment').fill('E2E: 重命名核查线索');
    await screenshot('deploy-dialog');
    await page.getByTestId('deploy-confirm').click();

    const versions = page.getByTestId('model-versions');
    await versions.waitFor();
    const newest = versions.locator('tbody tr').first();
    await newest.getByText(`v${before + 1}`).waitFor();
    renamedVersion = before + 1;
    assert.match(await newest.innerText(), /modeler1/);
    assert.match(await newest.innerText(), /E2E: 重命名核查线索/);
    await screenshot('new-version');

    // the server has it: the latest content carries the new name
    const xml = await callApi(page, 'GET', `/api/models/bpmn/${KEY}/versions/latest/content`);
    assert.equal(xml.status, 200);
    assert.ok(xml.body.includes(NEW_NAME));
  });

  it('the model list shows the new version, who deployed it and when', async () => {
    const { page, screenshot } = browser;
    const row = await listRow(page);
    assert.equal(row.version, renamedVersion);
    assert.equal(row.deployedBy, 'modeler1');
    assertRecent(row.deployedAt);
    await screenshot('model-list-new-version');

    const versions = (await callApi(page, 'GET', `/api/models/bpmn/${KEY}/versions`)).json;
    assert.equal(versions[0].version, renamedVersion);
    renamedDefinitionId = versions[0].definitionId;
    assert.notEqual(renamedDefinitionId, versions[1].definitionId);
  });

  it('officer1 registers a new lead in 线索登记 and it runs on the new version', async () => {
    const { page, screenshot } = browser;
    await loginAs(browser, 'officer1');
    await fillLeadForm(page, { party: PARTY, uscc: USCC });
    await screenshot('lead-form-filled');
    const caseId = await submitLead(page);

    // the task list names the verification as the new version does
    await page.goto(`/tasks?scope=candidates&q=${encodeURIComponent(PARTY)}`);
    const row = page.locator('.ant-table-row', { hasText: PARTY }).first();
    await row.waitFor();
    await row.getByRole('link', { name: NEW_NAME }).waitFor();
    assert.equal(await page.getByRole('link', { name: ORIGINAL_NAME, exact: true }).count(), 0);
    await screenshot('task-list-renamed');

    // so does the case's trace
    await page.goto(`/cases/${caseId}`);
    await page.getByRole('heading', { name: new RegExp(PARTY) }).waitFor();
    await page.getByRole('tab', { name: '流程跟踪' }).click();
    await page.getByTestId('trace-steps').getByText(NEW_NAME).waitFor();
    await screenshot('case-trace-renamed');

    // our API and Camunda's REST API agree: the instance runs on the new definition
    const detail = await callApi(page, 'GET', `/api/cases/${caseId}`);
    assert.equal(detail.status, 200, detail.body);
    assert.equal(detail.json.processDefinitionId, renamedDefinitionId);
    assert.ok(detail.json.activeActivityIds.includes('Task_VerifyLead'), detail.json.activeActivityIds.join());
    // Camunda's REST API is for modelers and camunda-admin only (403 for officers): ask it as modeler1
    const engine = await page.request.get(`/engine-rest/process-instance/${detail.json.processInstanceId}`, {
      headers: { Authorization: `Basic ${Buffer.from('modeler1:demo').toString('base64')}` },
    });
    assert.equal(engine.status(), 200, await engine.text());
    assert.equal((await engine.json()).definitionId, renamedDefinitionId);
  });

  it('officer1 sees the models read-only without deploy buttons', async () => {
    const { page, screenshot } = browser;
    await page.goto(`/modeling/bpmn/${KEY}`);
    await page.locator('[data-testid="bpmn-editor"] .djs-container').waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId('check-and-deploy').count(), 0);
    await page.goto('/modeling');
    await page.getByTestId('models-read-only').waitFor();
    await screenshot('read-only');
  });

  it('modeler1 deploys the original model again, so later leads get the original task name', async () => {
    const { page, screenshot } = browser;
    await loginAs(browser, 'modeler1');
    const result = await deployOriginal(page);
    assert.equal(result.version, renamedVersion + 1);
    const row = await listRow(page);
    assert.equal(row.version, renamedVersion + 1);
    await screenshot('model-list-restored');
    const latest = await callApi(page, 'GET', `/api/models/bpmn/${KEY}/versions/latest/content`);
    assert.equal(latest.body, originalXml);
  });
});
