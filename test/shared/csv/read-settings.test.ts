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
