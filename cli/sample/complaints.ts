// 投诉登记 for the sample: a Pareto of categories, each complaint walked through the closed loop with timestamps in order.
import { addDays } from '../../shared/dates';
import type { Channel, ComplaintStage } from '../../shared/enums';
import type { Complaint } from '../../shared/schema/complaints';
import { addMinutes, isClosed, nextWorkingMoment, workingTime, type Roster } from './calendar';
import type { CustomerPlan, Period } from './customers';
import { PHOTO_STUDIO, type SampleBusiness } from './business';
import { AGENTS } from './names';
import type { Random } from './random';
import type { ComplaintStory } from './texts';

export interface ComplaintPlan {
  complaint: Complaint;
  /** Closed, and the studio remembered to phone afterwards (a few it forgot: a deliberate gap). */
  followUp: boolean;
}

function responsibleFor(random: Random, story: ComplaintStory, business: SampleBusiness): string {
  if (story.owner === 'retoucher') return random.pick(business.backOffice);
  if (story.owner === 'agent') return random.pick(AGENTS);
  return random.pick(business.stageOwners[story.owner ?? 'pickup']!);
}

/** A later stage happens on a working day some days on, at a working hour. */
function daysLater(random: Random, at: string, days: number, roster: Roster): string {
  let day = addDays(at.slice(0, 10), days);
  while (isClosed(day) || roster.working(day).length === 0) day = addDays(day, 1);
  return workingTime(random, day);
}

/** Largest-remainder split of n over the shares, so the counts are exact and ordered. */
function allocate(n: number, shares: SampleBusiness['categoryShares']): string[] {
  const raw = shares.map(([key, share]) => ({ key, exact: n * share, count: Math.floor(n * share) }));
  let left = n - raw.reduce((sum, r) => sum + r.count, 0);
  for (const r of [...raw].sort((a, b) => (b.exact - b.count) - (a.exact - a.count))) {
    if (left-- <= 0) break;
    r.count += 1;
  }
  return raw.flatMap((r) => Array<string>(r.count).fill(r.key));
}

/** The day a complaint of this category would plausibly arrive for this customer, if the order got that far. */
function anchor(random: Random, plan: CustomerPlan, category: string, business: SampleBusiness): string | undefined {
  const at = (stage: string): string | undefined => plan.stages.find((s) => s.stage === stage)?.date;
  if (business.complaintAnchor) {
    const rule = business.complaintAnchor[category];
    if (rule) return at(rule.stage) && addDays(at(rule.stage)!, random.int(rule.days[0], rule.days[1]));
    return plan.visits.length > 0 ? addDays(random.pick(plan.visits), random.int(0, 4)) : undefined;
  }
  const selection = at('photo-selection');
  switch (category) {
    case 'late-delivery': return selection && addDays(selection, random.int(31, 45));
    case 'photo-quality': return selection && addDays(selection, random.int(1, 20));
    case 'dress-and-make-up': return at('shoot') && addDays(at('shoot')!, random.int(0, 3));
    case 'pricing': return selection && addDays(selection, random.int(0, 7));
    default: return plan.visits.length > 0 ? addDays(random.pick(plan.visits), random.int(0, 4)) : undefined;
  }
}

function receivedAt(random: Random, date: string, channel: Channel, roster: Roster): string {
  let day = date;
  while (isClosed(day) || roster.working(day).length === 0) day = addDays(day, 1);
  if (channel === 'wechat' || channel === 'email') return `${day}T${String(random.int(8, 22)).padStart(2, '0')}:${String(random.int(0, 59)).padStart(2, '0')}`;
  return workingTime(random, day);
}

const LOOP: readonly (readonly [ComplaintStage, keyof Complaint])[] = [
  ['judge', 'judgedAt'], ['investigate', 'investigatedAt'], ['propose', 'proposedAt'], ['implement', 'implementedAt'], ['review', 'reviewedAt'],
];

