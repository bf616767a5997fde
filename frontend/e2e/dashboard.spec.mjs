import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { login, openBrowser } from './support/browser.mjs';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function uscc(first17) {
  const sum = [...first17].reduce((s, c, i) => s + USCC_ALPHABET.indexOf(c) * USCC_WEIGHTS[i], 0);
  return first17 + USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** fetch from inside the page: the session cookie and the CSRF cookie of the logged-in user. */
async function apiCall(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      if (method !== 'GET') await fetch('/api/csrf');
      const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.substring(11);
      const r = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', ...(token ? { 'X-XSRF-TOKEN': decodeURIComponent(token) } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      return { status: r.status, body: await r.text() };
    },
    { method, path, body },
  );
}

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
    const r = await apiCall(page, 'POST', '/api/leads', {
      campaignCode: 'FYKZ-2021',
      source: 'SPOT_CHECK',
      partyName: `看板测试口罩厂${suffix}`,
      partyUscc: uscc(`91640100MA78${suffix}`),
      productName: '一次性使用口罩',
      description: '过滤效率不合格',
      goodsValue: 1000,
    });
    assert.equal(r.status, 201, r.body);
    // officers have no dashboard
    assert.equal((await apiCall(page, 'GET', '/api/dashboard/figures/cases')).status, 403);
    await page.getByTestId('logout').click();
    await page.waitForURL(/\/login/);
  });

  it('manager1 opens the dashboard and sees the overlay counts of the API', async () => {
    const { page, screenshot } = browser;
    await login(page, 'manager1', 'demo');
    await page.getByTestId('user-display-name').waitFor();
    await page.getByRole('link', { name: '管理看板' }).click();
    await page.waitForURL(/\/dashboard/);
    const api = JSON.parse((await apiCall(page, 'GET', '/api/dashboard/processes/enforcement-case/activities')).body);
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
