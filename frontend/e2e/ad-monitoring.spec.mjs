import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { login, openBrowser } from './support/browser.mjs';
import { withUsccCheck } from './support/steps.mjs';

// 广告监测 with the demo data: officer1 sees the demo records, records a new violation and gets a lead, and imports
// a file: checked first (the bad row listed, nothing stored), imported on confirm.
describe('ad monitoring', () => {
  let browser;
  before(async () => {
    browser = await openBrowser('ad-monitoring');
  });
  after(async () => {
    await browser?.close();
  });

  it('lists the demo records with their key periods and leads', async () => {
    const { page, screenshot } = browser;
    await login(page, 'officer1', 'demo');
    await page.getByTestId('user-display-name').waitFor();
    await page.getByRole('link', { name: '广告监测' }).first().click();
    await page.waitForURL(/\/ad-monitoring/);
    await page.getByText('宁夏长高宝生物科技有限公司').waitFor();
    await page.getByText('冒充专家推荐').first().waitFor();
    await page.getByText('6·18').first().waitFor();
    assert.ok((await page.getByRole('link', { name: /^线索 #\d+$/ }).count()) >= 1, 'violations link to their leads');
    await screenshot('records');
  });

  it('records a new violation and shows its lead', async () => {
    const { page, screenshot } = browser;
    await page.getByTestId('ad-record-new').click();
    const form = page.getByTestId('ad-record-form');
    await form.waitFor();
    const choose = async (label, option) => {
      await form.getByLabel(label).click();
      await page.locator('.ant-select-dropdown:visible').getByTitle(option).click();
    };
    await choose('专项行动', '儿童老年用品“护苗助老”关爱行动');
    await form.getByLabel('发布媒体').fill('宁夏广播电台交通频道');
    await form.getByLabel('广告主名称').fill('银川市e2e保健品商行');
    await form.getByLabel('广告主统一社会信用代码').fill('91330100716105852F');
    await choose('广告类别', '保健食品');
    await form.getByLabel('产品/服务名称').fill('护眼软糖');
    await form.getByLabel('发布日期').fill('2021-06-01');
    await choose('违法情形', '虚假宣传');
    await screenshot('form');
    await page.getByTestId('ad-record-submit').click();
    await page.getByText(/监测记录已保存，已登记线索 #\d+/).waitFor();
    await page.getByText('银川市e2e保健品商行').waitFor();
    await screenshot('created');
  });

  it('checks an import file first and imports its good row on confirm', async () => {
    const { page, screenshot } = browser;
    const suffix = String(Date.now()).slice(-6);
    const advertiser = `银川市导入测试药房${suffix}`;
    // yesterday: the list shows the newest ads first
    const adDate = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const csv =
      '专项行动编号,媒体,广告主名称,统一社会信用代码,产品类别,产品名称,发布日期,违法类型,说明\n' +
      `HMZL-2021,微信公众号,${advertiser},${withUsccCheck(`9164010071${suffix}9`)},保健食品,维生素片,${adDate},无,\n` +
      `HMZL-2021,抖音,坏代码公司${suffix},91640100MA76XXXX1Z,医疗器械,按摩仪,2021-06-01,虚假宣传,\n`;
    await page.getByRole('tab', { name: '批量导入' }).click();
    await page.getByLabel('只导入正确的行').check();
    await page.locator('input[type=file]').setInputFiles({ name: '广告监测.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    const check = page.getByTestId('ad-import-check');
    await check.waitFor();
    assert.match(await check.innerText(), /共 2 行，正确 1 行，有错误 1 行（尚未导入）/);
    const errors = page.getByTestId('ad-import-errors');
    assert.match(await errors.innerText(), /统一社会信用代码/);
    await screenshot('import-checked');
    await page.getByTestId('ad-import-confirm').click();
    await page.getByTestId('ad-import-result').getByText('导入 1 行，拒绝 1 行').waitFor();
    await screenshot('import-done');
    await page.getByRole('tab', { name: '监测记录' }).click();
    await page.getByText(advertiser).waitFor();
  });

  it('shows the figures by key period', async () => {
    const { page, screenshot } = browser;
    await page.getByRole('tab', { name: '统计' }).click();
    await page.getByText('按重点时段').waitFor();
    await page.getByTestId('figures-period').getByText('儿童节').waitFor();
    await screenshot('figures');
  });
});
