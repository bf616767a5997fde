import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { login, openBrowser } from './support/browser.mjs';
import { callApi, withUsccCheck } from './support/steps.mjs';

describe('manager dashboard', () => {
  let browser;
  before(async () => {
    browser = await openBrowser('dashboard');
  });
  after(async () => {
    await browser?.close();
  });

  it('officer1 registers a lead, so a case waits at verification', async () => {
    const { page } = browser;
    await login(page, 'officer1', 'demo');
    await page.getByTestId('user-display-name').waitFor();
    const suffix = String(Date.now() % 100000).padStart(5, '0');
    const r = await callApi(page, 'POST', '/api/leads', {
      campaignCode: 'FYKZ-2021',
      source: 'SPOT_CHECK',
      partyName: `看板测试口罩厂${suffix}`,
      partyUscc: withUsccCheck(`91640100MA78${suffix}`),
      productName: '一次性使用口罩',
      description: '过滤效率不合格',
      goodsValue: 1000,
    });
    assert.equal(r.status, 201, r.body);
    // officers have no dashboard
    assert.equal((await callApi(page, 'GET', '/api/dashboard/figures/cases')).status, 403);
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
  });

  it('manager1 opens the dashboard and sees the overlay counts of the API', async () => {
    const { page, screenshot } = browser;
    await login(page, 'manager1', 'demo');
    await page.getByTestId('user-display-name').waitFor();
    await page.getByRole('link', { name: '管理看板' }).click();
    await page.waitForURL(/\/dashboard/);
    const api = (await callApi(page, 'GET', '/api/dashboard/processes/enforcement-case/activities')).json;
    const verify = api.find((a) => a.activityId === 'Task_VerifyLead');
    assert.ok(verify.active >= 1, 'the lead waits at verification');
    const badge = page.getByTestId('overlay-Task_VerifyLead');
    await badge.waitFor({ timeout: 30_000 });
    assert.equal(await badge.locator('.cf-count-active').innerText(), String(verify.active));
    for (const a of api.filter((x) => x.active > 0)) {
      const b = page.getByTestId(`overlay-${a.activityId}`);
      if ((await b.count()) === 0) continue; // not drawn in the diagram (e.g. a removed activity of an old version)
      assert.equal(await b.locator('.cf-count-active').innerText(), String(a.active), a.activityId);
    }
    await screenshot('overlay');

    await badge.click();
    const cases = page.getByTestId('activity-cases');
    await cases.waitFor();
    await cases.getByRole('link').first().waitFor();
    assert.ok((await cases.getByRole('link').count()) >= 1);
    await screenshot('waiting-cases');

    await page.getByRole('tab', { name: '数据统计' }).click();
    await page.getByTestId('fig-total').waitFor();
    await page.getByTestId('chart-stage').locator('canvas').first().waitFor({ timeout: 30_000 });
    await screenshot('figures');
  });
});
