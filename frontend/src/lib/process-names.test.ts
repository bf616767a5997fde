import { describe, expect, it } from 'vitest';
import i18n from '@/lib/i18n';
import { processLabel } from './process-names';

const en = i18n.getFixedT('en') as unknown as Parameters<typeof processLabel>[0];
const zh = i18n.getFixedT('zh-CN') as unknown as Parameters<typeof processLabel>[0];

describe('processLabel', () => {
  it('names a known process by its key: Chinese only, also for an instance of an old version', () => {
    expect(processLabel(zh, 'enforcement-case', '行政处罚案件 Enforcement case')).toBe('行政处罚案件');
    expect(processLabel(zh, 'random-inspection', null)).toBe('双随机抽查检查');
  });

  it('translates by key on the English UI, without the Chinese name', () => {
    expect(processLabel(en, 'enforcement-case', '行政处罚案件')).toBe('Enforcement case');
    expect(processLabel(en, 'spot-check-followup', '监督抽查不合格后处理')).toBe('Spot-check follow-up');
  });

  it("falls back to the model's name for a process the UI does not know", () => {
    expect(processLabel(en, 'new-process', '新流程')).toBe('新流程');
    expect(processLabel(zh, 'new-process', '新流程')).toBe('新流程');
    expect(processLabel(zh, null, '新流程')).toBe('新流程');
    expect(processLabel(zh, 'new-process', null)).toBe('new-process');
  });
});
