// The Settings sheet: defaults for what it leaves out, every value parsed, mistakes named.
import { describe, expect, it } from 'vitest';
import { readSettings } from '../../../shared/sheet/read-settings';
import { readSheet } from '../../../shared/csv/read-sheet';
import { SETTINGS_SHEET } from '../../../shared/schema';
import { defaultSettings, formatSettingValue, getSetting, SETTING_DESCRIPTORS, withSetting, withSettings } from '../../../shared/settings';

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

  it('reads the shop name as free text (commas, slashes kept), by key or label; empty by default', () => {
    const cases = [
      { description: 'by key', input: 'report.shopName,,"星光摄影 / Starlight, 北京"', expected: '星光摄影 / Starlight, 北京' },
      { description: 'by zh label', input: '店铺名称,,小王汽修', expected: '小王汽修' },
      { description: 'left empty', input: 'report.shopName,,', expected: '' },
    ];
    for (const { description, input, expected } of cases) {
      const { settings, issues } = read(input);
      expect(issues, description).toEqual([]);
      expect(settings.report.shopName, description).toBe(expected);
    }
    expect(defaultSettings().report.shopName).toBe('');
  });

  it('reads archive key fields by zh or en header or key, and the lapsed factor; names an unknown column', () => {
    const { settings, issues } = read('archive.keyFields,,单位名称、Address；phone', '超过服务周期几倍未到店算流失,,2.5', 'staffVisitsPerYear.ordinary,,3');
    expect(issues).toEqual([]);
    expect(settings.archive.keyFields).toEqual(['organisation', 'address', 'phone']);
    expect(settings.archive.lapsedAfterCycles).toBe(2.5);
    expect(settings.staffVisitsPerYear.ordinary).toBe(3);
    const bad = read('archive.keyFields,,单位名称; 微信号');
    expect(bad.issues.map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(['bad-setting@2:3']);
    expect(bad.issues[0]!.messageZh).toContain('不是客户档案的列：微信号');
    expect(bad.settings.archive.keyFields).toEqual(['organisation', 'address', 'phone']);
  });

  it('skips the retired visitsPerYear rows of older workbooks without carrying their values over', () => {
    const { settings, issues } = read('visitsPerYear.potential,潜力 每年最少服务次数,2', 'visitsPerYear.ordinary,,5');
    expect(issues).toEqual([]);
    expect(settings.staffVisitsPerYear).toEqual(defaultSettings().staffVisitsPerYear);
  });

  it('takes the stages and categories of the chosen business type', () => {
    const { settings } = read('businessType,,汽车售后');
    expect(settings.businessType).toBe('car-service');
    expect(settings.lists.stages.map((s) => s.zh)).toEqual(['预约', '进厂', '交车']);
    expect(settings.serviceCycleDays).toBe(180);
  });

  it('reads follow-up stage lists: the car preset hands over for after-sales, 无 / none empties a list', () => {
    expect(read('businessType,,汽车售后').settings.followUp.afterSalesStages.map((s) => s.key)).toEqual(['handed-over']);
    expect(read('businessType,,汽车售后', 'followUp.afterSalesStages,,无').settings.followUp.afterSalesStages).toEqual([]);
    expect(read('followUp.secondAfterStages,,none').settings.followUp.secondAfterStages).toEqual([]);
    expect(read('followUp.secondAfterStages,,选片 / photo selection；取件 / pickup').settings.followUp.secondAfterStages.map((s) => s.key))
      .toEqual(['photo-selection', 'pickup']);
  });

  it('names a follow-up stage that is not in the stage list', () => {
    const { issues } = read('followUp.afterSalesStages,,交车 / handed over');
    expect(issues.map((i) => i.code)).toEqual(['bad-setting']);
    expect(issues[0]!.message).toContain('not in the stage list: 交车');
  });

  it('skips the retired event-notice rows an older workbook still has', () => {
    expect(read('followUp.eventNoticeDays,活动提前电话通知(天),14', 'followUp.writtenNoticeDays,书面通知期限(天),2'))
      .toEqual({ settings: defaultSettings(), issues: [] });
  });

  it('names points a month of 0 plainly in zh and en (negative values are already not whole numbers of 0 or more)', () => {
    const { issues } = read('qa.pointsPerMonth,,0');
    expect(issues.map((i) => [i.code, i.message, i.messageZh])).toContainEqual(
      ['bad-setting', 'Points a month (qa.pointsPerMonth) must be greater than 0', '每月积分（qa.pointsPerMonth）必须大于 0']);
    expect(read('qa.pointsPerMonth,,-1').issues.map((i) => i.code)).toEqual(['bad-setting']);
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

describe('readSettings: quiet hours (time-ranges)', () => {
  const good: { description: string; input: string; expected: { from: string; to: string }[] }[] = [
    { description: 'the default form', input: '12:00-14:00; 20:00-08:00', expected: [{ from: '12:00', to: '14:00' }, { from: '20:00', to: '08:00' }] },
    { description: 'Chinese punctuation, 至 and 次日', input: '12：00至14：00；20:00-次日8:00', expected: [{ from: '12:00', to: '14:00' }, { from: '20:00', to: '08:00' }] },
    { description: 'en dash, tilde and a comma', input: '12:30–13:30, 21:00~07:00', expected: [{ from: '12:30', to: '13:30' }, { from: '21:00', to: '07:00' }] },
    { description: '24:00 closes a range at midnight', input: '21:00-24:00', expected: [{ from: '21:00', to: '00:00' }] },
  ];
  it.each(good)('reads $description', ({ input, expected }) => {
    const { settings, issues } = read(`followUp.quietHours,,"${input}"`);
    expect(issues).toEqual([]);
    expect(settings.followUp.quietHours).toEqual(expected);
  });

  const bad: { description: string; input: string; expected: { en: string; zh: string } }[] = [
    { description: 'a single time', input: '12:00',
      expected: { en: 'Quiet hours (no outbound calls) (客户休息时间(不外呼)) should be times of day such as 12:00-14:00; 20:00-08:00, not "12:00"',
        zh: '客户休息时间(不外呼)（Quiet hours (no outbound calls)）应为时间段，如 12:00-14:00; 20:00-08:00，而不是"12:00"' } },
    { description: 'words', input: '午休和晚上',
      expected: { en: 'Quiet hours (no outbound calls) (客户休息时间(不外呼)) should be times of day such as 12:00-14:00; 20:00-08:00, not "午休和晚上"',
        zh: '客户休息时间(不外呼)（Quiet hours (no outbound calls)）应为时间段，如 12:00-14:00; 20:00-08:00，而不是"午休和晚上"' } },
    { description: 'an hour past 23', input: '12:00-14:00; 25:00-08:00',
      expected: { en: 'Quiet hours (no outbound calls) (客户休息时间(不外呼)) "25:00-08:00" is not a time of day: hours go from 0 to 23, minutes from 0 to 59',
        zh: '客户休息时间(不外呼)（Quiet hours (no outbound calls)）"25:00-08:00"不是有效的时间：小时为 0–23，分钟为 0–59' } },
    { description: 'minutes past 59', input: '12:60-14:00',
      expected: { en: 'Quiet hours (no outbound calls) (客户休息时间(不外呼)) "12:60-14:00" is not a time of day: hours go from 0 to 23, minutes from 0 to 59',
        zh: '客户休息时间(不外呼)（Quiet hours (no outbound calls)）"12:60-14:00"不是有效的时间：小时为 0–23，分钟为 0–59' } },
    { description: 'a range of no length', input: '12:00-12:00',
      expected: { en: 'Quiet hours (no outbound calls) (客户休息时间(不外呼)) "12:00-12:00" starts and ends at the same time',
        zh: '客户休息时间(不外呼)（Quiet hours (no outbound calls)）"12:00-12:00"的开始与结束时间相同' } },
  ];
  it.each(bad)('names $description at its cell and keeps the default', ({ input, expected }) => {
    const { settings, issues } = read(`followUp.quietHours,,"${input}"`);
    expect(issues.map((i) => ({ at: `${i.code}@${i.line}:${i.column}`, en: i.message, zh: i.messageZh })))
      .toEqual([{ at: 'bad-setting@2:3', ...expected }]);
    expect(settings.followUp.quietHours).toEqual(defaultSettings().followUp.quietHours);
  });

  it('writes the default as the cell text a shop reads', () => {
    const descriptor = SETTING_DESCRIPTORS.find((d) => d.key === 'followUp.quietHours')!;
    expect(formatSettingValue(descriptor, defaultSettings().followUp.quietHours)).toBe('12:00-14:00; 20:00-08:00');
  });
});

describe('withSettings', () => {
  // A Settings sheet sets dozens of keys: one copy of the Settings for all of them, each key as withSetting sets it.
  it.each([
    { description: 'two keys in one copy', input: [{ key: 'qa.unqualifiedLimit', value: 5 }, { key: 'points.perYuan', value: 2 }], expected: { 'qa.unqualifiedLimit': 5, 'points.perYuan': 2 } },
    { description: 'the same key twice: the last row wins', input: [{ key: 'points.perYuan', value: 2 }, { key: 'points.perYuan', value: 3 }], expected: { 'points.perYuan': 3 } },
  ])('$description', ({ input, expected }) => {
    const base = defaultSettings();
    const settings = withSettings(base, input);
    for (const [key, value] of Object.entries(expected)) expect(getSetting(settings, key)).toBe(value);
    expect(settings).toEqual(input.reduce((s, { key, value }) => withSetting(s, key, value), base));
    // The Settings given are left as they were.
    expect(base).toEqual(defaultSettings());
  });
});
