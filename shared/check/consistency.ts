// Rows whose cells are each fine but disagree with each other or with a domain rule.
import { COMPLAINT_STAGE, enumLabel, QA_CRITERION, TIER, type Tier } from '../enums';
import { issueAt, type Issue } from '../issue';
import type { Settings } from '../settings';
import type { Complaint, SheetName, TrainingResult } from '../schema';
import { groupBy } from '../report/order';
import { STAGE_TIME_COLUMN } from '../schema';
import type { ReadRow, SheetHead, SheetRead } from '../sheet/sheet-read';
import { classifyTier, type TierFigures } from '../rules/tier';
import { retakeIssues } from '../rules/training-outcome';
import { addDays, dateOf, daysBetween } from '../dates';
import { countOf } from '../plural';
import { keptText } from '../sheet/kept-text';
import { header, placeOf } from './place';
import { checkQaFigures } from './qa-figures';

type Sheets = Partial<Record<SheetName, SheetRead>>;

/** A customer's stated referrals, kept (not the row) until every customer has named their referrer. */
interface ReferralClaim {
  line: number;
  id: string;
  referrals: string | number | boolean;
}

export interface CustomerCheck {
  row(head: SheetHead, row: ReadRow): void;
  /** Every customer has passed: the referral counts are judged and let go. */
  end(): void;
}

/** Tier, referrals and points of each customer as the rows pass; balances: the points ledger's, read before the customers. */
export function createCustomerCheck(settings: Settings, balances: () => Map<string, number> | undefined, issues: Issue[]): CustomerCheck {
  const referred = new Map<string, number>();
  const claims: ReferralClaim[] = [];
  let head: SheetHead | undefined;
  return {
    row(sheet, row) {
      head = sheet;
      const v = row.values;
      if (v['tier'] !== undefined) {
        const expected = classifyTier(v as TierFigures, settings);
        if (expected !== v['tier']) {
          issues.push(issueAt(placeOf(sheet, row, 'tier'), 'tier-mismatch',
            `Tier (客户等级) says ${enumLabel(TIER, v['tier'] as Tier, 'en')} but spend, visits and referrals make it ${enumLabel(TIER, expected, 'en')}; recalculate the tier column`,
            `客户等级为"${enumLabel(TIER, v['tier'] as Tier, 'zh')}"，但按消费、到店和介绍人数应为"${enumLabel(TIER, expected, 'zh')}"，请重新计算等级列`));
        }
      }
      const referrer = v['referrerId'];
      if (referrer !== undefined) {
        const count = referred.get(String(referrer));
        referred.set(count === undefined ? keptText(String(referrer)) : String(referrer), (count ?? 0) + 1);
      }
      if (v['referrals'] !== undefined) claims.push({ line: row.line, id: keptText(String(v['id'])), referrals: v['referrals'] });
      const ledger = balances();
      if (ledger && v['points'] !== undefined && v['points'] !== (ledger.get(String(v['id'])) ?? 0)) {
        const balance = ledger.get(String(v['id'])) ?? 0;
        issues.push(issueAt(placeOf(sheet, row, 'points'), 'points-mismatch',
          `Points (积分) is ${v['points']} but the points ledger adds up to ${balance}`,
          `积分为 ${v['points']}，但积分流水合计为 ${balance}`));
      }
    },
    end() {
      for (const { line, id, referrals } of claims) {
        const count = referred.get(id) ?? 0;
        if (referrals === count) continue;
        issues.push(issueAt(placeOf(head!, { line }, 'referrals'), 'referrals-mismatch',
          `Referrals (介绍客户数) is ${referrals} but ${countOf(count, 'customer')} ${count === 1 ? 'names' : 'name'} ${id} as their referrer`,
          `介绍客户数为 ${referrals}，但有 ${count} 位客户的介绍人是 ${id}`));
      }
      claims.length = 0;
      referred.clear();
    },
  };
}

/** One call, as it is read. */
export function unreachedSatisfactionIssue(head: SheetHead, row: ReadRow): Issue | undefined {
  const v = row.values;
  if (v['satisfaction'] === undefined || v['reached'] === undefined || v['reached'] === 'reached') return undefined;
  return issueAt(placeOf(head, row, 'satisfaction'), 'satisfaction-unreached',
    'Satisfaction (满意度) is filled in for a call that did not reach the customer; clear it or mark the call reached',
    '未接通的回访填写了满意度：请清空满意度，或把接通情况改为"已接通"');
}

/** The closed loop's times run in order; the first response may come at any point after receipt. */
const LOOP_TIMES: (keyof Complaint)[] = ['receivedAt', 'judgedAt', 'investigatedAt', 'proposedAt', 'implementedAt', 'reviewedAt', 'closedAt'];

