// The Settings sheet: defaults for what it leaves out, every value parsed, mistakes named.
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../shared/csv/read-settings';
import { readSheet } from '../../../shared/csv/read-sheet';
import { SETTINGS_SHEET } from '../../../shared/schema';
import { defaultSettings, formatSettingValue, getSetting, SETTING_DESCRIPTORS } from '../../../shared/settings';

function read(...rows: string[]) {
  return readSettings(readSheet(['设置项,名称,值', ...rows].join('\n'), 'settings.csv', SETTINGS_SHEET, defaultSettings()));
}

describe('readSettings', () => {
  it('gives the defaults when there is no Settings sheet', () => {
    expect(readSettings(undefined)).toEqual({ settings: defaultSettings(), issues: [] });
  });

  it('round-trips every default through the sheet form', () => {
    const rows = SETTING_DESCRIPTORS.map((d) => `${d.key},${d.zh},"${formatSettingValue(d, getSetting(defaultSettings(), d.key))}"`);
    expect(read(...rows)).toEqual({ settings: defaultSettings(), issues: [] });
  });

  it('reads numbers, percentages and lists, by key or by either label', () => {
    const { settings, issues } = read(
      'qa.unqualifiedLimit,,5',
      '及格分,,85',
      'Archive completeness target,,90%',
      'followUp.memberCoverageTarget,,0.95',
      'lists.sources,,到店 / walk-in；抖音 / Douyin、朋友介绍',
    );
    expect(issues).toEqual([]);
    expect(settings.qa.unqualifiedLimit).toBe(5);
    expect(settings.training.passMark).toBe(85);
    expect(settings.archive.completenessTarget).toBeCloseTo(0.9);
    expect(settings.followUp.memberCoverageTarget).toBeCloseTo(0.95);
    expect(settings.lists.sources.map((s) => [s.zh, s.en])).toEqual([['到店', 'walk-in'], ['抖音', 'Douyin'], ['朋友介绍', '朋友介绍']]);
  });

  it('takes the stages and categories of the chosen business type', () => {
    const { settings } = read('businessType,,汽车售后');
    expect(settings.businessType).toBe('car-service');
    expect(settings.lists.stages.map((s) => s.zh)).toEqual(['预约', '进厂', '交车']);
    expect(settings.serviceCycleDays).toBe(180);
  });

  it('names an unknown key and a bad value at their cells, keeping the default', () => {
    const { settings, issues } = read('qa.unqualifedLimit,,5', 'training.passMark,,八十');
    expect(issues.map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(['unknown-setting@2:1', 'bad-setting@3:3']);
    expect(issues[1]!.message).toContain('Pass mark (及格分) should be a whole number');
    expect(settings.training.passMark).toBe(80);
  });

  it('reads the QA rubric cell over the defaults, and names a bad one at its cell, keeping the default', () => {
    const good = read('qa.rubric,,"服务态度 20 一票否决；响应时间：8"');
    expect(good.issues).toEqual([]);
    expect(good.settings.qa.rubric).toEqual({ ...defaultSettings().qa.rubric, attitude: { penalty: 20, critical: true }, 'response-time': { penalty: 8, critical: false } });
    const bad = read('质检项目扣分(一票否决),,仪容仪表 5');
    expect(bad.issues.map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(['bad-setting@2:3']);
    expect(bad.issues[0]!.messageZh).toContain('无法读取"仪容仪表5"');
    expect(bad.settings.qa.rubric).toEqual(defaultSettings().qa.rubric);
  });

  it('reads the former key qa.noBonusBelow as qa.noBonusAtOrBelow, so an older Settings sheet still works', () => {
    const { settings, issues } = read('qa.noBonusBelow,低于此分无奖金,11');
    expect(issues).toEqual([]);
    expect(settings.qa.noBonusAtOrBelow).toBe(11);
  });

  // 以下 (at or below) and 低于 (below): no bonus at or below 12 needs minus-100 to start above it.
  const bandOrders = [
    { description: 'no bonus at or below 13, minus 100 below 15: minus 100 is 14 only', input: '13', expected: [] },
    { description: 'no bonus at or below 14, minus 100 below 15: minus 100 empty, allowed as equal edges always were', input: '14', expected: [] },
    { description: 'no bonus at or below 15, minus 100 below 15: no bonus reaches past minus 100', input: '15', expected: ['bad-setting'] },
  ];
  it.each(bandOrders)('QA band order: $description', ({ input, expected }) => {
    expect(read(`qa.noBonusAtOrBelow,,${input}`).issues.map((i) => i.code)).toEqual(expected);
  });

  it('refuses thresholds in the wrong order', () => {
    const { issues } = read('tier.core.spend,,30000');
    expect(issues.map((i) => i.code)).toEqual(['bad-setting']);
    expect(issues[0]!.message).toMatch(/spend must not rise/);
  });
});
