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

  it('names an unknown key and a bad value at their cells, keeping the default', () => {
    const { settings, issues } = read('qa.unqualifedLimit,,5', 'training.passMark,,八十');
    expect(issues.map((i) => `${i.code}@${i.line}:${i.column}`)).toEqual(['unknown-setting@2:1', 'bad-setting@3:3']);
    expect(issues[1]!.message).toContain('Pass mark (及格分) should be a whole number');
    expect(settings.training.passMark).toBe(80);
  });

  it('refuses thresholds in the wrong order', () => {
    const { issues } = read('tier.core.spend,,30000');
    expect(issues.map((i) => i.code)).toEqual(['bad-setting']);
    expect(issues[0]!.message).toMatch(/spend must not rise/);
  });
});
