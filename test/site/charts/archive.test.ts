// Golden inputs → chart configs for the archive charts: completeness per field against the target, the tier mix.
import { describe, expect, it } from 'vitest';
import { archiveCompletenessChart } from '../../../site/charts/archive-completeness';
import { archiveTierMixChart } from '../../../site/charts/archive-tier-mix';
import { axisTitles, expectWellFormed, labels, series } from './chart-checks';

describe('archiveCompletenessChart', () => {
  const section = {
    completeness: {
      fields: [
        { key: 'organisation', filled: 285, total: 418, share: 0.6818182, isKey: true },
        { key: 'name', filled: 418, total: 418, share: 1, isKey: false },
        { key: 'birthday', filled: 0, total: 0, share: undefined, isKey: false },
      ],
      overall: { filled: 234, total: 418, share: 0.56 },
      keyFields: ['organisation'],
    },
    target: 0.85,
  };
  it('draws each field in %, the target as a dashed line on the key fields only, fields labelled from the schema, key fields marked', () => {
    const zh = archiveCompletenessChart(section, 'zh');
    const en = archiveCompletenessChart(section, 'en');
    for (const c of [zh, en]) expectWellFormed(c);
    expect(labels(zh)).toEqual(['单位名称（关键）', '客户姓名', '生日']);
    expect(labels(en)).toEqual(['Organisation (key)', 'Name', 'Birthday']);
    expect(series(zh, 0)).toEqual([68.2, 100, null]);
    expect(series(zh, 1)).toEqual([85, null, null]);
    expect(axisTitles(zh)).toEqual(['档案字段', '完整率（%）']);
  });
});

describe('archiveTierMixChart', () => {
  it('counts customers per tier', () => {
    const tierMix = [{ tier: 'vip' as const, count: 11 }, { tier: 'core' as const, count: 229 }, { tier: 'potential' as const, count: 65 }, { tier: 'ordinary' as const, count: 113 }];
    const zh = archiveTierMixChart(tierMix, 'zh');
    expectWellFormed(zh);
    expect(labels(zh)).toEqual(['VIP', '核心', '潜力', '普通']);
    expect(series(zh)).toEqual([11, 229, 65, 113]);
    expect(axisTitles(archiveTierMixChart(tierMix, 'en'))).toEqual(['Customer tier', 'Customers (count)']);
  });
});
