import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { login, openBrowser } from './support/browser.mjs';

describe('modeling', () => {
  let browser;
  const newName = `核查线索（E2E ${Date.now() % 100000}）`;
  before(async () => {
    browser = await openBrowser('modeling');
  });
  after(async () => {
    await browser?.close();
  });

  it('modeler1 renames a task of enforcement-case and deploys it as a new version', async () => {
    const { page, screenshot } = browser;
    await login(page, 'modeler1', 'demo');
    await page.getByTestId('user-display-name').waitFor();
    await page.goto('/modeling');
    const link = page.getByTestId('model-enforcement-case');
    await link.waitFor();
    const row = link.locator('xpath=ancestor::tr');
    const before = Number((await row.locator('td').nth(3).innerText()).replace('v', ''));
    await screenshot('model-list');

    await link.click();
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
    await nameField.fill(newName);
    await page.locator('g.djs-element[data-element-id="Task_VerifyLead"] text').first().waitFor();
    await screenshot('renamed');

    await page.getByTestId('check-and-deploy').click();
    const diff = page.getByTestId('model-diff');
    await diff.waitFor();
    assert.match(await diff.innerText(), /Task_VerifyLead/);
    assert.match(await diff.innerText(), new RegExp(newName.replace(/[()（）]/g, '.')));
    await page.getByTestId('lint-result').waitFor();
    await page.getByTestId('deploy-comment').fill('E2E: 重命名核查线索');
    await screenshot('deploy-dialog');
    await page.getByTestId('deploy-confirm').click();

    const versions = page.getByTestId('model-versions');
    await versions.waitFor();
    const newest = versions.locator('tbody tr').first();
    await newest.getByText(`v${before + 1}`).waitFor();
    assert.match(await newest.innerText(), /modeler1/);
    assert.match(await newest.innerText(), /E2E: 重命名核查线索/);
    await screenshot('new-version');

    // the server has it: the latest content carries the new name
    const xml = await page.request.get('/api/models/bpmn/enforcement-case/versions/latest/content');
    assert.equal(xml.status(), 200);
    assert.ok((await xml.text()).includes(newName));
  });

  it('officer1 sees the models read-only without deploy buttons', async () => {
    const { page, screenshot } = browser;
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
    await login(page, 'officer1', 'demo');
    await page.getByTestId('user-display-name').waitFor();
    await page.goto('/modeling/bpmn/enforcement-case');
    await page.locator('[data-testid="bpmn-editor"] .djs-container').waitFor({ timeout: 30_000 });
    assert.equal(await page.getByTestId('check-and-deploy').count(), 0);
    await page.goto('/modeling');
    await page.getByTestId('models-read-only').waitFor();
    await screenshot('read-only');
  });
});
