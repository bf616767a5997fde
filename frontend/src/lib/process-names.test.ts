import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { processLabel } from './process-names';

const t = i18n.getFixedT('en') as unknown as Parameters<typeof processLabel>[1];
const tZh = i18n.getFixedT('zh-CN') as unknown as Parameters<typeof processLabel>[1];

describe('processLabel', () => {
  it("shows the model's own name on the Chinese UI", () => {
    expect(processLabel('zh-CN', tZh, 'enforcement-case', '行政处罚案件（试行）')).toBe('行政处罚案件（试行）');
    expect(processLabel('zh-CN', tZh, 'enforcement-case', null)).toBe('行政处罚案件');
  });

  it('translates by process key on the English UI, without the Chinese name', () => {
    expect(processLabel('en', t, 'enforcement-case', '行政处罚案件')).toBe('Enforcement case');
    expect(processLabel('en-US', t, 'random-inspection', '双随机抽查检查')).toBe('Random inspection');
  });

  it("falls back to the model's name for a process the UI does not know", () => {
    expect(processLabel('en', t, 'new-process', '新流程')).toBe('新流程');
    expect(processLabel('en', t, null, '新流程')).toBe('新流程');
    expect(processLabel('zh-CN', tZh, 'new-process', null)).toBe('new-process');
  });
});
