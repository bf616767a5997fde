// Issue 9 in the browser: modeler1 renames a task of enforcement-case and deploys it; the list shows the new
// version, and a lead officer1 registers afterwards runs on it (renamed task in the task list and the case's
// trace, processDefinitionId of the new version in our API and in Camunda's). The BPMN editor's palette, context
// pad, replace menu and properties panel are in Chinese; modeler1 opens a decision table and changes and deploys a
// form (deployed again as it was right after). Officers see the models read-only.
// At the end modeler1 deploys the original model again, so the specs after this one see the original names.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './support/browser.mjs';
import { englishWords } from './support/english.mjs';
import { callApi, fillLeadForm, loginAs, submitLead, withUsccCheck } from './support/steps.mjs';

const KEY = 'enforcement-case';
const ORIGINAL_NAME = '核查线索';
const suffix = String(Date.now()).slice(-5);
const NEW_NAME = `${ORIGINAL_NAME}（E2E ${suffix}）`;
const PARTY = `宁夏建模测试口罩有限公司${suffix}`;
const USCC = withUsccCheck(`91640100MA79${suffix}`);
const FORM_KEY = 'case-verify-lead';
const FORM_LABEL = '核查情况';
const NEW_FORM_LABEL = `${FORM_LABEL}（E2E ${suffix}）`;

