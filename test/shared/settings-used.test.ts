// Every Settings value is read by the product or should not exist (issue 9: "Every Settings value is used or removed").
import { describe, expect, it } from 'vitest';
import { SETTING_DESCRIPTORS } from '../../shared/settings';
import { findSettingReads, NOT_A_USE, readProductSources, type SourceFile } from './setting-reads';

const file = (path: string, ...lines: string[]): SourceFile => ({ path, text: lines.join('\n') });
/** A caller elsewhere, so the functions of the cases below are live. */
const caller = file('cli/use.ts', 'run(); bonus(); days(); escalate(); pick();');

describe('findSettingReads', () => {
  const cases: { description: string; input: { key: string; files: SourceFile[] }; expected: string[] }[] = [
    { description: 'a property chain', input: { key: 'qa.pointsPerMonth', files: [caller,
      file('shared/a.ts', 'export function run(settings) {', '  return settings.qa.pointsPerMonth;', '}')] }, expected: ['shared/a.ts:2'] },
    { description: 'an optional chain and this.settings', input: { key: 'followUp.quietHours', files: [caller,
      file('shared/a.ts', 'export function run() {', '  return this.settings?.followUp?.quietHours;', '}')] }, expected: ['shared/a.ts:2'] },
    { description: 'an alias of a prefix', input: { key: 'qa.noBonusBelow', files: [caller,
      file('shared/a.ts', 'export function bonus(p, settings) {', '  const qa = settings.qa;', '  return p < qa.noBonusBelow;', '}')] }, expected: ['shared/a.ts:3'] },
    { description: 'a destructured leaf', input: { key: 'training.retakeAfterDays', files: [caller,
      file('shared/a.ts', 'export function days(settings) {', '  const { testDay, retakeAfterDays } = settings.training;', '  return retakeAfterDays + 1;', '}')] }, expected: ['shared/a.ts:3'] },
    { description: 'a destructured parent read by a computed key', input: { key: 'training.testDay.phone-manner', files: [caller,
      file('shared/a.ts', 'export function days(test, settings) {', '  const { testDay } = settings.training;', '  return testDay[test];', '}')] }, expected: ['shared/a.ts:3'] },
    { description: 'a parent read by a computed key', input: { key: 'visitsPerYear.ordinary', files: [caller,
      file('shared/a.ts', 'export function pick(tier, settings) {', '  return settings.visitsPerYear[tier];', '}')] }, expected: ['shared/a.ts:2'] },
    { description: 'a parent handed to a function', input: { key: 'tier.core.referrals', files: [caller,
      file('shared/a.ts', 'export function pick(f, settings) {', '  return reaches(f, settings.tier.core);', '}')] }, expected: ['shared/a.ts:2'] },
    { description: 'a named range by its key', input: { key: 'complaint.firstResponseHours', files: [caller,
      file('addon/src/f.ts', "export const run = () => `=A2>${n('complaint.firstResponseHours')}`;")] }, expected: ['addon/src/f.ts:1'] },
    { description: 'a named range from a template', input: { key: 'tier.vip.spend', files: [caller,
      file('addon/src/f.ts', 'export function run(tier) {', '  return n(`tier.${tier}.spend`);', '}')] }, expected: ['addon/src/f.ts:2'] },
    // The failing cases: what the real check must never take for a read.
    { description: 'no read at all', input: { key: 'qa.chatFirstReplySeconds', files: [caller,
      file('shared/a.ts', 'export function run(settings) {', '  return settings.qa.samplesPerDay;', '}')] }, expected: [] },
    { description: 'a longer name that merely starts the same', input: { key: 'qa.minus50Below', files: [caller,
      file('shared/a.ts', 'export function run(settings) {', '  return settings.qa.minus50BelowX;', '}')] }, expected: [] },
    { description: 'the leaf under another parent', input: { key: 'archive.buildWithinDays', files: [caller,
      file('shared/a.ts', 'export function run(settings) {', '  return settings.training.buildWithinDays;', '}')] }, expected: [] },
    { description: 'a property of the same name on another object', input: { key: 'followUp.escalateAfterDays', files: [caller,
      file('site/C.astro', '<K items={[{ label: w.complaints.followUp, value: 1 }, w.followUp.escalateAfterDays]} />')] }, expected: [] },
    { description: 'a mention in a comment', input: { key: 'archive.buildWithinDays', files: [caller,
      file('shared/a.ts', '// settings.archive.buildWithinDays is for later', '/* n(\'archive.buildWithinDays\') */', 'export const run = 1;')] }, expected: [] },
    { description: 'a read inside a function nothing calls', input: { key: 'followUp.firstAfterSalesMaxDays', files: [caller,
      file('shared/rules/f.ts', 'export function firstAfterSalesWindow(date, settings) {', '  return date + settings.followUp.firstAfterSalesMaxDays;', '}')] }, expected: [] },
    { description: 'a read inside a function only a test calls', input: { key: 'followUp.escalateAfterDays', files: [
      file('shared/rules/f.ts', 'export function escalationDate(date, settings) {', '  return date + settings.followUp.escalateAfterDays;', '}'),
      file('cli/other.ts', 'escalate();')] }, expected: [] },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(findSettingReads(input.key, input.files)).toEqual(expected);
  });
});

describe('every Settings key', () => {
  const sources = readProductSources('.');
  it('reads the product sources, and none of the places that only parse, write back or make sample data', () => {
    expect(sources.some((f) => f.path === 'shared/rules/tier.ts')).toBe(true);
    expect(sources.some((f) => f.path.startsWith('site/'))).toBe(true);
    expect(sources.filter((f) => NOT_A_USE.some((p) => f.path.startsWith(p)))).toEqual([]);
  });
  it.each(SETTING_DESCRIPTORS.map((d) => d.key))('%s is read by the product', (key) => {
    expect(findSettingReads(key, sources), `${key}: nothing in shared/, addon/src/, cli/ or site/ reads it; wire it into a rule or remove it`)
      .not.toEqual([]);
  });
});
