// Steps several browser tests share: a valid USCC, API calls as the logged-in user, switching user,
// antd selects and the 线索登记 form.
import assert from 'node:assert/strict';
import { login } from './browser.mjs';

const USCC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** GB 32100-2015: the 17 given characters plus their check character. */
export function withUsccCheck(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += USCC_ALPHABET.indexOf(first17[i]) * USCC_WEIGHTS[i];
  return first17 + USCC_ALPHABET[(31 - (sum % 31)) % 31];
}

/**
 * Calls the API from inside the page, with the session cookie and CSRF token of the logged-in user.
 * Returns { status, body, json } (json null when the body is empty or not JSON).
 */
export async function callApi(page, method, path, body) {
  return page.evaluate(
    async ({ method, path, body }) => {
      if (method !== 'GET') await fetch('/api/csrf');
      const token = document.cookie.split('; ').find((c) => c.startsWith('XSRF-TOKEN='))?.substring(11);
      const response = await fetch(path, {
        method,
        headers: {
          'Content-Type': 'application/json',
          Accept: 'application/json',
          ...(token ? { 'X-XSRF-TOKEN': decodeURIComponent(token) } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      let json = null;
      try {
        json = text ? JSON.parse(text) : null;
      } catch {
        // not JSON (XML, HTML)
      }
      return { status: response.status, body: text, json };
    },
    { method, path, body },
  );
}

/** Logs out whoever is logged in (fresh cookies) and logs the user in. */
export async function loginAs(browser, username) {
  await browser.context.clearCookies();
  await login(browser.page, username, 'demo');
  await browser.page.getByTestId('user-display-name').waitFor();
}

/** Picks an option in an antd Select identified by its input id. */
export async function antdSelect(page, inputId, optionText) {
  await page.locator(`#${inputId}`).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: optionText }).first().click();
}

/** Opens 线索登记 from the menu and fills a lead of the mask campaign for the party (not yet submitted). */
export async function fillLeadForm(page, { party, uscc }) {
  await page.getByRole('link', { name: '线索登记' }).click();
  await page.waitForURL(/\/leads\/new/);
  await antdSelect(page, 'campaignCode', '非医用口罩');
  await antdSelect(page, 'source', '监督抽查');
  await page.locator('#partyName').fill(party);
  await page.locator('#partyUscc').fill(uscc);
  assert.match(await page.getByTestId('uscc-feedback').innerText(), /有效|正确|通过/);
  await page.locator('#description').fill('网络抽检一次性使用口罩过滤效率不合格');
  await page.locator('#productName').fill('一次性使用口罩');
  await page.locator('#brand').fill('护康');
  await page.locator('#batchNo').fill('20260301');
  await page.locator('#standardCode').fill('GB 2626-2019');
}

/** Submits the filled 线索登记 form; returns the lead's (= case's) id from the confirmation. */
export async function submitLead(page) {
  await page.getByTestId('lead-submit').click();
  const created = page.locator('.ant-message-notice', { hasText: '线索已登记' });
  await created.waitFor();
  const caseId = Number((await created.innerText()).match(/\d+/)[0]);
  assert.ok(caseId > 0, 'the lead number is shown');
  return caseId;
}
