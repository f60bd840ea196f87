// The Settings sheet's rows → a Settings value, defaults filling what the sheet leaves out.
import { BUSINESS_TYPE, matchEnum } from '../enums';
import { issueAt, type Issue, type Lang, type Bilingual } from '../issue';
import { CUSTOMERS } from '../schema/customers';
import {
  defaultSettings, getSetting, LIST_SEPARATOR, listItem, SETTING_DESCRIPTORS, withSettings,
  type SettingDescriptor, type Settings,
} from '../settings';
import type { SheetRead } from './sheet-read';
import { codePointName, HIDDEN_CHARACTER, INPUT_LIMITS } from './input-limits';
import { parseTimeRanges } from './time-ranges';
import { parseQaRubric } from '../rules/qa-rubric';

/** Hidden characters written as <U+XXXX>, so a message never carries one. */
const visible = (text: string): string => text.replace(new RegExp(HIDDEN_CHARACTER.source, 'g'), (c) => `<${codePointName(c)}>`);

type Parsed = { ok: true; value: unknown } | { ok: false; message: string; messageZh: string };

/** `listLang`: the Settings sheet's header language, in which choices are named. */
function parseSettingValue(descriptor: SettingDescriptor, text: string, listLang?: Lang): Parsed {
  const bad = (en: string, zh: string): Parsed => ({ ok: false, message: en, messageZh: zh });
  switch (descriptor.kind) {
    case 'integer': {
      if (!/^\d+$/.test(text)) return bad(`should be a whole number of 0 or more, not "${text}"`, `应为 0 或以上的整数，而不是"${text}"`);
      return { ok: true, value: Number(text) };
    }
    case 'number': {
      const n = Number(text.replace(/,/g, ''));
      if (!Number.isFinite(n) || n < 0) return bad(`should be a number of 0 or more, not "${text}"`, `应为 0 或以上的数字，而不是"${text}"`);
      return { ok: true, value: n };
    }
    case 'percent': {
      const match = /^(\d+(?:\.\d+)?)\s*%?$/.exec(text);
      if (!match) return bad(`should be a percentage such as 85%, not "${text}"`, `应为百分比，如 85%，而不是"${text}"`);
      const n = Number(match[1]);
      const value = text.endsWith('%') || n > 1 ? n / 100 : n;
      if (value > 1) return bad(`cannot be more than 100%, not "${text}"`, `不能超过 100%，而不是"${text}"`);
      return { ok: true, value };
    }
    case 'stage-list': {
      if (/^(?:无|none|-)(?:\s*\/\s*(?:无|none))?$/i.test(text)) return { ok: true, value: [] };
      return parseSettingValue({ ...descriptor, kind: 'list' }, text);
    }
    case 'list': {
      const items = text.split(LIST_SEPARATOR).filter(Boolean).map(listItem);
      if (items.length === 0) return bad('needs at least one item', '至少需要一项');
      // List items are labels pages show: the limits of a name apply (input-limits.ts).
      const unfit = items.find((i) => HIDDEN_CHARACTER.test(i.zh + i.en) || [...i.zh].length > INPUT_LIMITS.nameLength || [...i.en].length > INPUT_LIMITS.nameLength);
      if (unfit) {
        return bad(`has an item that is longer than ${INPUT_LIMITS.nameLength} characters or holds an invisible direction or zero-width character: "${visible(unfit.zh.slice(0, 40))}"`,
          `有一项超过 ${INPUT_LIMITS.nameLength} 个字符，或含有改变文字方向或零宽度的不可见字符："${visible(unfit.zh.slice(0, 40))}"`);
      }
      return { ok: true, value: items };
    }
    case 'customer-columns': {
      const names = text.split(LIST_SEPARATOR).filter(Boolean);
      const keys = names.map(customerColumnKey);
      const unknown = names.filter((_, i) => keys[i] === undefined);
      if (unknown.length > 0) return bad(`names no customer column: ${unknown.join(', ')}`, `不是客户档案的列：${unknown.join('、')}`);
      if (keys.length === 0) return bad('needs at least one column', '至少需要一列');
      return { ok: true, value: [...new Set(keys)] };
    }
    case 'business-type': {
      const key = matchEnum(BUSINESS_TYPE, text);
      if (!key) {
        return bad(`should be one of ${BUSINESS_TYPE.map((b) => b[listLang ?? 'en']).join(', ')}, not "${text}"`,
          `应为 ${BUSINESS_TYPE.map((b) => b[listLang ?? 'zh']).join('、')} 之一，而不是"${text}"`);
      }
      return { ok: true, value: key };
    }
    case 'time-ranges':
      return parseTimeRanges(text);
    case 'qa-rubric':
      return parseQaRubric(text, defaultSettings().qa.rubric);
    case 'text':
      return { ok: true, value: text };
  }
}

/**
 * Keys older workbooks still hold that no rule reads any more, or whose meaning changed: skipped without an issue so an
 * upgrade does not stop the site. Events are not a feature; visitsPerYear.* counted the customer's own visits, while
 * staffVisitsPerYear.* counts staff visits, so their values are not carried over.
 */
const RETIRED_SETTINGS: ReadonlySet<string> = new Set(['followUp.eventNoticeDays', 'followUp.writtenNoticeDays',
  'visitsPerYear.vip', 'visitsPerYear.core', 'visitsPerYear.potential', 'visitsPerYear.ordinary']);

