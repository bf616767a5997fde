// Keyboard only (issue 7): after page.goto('/login') every step is a key press. Logs in with Enter, skips to the
// content, reaches the menu, switches the task list to 待认领, claims a task with its row button, opens it,
// opens and closes a dialog (focus stays inside, Esc closes it and gives the focus back) and hands the task back.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openBrowser } from './support/browser.mjs';

/** What has the focus: tag, text, test id, role, whether it is inside a dialog, and its focus ring. */
function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    // a menu entry's ring is drawn round its list item
    const style = getComputedStyle(el.closest('.ant-menu-item') ?? el);
    return {
      tag: el.tagName.toLowerCase(),
      // without the tab's screen-reader-only "Tab 1 of 3" (rc-tabs)
      text: (el.innerText ?? '').replace(/Tab \d+ of \d+/, '').trim().split('\n')[0].replace(/\s+/g, ''),
      testId: el.getAttribute('data-testid'),
      role: el.getAttribute('role'),
      inDialog: !!el.closest('.ant-modal'),
      ring: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      visible: el.getBoundingClientRect().left >= 0,
    };
  });
}

/** Presses Tab (or Shift+Tab) until the focused element matches; fails after `max` presses. */
async function tabTo(page, matches, { back = false, max = 60, what = 'the element' } = {}) {
  const trail = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (matches(f)) return f;
    trail.push(`${f.tag}${f.role ? `[${f.role}]` : ''}${f.testId ? `#${f.testId}` : ''} ${f.text.slice(0, 12)}`);
  }
  assert.fail(`${what} not reached with ${max} presses of ${back ? 'Shift+Tab' : 'Tab'}; the focus went: ${trail.join(' | ')}`);
}

describe('keyboard only: log in, task list, claim a task, dialog', () => {
  let browser;
  before(async () => {
    browser = await openBrowser('keyboard');
  });
  after(async () => {
    await browser?.close();
  });

  it('logs in with the keyboard: the user name has the focus, Tab to the password, Enter submits', async () => {
    const { page, screenshot } = browser;
    await page.goto('/login');
    await page.locator('#username').waitFor();
    assert.equal((await focused(page)).tag, 'input', 'the user name field has the focus');
    await page.keyboard.type('officer1');
    await page.keyboard.press('Tab');
    await page.keyboard.type('demo');
    await screenshot('login-typed');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tasks/);
    await page.getByTestId('user-display-name').waitFor();
  });

  it('the first Tab offers to skip to the content; the menu is reachable and has a focus ring', async () => {
    const { page, screenshot } = browser;
    await page.keyboard.press('Tab');
    const skip = await focused(page);
    assert.equal(skip.text, '跳到主要内容');
    assert.ok(skip.visible, 'the skip link shows when focused');
    await screenshot('skip-link');
    const cases = await tabTo(page, (f) => f.tag === 'a' && f.text === '案件', { what: 'the menu entry 案件' });
    assert.ok(cases.ring, 'a focused menu entry shows a focus ring');
    await screenshot('menu-focus');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/cases/);
    await tabTo(page, (f) => f.tag === 'a' && f.text === '待办', { back: true, what: 'the menu entry 待办' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tasks$/);
  });

  it('switches the task list to 待认领 with the arrow keys and claims a verification with its row button', async () => {
    const { page, screenshot } = browser;
    await page.locator('.ant-table').waitFor();
    await tabTo(page, (f) => f.role === 'tab' && f.text.startsWith('我的'), { what: 'the tab 我的' });
    await page.keyboard.press('ArrowRight');
    assert.match((await focused(page)).text, /^待认领/);
    await page.keyboard.press('Enter');
    await page.waitForURL(/scope=candidates/);
    // the list keeps the rows of 我的 until those of 待认领 are in: wait for an unclaimed verification
    const verification = page
      .locator('.ant-table-row', { hasText: '核查线索' })
      .filter({ has: page.locator('[data-testid^="claim-"]') })
      .first();
    await verification.waitFor();
    await page.locator('.ant-table .ant-spin-spinning').waitFor({ state: 'detached' });
    const rowId = await verification.getAttribute('data-row-key');
    const claim = await tabTo(page, (f) => f.testId === `claim-${rowId}`, { what: 'the claim button of the first verification' });
    assert.ok(claim.ring, 'the focused claim button shows a focus ring');
    await screenshot('claim-focused');
    await page.keyboard.press('Enter');
    await page.locator('.ant-message-notice', { hasText: '已认领' }).waitFor();
    await screenshot('claimed');
    // claimed tasks leave 待认领: the task is in 我的
    await page.locator(`.ant-table-row[data-row-key="${rowId}"]`).waitFor({ state: 'detached' });
    await tabTo(page, (f) => f.role === 'tab' && f.text.startsWith('待认领'), { back: true, what: 'the tab 待认领' });
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tasks(\?scope=mine)?$/);
    await page.locator(`.ant-table-row[data-row-key="${rowId}"]`).waitFor();
    await tabTo(page, (f) => f.tag === 'a' && f.text === '核查线索', { what: 'the link to the claimed task' });
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`/tasks/${rowId}$`));
    await page.getByTestId('task-form').locator('.fjs-form').waitFor();
  });

  it('a dialog keeps the focus inside and closes with Esc, giving the focus back', async () => {
    const { page, screenshot } = browser;
    await tabTo(page, (f) => f.testId === 'open-transfer', { what: 'the button 转办' });
    await page.keyboard.press('Enter');
    await page.locator('.ant-modal').waitFor();
    // the dialog moves the focus in when its opening animation runs
    await page.waitForFunction(() => document.activeElement?.closest('.ant-modal'));
    for (let i = 0; i < 12; i++) {
      assert.ok((await focused(page)).inDialog, `the focus is in the dialog after ${i} Tab presses`);
      await page.keyboard.press('Tab');
    }
    await screenshot('dialog');
    await page.keyboard.press('Escape');
    await page.locator('.ant-modal').waitFor({ state: 'hidden' });
    assert.equal((await focused(page)).testId, 'open-transfer', 'the focus is back on the button that opened it');
  });

  it('hands the task back with the keyboard', async () => {
    const { page, screenshot } = browser;
    await tabTo(page, (f) => f.testId === 'task-unclaim', { what: 'the button 退回' });
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tasks(\?|$)/);
    await screenshot('handed-back');
  });
});
