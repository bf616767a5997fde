import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { translateFormJs, translateFormJsDom } from './form-js-i18n';

const zh = i18n.getFixedT('zh-CN') as unknown as (key: string, options?: Record<string, string>) => string;
const en = i18n.getFixedT('en') as unknown as (key: string, options?: Record<string, string>) => string;

describe('translateFormJs', () => {
  it("puts form-js's validation messages and labels in Chinese", () => {
    expect(translateFormJs('Field is required.', zh)).toBe('此项必填');
    expect(translateFormJs('Field must have minimum value of 1.', zh)).toBe('不能小于 1');
    expect(translateFormJs('Value is expected to have at most 2 decimal digits.', zh)).toBe('最多 2 位小数');
    expect(translateFormJs('Field must match pattern ^[0-9A-Z]{18}$.', zh)).toBe('格式不正确');
    expect(translateFormJs('Select', zh)).toBe('请选择');
    expect(translateFormJs('yyyy/mm/dd', zh)).toBe('年/月/日');
    expect(translateFormJs('hh:mm', zh)).toBe('时:分');
  });

  it("keeps form-js's English on the English UI and the form's own texts as they are", () => {
    expect(translateFormJs('Field is required.', en)).toBe('Field is required.');
    expect(translateFormJs('Field must have maximum length of 200.', en)).toBe('Field must have maximum length of 200.');
    expect(translateFormJs('yyyy/mm/dd', en)).toBe('yyyy/mm/dd');
    expect(translateFormJs('核查结论', zh)).toBe('核查结论');
    expect(translateFormJs('Selected items', zh)).toBe('Selected items');
  });
});

describe('translateFormJsDom', () => {
  it('translates what form-js renders, and back from the originals after a language switch', async () => {
    const root = document.createElement('div');
    document.body.appendChild(root);
    let t = zh;
    const texts = translateFormJsDom(root, () => t);
    root.innerHTML = '<div class="fjs-select-display">Select</div><input placeholder="Search"><span>当事人</span>';
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('.fjs-select-display')!.textContent).toBe('请选择');
    expect(root.querySelector('input')!.getAttribute('placeholder')).toBe('搜索');
    expect(root.querySelector('span')!.textContent).toBe('当事人');

    // form-js replaces the text with the chosen option's label: that stays
    root.querySelector('.fjs-select-display')!.firstChild!.nodeValue = '建议立案';
    await new Promise((r) => setTimeout(r, 0));
    expect(root.querySelector('.fjs-select-display')!.textContent).toBe('建议立案');

    root.querySelector('input')!.setAttribute('placeholder', 'Search');
    await new Promise((r) => setTimeout(r, 0));
    t = en;
    texts.refresh();
    expect(root.querySelector('input')!.getAttribute('placeholder')).toBe('Search');
    expect(root.querySelector('.fjs-select-display')!.textContent).toBe('建议立案');
    texts.stop();
    root.remove();
  });
});
