import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { login, openBrowser } from './support/browser.mjs';

describe('login', () => {
  let browser;
  before(async () => {
    browser = await openBrowser('login');
  });
  after(async () => {
    await browser?.close();
  });

  it('shows the Chinese login page by default', async () => {
    const { page, screenshot } = browser;
    await page.goto('/tasks');
    await page.waitForURL(/\/login/);
    assert.equal(await page.locator('html').getAttribute('lang'), 'zh-CN');
    assert.match(await page.title(), /案件办理/);
    await page.getByText('用户名').first().waitFor();
    await screenshot('login-page');
  });

  it('rejects a wrong password with a clear message', async () => {
    const { page, screenshot } = browser;
    // officer2, not officer1: Camunda locks an account for a few seconds after a failed attempt
    await login(page, 'officer2', 'wrong-password');
    const error = page.getByTestId('login-error');
    await error.waitFor();
    assert.match(await error.innerText(), /用户名或密码错误/);
    assert.match(page.url(), /\/login/);
    await screenshot('bad-password');
  });

  it('logs officer1 in and shows the display name and agency in the header', async () => {
    const { page, screenshot } = browser;
    await login(page, 'officer1', 'demo');
    const name = page.getByTestId('user-display-name');
    await name.waitFor();
    assert.ok((await name.innerText()).trim().length > 0, 'display name is shown');
    assert.notEqual((await name.innerText()).trim(), 'officer1', 'the display name, not the username');
    assert.match(await page.getByTestId('user-agency').innerText(), /银川/);
    assert.match(page.url(), /\/tasks/);
    await screenshot('logged-in');
  });

  it('switches the labels to English and back', async () => {
    const { page, screenshot } = browser;
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await screenshot('english');
    // remembered after a reload (localStorage and the user's preference on the server)
    await page.reload();
    await page.getByRole('button', { name: 'Log out' }).waitFor();
    await page.getByText('中文', { exact: true }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    await screenshot('chinese-again');
  });

  it('logs out back to the login page', async () => {
    const { page, screenshot } = browser;
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.waitForURL(/\/login/);
    await page.goto('/tasks');
    await page.waitForURL(/\/login/);
    await screenshot('logged-out');
  });
});