export function generateComplaints(
  random: Random, plans: readonly CustomerPlan[], roster: Roster, period: Period, business: SampleBusiness = PHOTO_STUDIO,
): ComplaintPlan[] {
  const n = Math.max(6, Math.round(plans.length / 10));
  const categories = random.shuffle(allocate(n, business.categoryShares));
  const openCount = Math.max(1, Math.round(n * 0.08));
  const lateCount = Math.max(1, Math.round(n * 0.1));
  const invalidCount = Math.max(1, Math.round(n * 0.12));
  const gapCount = Math.max(1, Math.round(n * 0.12));
  const used = new Set<string>();
  const cutoff = `${period.to}T20:00`;
  const drafts: { complaint: Complaint; open: boolean }[] = [];

  categories.forEach((category, i) => {
    const open = i < openCount;
    const [first, last] = open ? [addDays(period.to, -12), addDays(period.to, -3)] : [period.from, addDays(period.to, -30)];
    const candidates = plans
      .filter((p) => p.customer.consent && !used.has(p.customer.id))
      .map((p) => [p, anchor(random, p, category, business)] as const)
      .filter(([, date]) => date !== undefined && date >= first && date <= last);
    if (candidates.length === 0) return;
    const [plan, date] = random.pick(candidates);
    used.add(plan.customer.id);
    const channel = random.weighted<Channel>([['phone', 40], ['wechat', 28], ['visit', 20], ['email', 6], ['letter', 3], ['sms', 3]]);
    const received = receivedAt(random, date!, channel, roster);
    const story = random.pick(business.stories[category]!);
    const complaint: Complaint = {
      id: '', customerId: plan.customer.id, receivedAt: received, channel, category, content: story.content, stage: 'accept',
    };
    const late = !open && i >= openCount && i < openCount + lateCount;
    const delay = late ? random.int(26 * 60, 56 * 60) : random.weighted([[random.int(15, 120), 55], [random.int(120, 360), 30], [random.int(360, 1000), 15]] as const);
    complaint.firstResponseAt = nextWorkingMoment(random, addMinutes(received, delay));
    let at = nextWorkingMoment(random, addMinutes(complaint.firstResponseAt, random.int(30, 480)));
    complaint.judgedAt = at;
    complaint.stage = 'judge';
    drafts.push({ complaint, open });
    complaint.valid = true;
    complaint.department = story.department;
    complaint.responsible = responsibleFor(random, story, business);
    const target = open ? random.pick<ComplaintStage>(['investigate', 'propose', 'implement']) : 'review';
    for (const [stage, column] of LOOP.slice(1)) {
      const days = stage === 'implement' ? (category === business.slowCategory ? random.int(3, 10) : random.int(1, 5)) : random.int(1, open ? 2 : 3);
      at = daysLater(random, at, days, roster);
      if (at > cutoff) break;
      (complaint[column] as string) = at;
      complaint.stage = stage;
      if (stage === 'investigate') complaint.cause = story.cause;
      if (stage === 'propose') complaint.solution = story.solution;
      if (stage === target) break;
    }
    if (open) return;
    complaint.closedAt = nextWorkingMoment(random, addMinutes(at, random.int(10, 240)));
    complaint.customerSigned = random.chance(0.9);
    complaint.feedback = story.feedback;
  });

  // Some closed complaints turn out not valid: explained politely and closed at 判断.
  const closed = drafts.filter((d) => !d.open);
  const { invalidPreferred } = business;
  const invalid = [...closed]
    .filter((d) => invalidPreferred.includes(d.complaint.category))
    .sort((a, b) => invalidPreferred.indexOf(a.complaint.category) - invalidPreferred.indexOf(b.complaint.category))
    .slice(0, invalidCount);
  for (const { complaint: c } of invalid) {
    const story = random.pick(business.invalidStories);
    Object.assign(c, {
      valid: false, stage: 'judge', content: story.content, cause: story.cause, solution: story.solution, feedback: story.feedback,
      department: undefined, responsible: undefined, investigatedAt: undefined, proposedAt: undefined, implementedAt: undefined,
      reviewedAt: undefined, customerSigned: undefined,
      closedAt: nextWorkingMoment(random, addMinutes(c.judgedAt!, random.int(30, 600))),
    });
  }

  const gaps = new Set(random.shuffle(closed).slice(0, gapCount).map((d) => d.complaint));
  return drafts
    .sort((a, b) => (a.complaint.receivedAt < b.complaint.receivedAt ? -1 : a.complaint.receivedAt > b.complaint.receivedAt ? 1 : 0))
    .map((d, i) => {
      d.complaint.id = `TS${String(i + 1).padStart(3, '0')}`;
      return { complaint: d.complaint, followUp: !d.open && !gaps.has(d.complaint) };
    });
}
