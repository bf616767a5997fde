import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './support/browser.mjs';

// 典型案例曝光: the public page opens without a login and stays read-only.
describe('public typical cases', () => {
  let browser;
  before(async () => {
    browser = await openBrowser('typical-cases');
  });
  after(async () => {
    await browser?.close();
  });

  it('opens without a login', async () => {
    const { page, screenshot } = browser;
    await page.goto('/public/typical-cases?campaign=HMZL-2021');
    await page.getByText('典型案例曝光').first().waitFor();
    assert.doesNotMatch(page.url(), /\/login/);
    assert.equal(await page.getByTestId('logout').count(), 0, 'no session controls on the public page');
    await screenshot('public');
  });
});