/** A customer column by its key, zh or en header, or "zh / en" as the sheet writes it. */
function customerColumnKey(name: string): string | undefined {
  const parts = [name, ...name.split('/')].map((part) => part.trim().toLowerCase()).filter(Boolean);
  return CUSTOMERS.columns.find((c) => parts.some((p) => [c.key.toLowerCase(), c.zh.toLowerCase(), c.en.toLowerCase()].includes(p)))?.key;
}

function findDescriptor(text: string): SettingDescriptor | undefined {
  const wanted = text.trim().toLowerCase();
  return SETTING_DESCRIPTORS.find((d) => [d.key, d.zh, d.en, ...(d.aliases ?? [])].some((label) => label.toLowerCase() === wanted));
}

/** Orderings the rules depend on: higher tiers need more, harsher bands sit lower. */
function checkOrderings(settings: Settings): Bilingual[] {
  const problems: Bilingual[] = [];
  const { vip, core, potential } = settings.tier;
  for (const figure of ['spend', 'visits', 'referrals'] as const) {
    if (!(vip[figure] >= core[figure] && core[figure] >= potential[figure])) {
      problems.push({ en: `tier thresholds for ${figure} must not rise from VIP to core to potential`, zh: `客户等级的${figure}门槛应为 VIP ≥ 核心 ≥ 潜力` });
    }
  }
  const q = settings.qa;
  // The monthly points formula counts 1…points; 0 or less would leave every month at 0 and no band reachable.
  if (!(q.pointsPerMonth > 0)) {
    problems.push({ en: 'Points a month (qa.pointsPerMonth) must be greater than 0', zh: '每月积分（qa.pointsPerMonth）必须大于 0' });
  }
  if (!(q.noBonusAtOrBelow < q.minus100Below && q.minus100Below <= q.minus50Below && q.minus50Below <= q.fullBonusPoints && q.fullBonusPoints <= q.pointsPerMonth)) {
    problems.push({ en: 'QA bands must be ordered: no bonus at or below < minus 100 below ≤ minus 50 below ≤ full bonus ≤ points a month', zh: '质检奖金档次应满足：无奖金(及以下) < 扣100(低于) ≤ 扣50(低于) ≤ 全额奖金 ≤ 每月积分' });
  }
  if (settings.followUp.firstAfterSalesMinDays > settings.followUp.firstAfterSalesMaxDays
    || settings.followUp.secondAfterFirstMinDays > settings.followUp.secondAfterFirstMaxDays) {
    problems.push({ en: 'a follow-up window starts after it ends', zh: '回访时间窗口的开始晚于结束' });
  }
  // A follow-up stage missing from the stage list could never match a record, so the rule would silently do nothing.
  const stageKeys = new Set(settings.lists.stages.map((s) => s.key));
  for (const key of ['afterSalesStages', 'secondAfterStages'] as const) {
    const unknown = settings.followUp[key].filter((s) => !stageKeys.has(s.key)).map((s) => s.zh);
    if (unknown.length > 0) {
      problems.push({ en: `followUp.${key} names stages that are not in the stage list: ${unknown.join(', ')}`, zh: `followUp.${key} 中的服务阶段不在服务阶段列表里：${unknown.join('、')}` });
    }
  }
  return problems;
}

/** Settings from the sheet; an absent sheet gives the defaults. Unknown keys and bad values are issues. */
export function readSettings(read: SheetRead | undefined): { settings: Settings; issues: Issue[] } {
  if (!read) return { settings: defaultSettings(), issues: [] };
  const issues: Issue[] = [];
  const keyColumn = read.columnOf['key'] ?? 1;
  const valueColumn = read.columnOf['value'] ?? 2;
  const found: { descriptor: SettingDescriptor; value: unknown }[] = [];
  for (const row of read.rows) {
    const key = String(row.values['key'] ?? '');
    if (!key) continue;
    const descriptor = findDescriptor(key);
    if (!descriptor && RETIRED_SETTINGS.has(key.trim())) continue;
    if (!descriptor) {
      issues.push(issueAt({ file: read.file, line: row.line, column: keyColumn }, 'unknown-setting',
        `"${key}" is not a Kefu setting; check its spelling or remove the row`, `"${key}" 不是 Kefu 的设置项，请检查拼写或删除该行`));
      continue;
    }
    const text = String(row.values['value'] ?? '').trim();
    if (!text) continue;
    const parsed = parseSettingValue(descriptor, text, read.headerLang);
    if (parsed.ok) found.push({ descriptor, value: parsed.value });
    else issues.push(issueAt({ file: read.file, line: row.line, column: valueColumn }, 'bad-setting',
      `${descriptor.en} (${descriptor.zh}) ${parsed.message}`, `${descriptor.zh}（${descriptor.en}）${parsed.messageZh}`));
  }
  // The business type picks the preset lists first; every other row then overrides it.
  const type = found.find((f) => f.descriptor.kind === 'business-type');
  const base = defaultSettings(type ? (type.value as Settings['businessType']) : undefined);
  // One copy of the Settings for all the rows (a copy per row was a JSON round trip each).
  const settings = withSettings(base, found.filter(({ descriptor }) => getSetting(base, descriptor.key) !== undefined)
    .map(({ descriptor, value }) => ({ key: descriptor.key, value })));
  for (const problem of checkOrderings(settings)) {
    issues.push(issueAt({ file: read.file, line: 0, column: 0 }, 'bad-setting', problem.en, problem.zh));
  }
  return { settings, issues };
}