/** One complaint, as it is read: its closed loop's times out of order, and stages reached without their time. */
export function complaintIssues(read: SheetHead, row: ReadRow): Issue[] {
  const issues: Issue[] = [];
  const outOfOrder = (key: keyof Complaint, at: string, earlier: keyof Complaint, earlierAt: string): Issue => {
    const [a, b] = [header(read, key), header(read, earlier)];
    const [t, u] = [at.replace('T', ' '), earlierAt.replace('T', ' ')];
    return issueAt(placeOf(read, row, key), 'time-order', `${a.en} ${t} is before ${b.en} ${u}`, `${a.zh} ${t} 早于 ${b.zh} ${u}`);
  };
  // Every row is looked at, whole or not: a complaint missing its content still has times that can be out of order.
  const v = row.values;
  const time = (key: keyof Complaint): string | undefined => {
    const at = v[key];
    return typeof at === 'string' ? at : undefined;
  };
  let previous: { key: keyof Complaint; at: string } | undefined;
  for (const key of LOOP_TIMES) {
    const at = time(key);
    if (at === undefined) continue;
    if (previous && at < previous.at) issues.push(outOfOrder(key, at, previous.key, previous.at));
    else previous = { key, at };
  }
  const [firstResponse, received] = [time('firstResponseAt'), time('receivedAt')];
  if (firstResponse !== undefined && received !== undefined && firstResponse < received) {
    issues.push(outOfOrder('firstResponseAt', firstResponse, 'receivedAt', received));
  }
  if (v['stage'] === undefined) return issues;
  const reached = COMPLAINT_STAGE.findIndex((s) => s.key === v['stage']);
  for (const stage of COMPLAINT_STAGE.slice(0, reached + 1)) {
    const key = STAGE_TIME_COLUMN[stage.key];
    if (v[key] !== undefined) continue;
    const name = header(read, key);
    issues.push(issueAt(placeOf(read, row, key), 'stage-time-missing',
      `the complaint is at stage ${stage.en} but ${name.en} is empty`, `投诉已到"${stage.zh}"阶段，但${name.zh}为空`));
  }
  return issues;
}

function checkQaAudits(read: SheetRead): Issue[] {
  const issues: Issue[] = [];
  const count = (value: unknown): number | undefined => (typeof value === 'number' ? value : undefined);
  for (const row of read.rows) {
    const v = row.values;
    const a = { sampled: count(v['sampled']), unqualified: count(v['unqualified']) };
    if (a.unqualified !== undefined && a.sampled !== undefined && a.unqualified > a.sampled) {
      issues.push(issueAt(placeOf(read, row, 'unqualified'), 'qa-over-sampled',
        `Unqualified (不合格数) ${a.unqualified} is more than the ${a.sampled} conversations sampled`, `不合格数 ${a.unqualified} 多于抽检数 ${a.sampled}`));
    }
    for (const criterion of QA_CRITERION) {
      const failed = count(v[criterion.key]);
      if (failed !== undefined && a.unqualified !== undefined && failed > a.unqualified) {
        issues.push(issueAt(placeOf(read, row, criterion.key), 'qa-criterion-over',
          `${criterion.en} failed in ${countOf(failed, 'conversation')} but only ${a.unqualified} ${a.unqualified === 1 ? 'was' : 'were'} unqualified`,
          `${criterion.zh}不合格 ${failed} 次，但当日不合格总数只有 ${a.unqualified}`));
      }
    }
  }
  return issues;
}

function checkTraining(read: SheetRead, settings: Settings): Issue[] {
  const issues: Issue[] = [];
  for (const rows of groupBy(read.rows, (r) => `${r.values['cohort']}\u0000${r.values['trainee']}`).values()) {
    const probation = rows.find((r) => r.values['test'] === 'probation');
    const retake = rows.find((r) => r.values['test'] === 'probation-retake');
    if (!probation || !retake) continue;
    const attempt = (r: ReadRow): Pick<TrainingResult, 'date' | 'paper'> | undefined => {
      const { date, paper } = r.values;
      return typeof date === 'string' ? { date, paper: typeof paper === 'string' ? paper : undefined } : undefined;
    };
    const [first, second] = [attempt(probation), attempt(retake)];
    // A test without its date has a required-cell issue already; there is no day to compare.
    if (!first || !second) continue;
    const problems = retakeIssues(first, second, settings);
    if (problems.includes('same-paper')) {
      issues.push(issueAt(placeOf(read, retake, 'paper'), 'retake-same-paper',
        `the probation retake uses paper "${retake.values['paper']}", the same as the first attempt; a retake needs a different paper`,
        `转正补考使用了与第一次相同的试卷"${retake.values['paper']}"，补考应换一套试卷`));
    }
    if (problems.includes('wrong-day')) {
      const [day, sat] = [dateOf(first.date), dateOf(second.date)];
      const gap = settings.training.retakeAfterDays;
      const due = addDays(day, gap);
      issues.push(issueAt(placeOf(read, retake, 'date'), 'retake-wrong-day',
        `the probation retake was sat on ${sat}, ${countOf(daysBetween(day, sat), 'day')} after the probation exam (${day}); it is due ${countOf(gap, 'day')} after, on ${due}`,
        `转正补考日期为 ${sat}，距转正考试（${day}）${daysBetween(day, sat)} 天；应在 ${gap} 天后，即 ${due}`));
    }
  }
  return issues;
}

/** The sheets small enough to be checked from their kept rows (calls, customers, complaints and points are checked as they pass). */
export function findInconsistencies(sheets: Sheets, settings: Settings): Issue[] {
  return [
    ...(sheets.qaAudits ? checkQaAudits(sheets.qaAudits) : []),
    ...(sheets.qaAudits ? checkQaFigures(sheets.qaAudits, settings) : []),
    ...(sheets.training ? checkTraining(sheets.training, settings) : []),
  ];
}
