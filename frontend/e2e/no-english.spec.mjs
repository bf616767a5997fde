// No English left on the Chinese UI: walks the main pages (every tab of each) as an officer and as a
// manager in zh-CN and fails on any visible English word that is not a proper name or a format name
// (support/english.mjs has the allow-list). Screenshots per page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './support/browser.mjs';
import { englishWords } from './support/english.mjs';
import { loginAs, withUsccCheck } from './support/steps.mjs';

/** Waits until the page's chunk and first data are in: no spinner, no request in flight. */
async function settled(page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  await page.locator('[data-testid="page-spinner"], .ant-spin-spinning').first().waitFor({ state: 'detached', timeout: 20_000 }).catch(() => undefined);
  await page.waitForLoadState('networkidle').catch(() => undefined);
}

/** English words on the page as it is, then after a click on each of its tabs. */
async function wordsOnEveryTab(page, label, screenshot) {
  await settled(page);
  const found = (await englishWords(page)).map((w) => ({ ...w, page: label }));
  await screenshot(label.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'page');
  const tabs = page.locator('[role="tab"]:visible');
  const count = await tabs.count();
  for (let i = 0; i < count; i++) {
    const tab = tabs.nth(i);
    if ((await tab.getAttribute('aria-selected')) === 'true' || (await tab.getAttribute('aria-disabled')) === 'true') continue;
    const name = (await tab.innerText()).trim().split('\n')[0];
    await tab.click();
    await settled(page);
    for (const w of await englishWords(page)) found.push({ ...w, page: `${label} › ${name}` });
  }
  return found;
}

function report(found) {
  const lines = [...new Set(found.map((w) => `${w.page}: "${w.word}" in "${w.text}" (${w.where})`))];
  return `English on the Chinese UI:\n  ${lines.join('\n  ')}`;
}

describe('no English left on the Chinese UI', () => {
  let browser;
  const found = [];
  before(async () => {
    browser = await openBrowser('no-english');
  });
  after(async () => {
    await browser?.close();
  });

  it('the login page', async () => {
    const { page, screenshot } = browser;
    await page.goto('/login');
    await page.locator('#username').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    found.push(...(await wordsOnEveryTab(page, 'login', screenshot)));
  });

  it("an officer's pages: tasks, a task, cases, a case, leads, imports, models, ad monitoring", async () => {
    const { page, screenshot } = browser;
    await loginAs(browser, 'officer1');
    for (const path of ['/tasks', '/tasks?scope=candidates', '/done', '/started', '/cc', '/leads/new', '/cases',
      '/spot-checks/import', '/modeling', '/modeling/bpmn/enforcement-case', '/modeling/dmn/penalty-discretion',
      '/modeling/form/case-verify-lead', '/ad-monitoring', '/ad-monitoring/key-periods']) {
      await page.goto(path);
      found.push(...(await wordsOnEveryTab(page, path, screenshot)));
    }
    // a verification task: its Camunda form (with form-js's own texts and its validation messages after
    // completing it empty), the case summary; given back afterwards
    await page.goto('/tasks?scope=candidates');
    await page.locator('.ant-table-row', { hasText: '核查线索' }).first().getByRole('link', { name: '核查线索' }).click();
    await page.waitForURL(/\/tasks\/[^/?]+$/);
    await page.getByTestId('task-form').locator('.fjs-form').waitFor();
    await page.getByTestId('task-claim').click();
    await page.getByTestId('task-complete').click();
    await page.locator('.fjs-form-field-error').first().waitFor();
    found.push(...(await wordsOnEveryTab(page, 'task', screenshot)));
    await page.getByTestId('task-unclaim').click();
    await page.waitForURL(/\/tasks(\?|$)/);
    await page.goto('/cases');
    await page.locator('.ant-table-row a', { hasText: '号' }).first().click();
    await page.waitForURL(/\/cases\/\d+$/);
    found.push(...(await wordsOnEveryTab(page, 'case', screenshot)));
    await page.goto('/cc');
    await settled(page);
    await page.getByTestId('notification-bell').click();
    await page.getByTestId('notification-list').waitFor();
    found.push(...(await wordsOnEveryTab(page, 'notifications', screenshot)));
    await page.keyboard.press('Escape');
  });

  it('a quality officer checks a spot-check file, sees its row errors by column header, then imports', async () => {
    const { page, screenshot } = browser;
    await loginAs(browser, 'quality1');
    await page.goto('/spot-checks/import');
    await page.getByLabel('只导入正确的行').check();
    const header = '专项行动编号,被抽样单位名称,统一社会信用代码,产品名称,商标,规格型号,生产日期/批号,执行标准,检验机构,'
      + '检验报告编号,检验结论,不合格项目,抽样场所类型,抽样日期,是否显示违法行为';
    const row = (reportNo, uscc) => ['FYKZ-2021', '银川浏览器测试劳保用品有限公司', uscc, '日常防护型口罩', '', '', '20210801',
      'GB/T 32610-2016', '宁夏回族自治区产品质量检验研究院', reportNo, '合格', '', '电子商务', '2021-08-15', ''].join(',');
    const run = Date.now().toString(36).toUpperCase();
    const csv = [header, row(`E2E-${run}-1`, withUsccCheck('91640100MA76E2E01')), row(`E2E-${run}-2`, '91640100MA76E2E010')].join('\r\n');
    await page.locator('input[type=file]').setInputFiles({ name: '抽检结果.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    // the check: counts and the row error, nothing imported yet
    const check = page.getByTestId('spot-check-check');
    await check.waitFor();
    assert.match(await check.innerText(), /共 2 行，正确 1 行，有错误 1 行（尚未导入）/);
    const errors = page.getByTestId('spot-check-errors');
    assert.match(await errors.innerText(), /统一社会信用代码/, 'the field is named by its column header');
    assert.doesNotMatch(await errors.innerText(), /\buscc\b/);
    found.push(...(await wordsOnEveryTab(page, 'spot-check import checked', screenshot)));
    await page.getByTestId('spot-check-confirm').click();
    const result = page.getByTestId('spot-check-result');
    await result.waitFor();
    assert.match(await result.innerText(), /导入 1 行，拒绝 1 行/);
    await screenshot('spot-check-imported');
  });

  it("a manager's dashboard", async () => {
    const { page, screenshot } = browser;
    await loginAs(browser, 'head1');
    await page.goto('/dashboard');
    found.push(...(await wordsOnEveryTab(page, '/dashboard', screenshot)));
  });

  it('the public typical cases', async () => {
    const { page, screenshot } = browser;
    await page.goto('/public/typical-cases');
    found.push(...(await wordsOnEveryTab(page, '/public/typical-cases', screenshot)));
  });

  it('found no English words', () => {
    assert.deepEqual(found, [], report(found));
  });
});