/** The model list's row of a model (enforcement-case unless given) as { version, deployedAt, deployedBy } texts. */
async function listRow(page, key = KEY) {
  await page.goto('/modeling');
  const link = page.getByTestId(`model-${key}`);
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

/** Renames Task_VerifyLead in the open BPMN editor through the properties panel; `selected` runs once it is selected. */
async function renameVerifyTask(page, name, selected = async () => {}) {
  await page.locator('g.djs-element[data-element-id="Task_VerifyLead"]').first().click();
  const nameField = page.locator('[data-testid="properties-panel"] #bio-properties-panel-name');
  await nameField.waitFor({ state: 'attached' });
  await selected();
  if (!(await nameField.isVisible())) {
    // the properties panel opens with its groups collapsed: open "General"
    await page.locator('[data-testid="properties-panel"] [data-group-id="group-general"] .bio-properties-panel-group-header').click();
  }
  await nameField.waitFor();
  await nameField.fill(name);
  await page.locator('g.djs-element[data-element-id="Task_VerifyLead"] text', { hasText: name.slice(0, 4) }).first().waitFor();
}

/** Opens every closed group and list item of the properties panel (they open one level at a time; a list group without items stays closed). */
async function expandPanel(page) {
  for (let round = 0; round < 4; round++) {
    const clicked = await page.evaluate(() => {
      const panel = document.querySelector('[data-testid="properties-panel"]');
      const closed = [
        ...panel.querySelectorAll('.bio-properties-panel-group-header:not(.open)'),
        ...[...panel.querySelectorAll('.bio-properties-panel-collapsible-entry-entries:not(.open)')].map((e) =>
          e.parentElement.querySelector(':scope > .bio-properties-panel-collapsible-entry-header'),
        ),
      ].filter(Boolean);
      closed.forEach((header) => header.click());
      return closed.length;
    });
    if (!clicked) return;
    await page.waitForTimeout(150);
  }
}

// In the properties panel the header's name and the titles of list items (variable names, listener
// expressions, field names) are the model's values, not labels; bpmn.io's logo (its licence wants it shown) is a name
const PANEL_VALUES = '.bio-properties-panel-header-label, .bio-properties-panel-collapsible-entry-header-title, .bjs-powered-by';

describe('modeling', () => {
  let browser;
  let originalXml;
  let renamedVersion;
  let renamedDefinitionId;
  let restored = false;
  let originalForm;
  let formChanged = false;

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
    if (formChanged && browser) {
      await loginAs(browser, 'modeler1')
        .then(() => callApi(browser.page, 'POST', '/api/models/deployments', { kind: 'FORM', key: FORM_KEY, content: originalForm }))
        .catch((e) => console.error(`could not restore ${FORM_KEY}: ${e.message}`));
    }
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
    await renameVerifyTask(page, NEW_NAME, () => screenshot('task-selected'));
    await screenshot('renamed');

    await page.getByTestId('check-and-deploy').click();
    const diff = page.getByTestId('model-diff');
    await diff.waitFor();
    assert.match(await diff.innerText(), /Task_VerifyLead/);
    assert.match(await diff.innerText(), new RegExp(NEW_NAME.replace(/[()（）]/g, '.')));
    await page.getByTestId('lint-result').waitFor();
    // lint findings and the diff in Chinese: rule descriptions, element types and attributes (ids are code)
    const dialogEnglish = await englishWords(page, { root: '.ant-modal-content' });
    assert.deepEqual(dialogEnglish, [], `English in the deploy dialog: ${JSON.stringify(dialogEnglish)}`);
    assert.match(await diff.innerText(), /用户任务/);
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

  it('the BPMN editor speaks Chinese: palette, context pad, replace menu and properties panel', async () => {
    const { page, screenshot } = browser;
    const found = [];
    const scan = async (where) => {
      const words = await englishWords(page, { root: '[data-testid="bpmn-editor"]', tooltips: true, skip: PANEL_VALUES });
      found.push(...words.map((w) => `${where}: "${w.word}" in "${w.text}" (${w.where})`));
    };
    await page.goto(`/modeling/bpmn/${KEY}`);
    await page.locator('[data-testid="bpmn-editor"] .djs-palette .entry').first().waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('.djs-palette .entry[aria-label="创建开始事件"]').count(), 1, 'the palette is in Chinese');
    // the process itself (nothing selected), every group open
    await page.locator('[data-testid="properties-panel"] .bio-properties-panel-group-header').first().waitFor();
    await expandPanel(page);
    await scan('process');
    // the listeners' titles ("开始：表达式") are labels, unlike other list items' titles
    const listeners = '[data-testid="properties-panel"] [data-group-id="group-CamundaPlatform__ExecutionListener"]';
    assert.ok(await page.locator(`${listeners} .bio-properties-panel-collapsible-entry-header-title`).count(), 'the process has listeners');
    found.push(...(await englishWords(page, { root: listeners })).map((w) => `listeners: "${w.word}" in "${w.text}"`));
    await screenshot('editor-process-zh');

    // one element of each kind the case models use: their groups (assignment, forms, conditions,
    // inputs/outputs, listeners, call activity, decision reference, timers, messages, multi-instance …)
    const xml = (await callApi(page, 'GET', `/api/models/bpmn/${KEY}/versions/latest/content`)).body;
    const all = (pattern) => [...xml.matchAll(pattern)].map((m) => m[1]);
    const elements = {
      userTask: ['Task_VerifyLead'],
      conditionalFlow: all(/<sequenceFlow id="([^"]+)"[^>]*>\s*<conditionExpression/g),
      businessRuleTask: all(/<businessRuleTask id="([^"]+)"/g),
      callActivity: all(/<callActivity id="([^"]+)"/g),
      serviceTask: all(/<serviceTask id="([^"]+)"/g),
      timerEvent: all(/<intermediateCatchEvent id="([^"]+)"[^>]*>(?:(?!<\/intermediateCatchEvent>)[\s\S])*?<timerEventDefinition/g),
      messageStart: all(/<startEvent id="([^"]+)"[^>]*>(?:(?!<\/startEvent>)[\s\S])*?<messageEventDefinition/g),
      boundaryEvent: all(/<boundaryEvent id="([^"]+)"/g),
      gateway: all(/<exclusiveGateway id="([^"]+)"/g),
    };
    const selected = [];
    // the business rule tasks are inside a collapsed sub-process: open it (drill down) once the others are done
    const ruleTask = elements.businessRuleTask[0];
    // the sub-processes it is in, outermost first
    const ruleTaskParents = [];
    for (const m of ruleTask ? xml.slice(0, xml.indexOf(`id="${ruleTask}"`)).matchAll(/<subProcess id="([^"]+)"|<\/subProcess>/g) : []) {
      if (m[1]) ruleTaskParents.push(m[1]);
      else ruleTaskParents.pop();
    }
    const kinds = Object.entries(elements).sort(([a], [b]) => (a === 'businessRuleTask') - (b === 'businessRuleTask'));
    for (const [kind, ids] of kinds) {
      for (const parent of kind === 'businessRuleTask' ? ruleTaskParents : []) {
        await page.locator(`.djs-overlays[data-container-id="${parent}"] .bjs-drilldown`).dispatchEvent('click');
      }
      // the first of its kind drawn on the diagram shown
      let id;
      for (const candidate of ids) {
        if (await page.locator(`g.djs-element[data-element-id="${candidate}"] .djs-hit`).count()) {
          id = candidate;
          break;
        }
      }
      if (!id) continue;
      await page.locator(`g.djs-element[data-element-id="${id}"] .djs-hit`).first().dispatchEvent('click');
      await page.locator(`.djs-context-pad-parent .djs-context-pad .entry, .djs-context-pad .entry`).first().waitFor();
      await page.waitForTimeout(200);
      await expandPanel(page);
      await scan(`${kind} ${id}`);
      selected.push(kind);
      if (kind === 'userTask') {
        await screenshot('editor-user-task-zh');
        // the replace menu of a task
        await page.locator('.djs-context-pad .entry[data-action="replace"]').click();
        await page.locator('.djs-popup').waitFor();
        found.push(
          ...(await englishWords(page, { root: '.djs-popup', tooltips: true })).map((w) => `replace menu: "${w.word}" in "${w.text}"`),
        );
        await screenshot('editor-replace-menu-zh');
        await page.keyboard.press('Escape');
      }
    }
    for (const kind of ['userTask', 'conditionalFlow', 'businessRuleTask', 'callActivity', 'timerEvent']) {
      assert.ok(selected.includes(kind), `a ${kind} was selected (${selected.join(', ')})`);
    }
    assert.deepEqual(found, [], `English in the BPMN editor:\n  ${[...new Set(found)].join('\n  ')}`);
  });

  it('switching to English reopens the editor in English on the edits made so far', async () => {
    const { page, screenshot } = browser;
    await page.goto(`/modeling/bpmn/${KEY}`);
    await page.locator('.djs-palette .entry[aria-label="创建开始事件"]').waitFor({ timeout: 30_000 });
    const edited = `E2E language ${suffix}`;
    await renameVerifyTask(page, edited);
    await page.getByText('English', { exact: true }).click();
    try {
      await page.locator('.djs-palette .entry[aria-label="Create start event"]').waitFor({ timeout: 30_000 });
      assert.equal(await page.locator('.djs-palette .entry[aria-label="创建开始事件"]').count(), 0, 'no Chinese palette left');
      const task = page.locator('g.djs-element[data-element-id="Task_VerifyLead"] text').first();
      assert.match((await task.textContent()).replace(/\s+/g, ' '), new RegExp(edited.replace(/ /g, '\\s*')), 'the edit is kept');
      await screenshot('editor-english');
    } finally {
      await page.getByText('中文', { exact: true }).click();
      await page.getByRole('button', { name: '退出登录' }).waitFor();
    }
    await page.locator('.djs-palette .entry[aria-label="创建开始事件"]').waitFor({ timeout: 30_000 });
  });

  it('modeler1 opens a decision table and a form, and deploys a changed form as a new version', async () => {
    const { page, screenshot } = browser;
    // the decision table in dmn-js, its menus in Chinese
    await page.goto('/modeling/dmn/penalty-discretion');
    await page.locator('[data-testid="dmn-editor"] .tjs-table').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('[data-testid="dmn-editor"][data-read-only]').count(), 0);
    await page.locator('[data-testid="dmn-editor"] .tjs-table tbody td').first().click({ button: 'right' });
    const menu = page.locator('.context-menu');
    await menu.waitFor();
    assert.match(await menu.innerText(), /在上方添加规则/);
    await screenshot('dmn-editor');
    await page.keyboard.press('Escape');

    // the form in form-js's editor: its palette and properties panel in Chinese
    const original = await callApi(page, 'GET', `/api/models/form/${FORM_KEY}/versions/latest/content`);
    assert.equal(original.status, 200);
    originalForm = original.body;
    assert.ok(originalForm.includes(`"label": "${FORM_LABEL}"`), 'the specs before this one left the original label');
    const before = (await listRow(page, FORM_KEY)).version;
    await page.getByTestId(`model-${FORM_KEY}`).click();
    const editor = page.getByTestId('form-editor');
    await editor.locator('.fjs-palette-header', { hasText: '组件' }).waitFor({ timeout: 30_000 });
    assert.ok(await editor.locator('.fjs-palette-field', { hasText: '文本框' }).count(), 'palette entries in Chinese');
    await editor.locator('.fjs-form-field-textarea', { hasText: FORM_LABEL }).click();
    const label = editor.locator('.fjs-properties-container #bio-properties-panel-label');
    await label.waitFor({ state: 'attached' });
    if (!(await label.isVisible())) {
      await editor.locator('.fjs-properties-container [data-group-id="group-general"] .bio-properties-panel-group-header').click();
    }
    await label.waitFor();
    assert.match(await editor.locator('.fjs-properties-container').innerText(), /字段标签/);
    await label.fill(NEW_FORM_LABEL);
    await editor.locator('.fjs-form-field-textarea', { hasText: NEW_FORM_LABEL }).waitFor();
    await screenshot('form-editor-changed');

    await page.getByTestId('check-and-deploy').click();
    const diff = page.getByTestId('model-diff');
    await diff.waitFor();
    assert.match(await diff.innerText(), /verificationSummary/);
    assert.match(await diff.innerText(), /多行文本/);
    await page.getByTestId('deploy-comment').fill('E2E: 修改表单标签');
    await page.getByTestId('deploy-confirm').click();
    formChanged = true;
    const versions = page.getByTestId('model-versions');
    await versions.locator('tbody tr').first().getByText(`v${before + 1}`).waitFor();
    const row = await listRow(page, FORM_KEY);
    assert.equal(row.version, before + 1);
    assert.equal(row.deployedBy, 'modeler1');
    await screenshot('form-new-version');
    const latest = await callApi(page, 'GET', `/api/models/form/${FORM_KEY}/versions/latest/content`);
    assert.ok(latest.body.includes(NEW_FORM_LABEL));

    // deployed again as it was, so later specs see the original label
    const restore = await callApi(page, 'POST', '/api/models/deployments', {
      kind: 'FORM',
      key: FORM_KEY,
      content: originalForm,
      comment: 'E2E: 恢复原表单',
    });
    assert.equal(restore.status, 201, restore.body);
    formChanged = false;
    assert.equal((await listRow(page, FORM_KEY)).version, before + 2);
    const restored = await callApi(page, 'GET', `/api/models/form/${FORM_KEY}/versions/latest/content`);
    assert.equal(restored.body, originalForm);
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
    await page.locator('[data-testid="bpmn-editor"][data-read-only="true"] .djs-container').waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId('check-and-deploy').count(), 0);
    assert.equal(await page.getByTestId('download-edited').count(), 0);
    // a viewer: no palette, no properties panel
    assert.equal(await page.locator('.djs-palette').count(), 0);
    assert.equal(await page.getByTestId('properties-panel').isVisible(), false);
    await page.goto(`/modeling/dmn/penalty-discretion`);
    await page.locator('[data-testid="dmn-editor"][data-read-only="true"] .tjs-table').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('[data-testid="dmn-editor"] .tjs-table [contenteditable="true"]').count(), 0);
    await page.goto(`/modeling/form/${FORM_KEY}`);
    await page.locator('[data-testid="form-editor"][data-read-only="true"] .fjs-form').waitFor({ timeout: 30_000 });
    assert.equal(await page.locator('[data-testid="form-editor"] .fjs-palette').count(), 0);
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
