// 回访记录 for the sample: post-service and second follow-ups, events, member care, inbound enquiries and complaint calls.
import { addDays, monthOf, monthsBetween } from '../../shared/dates';
import type { Channel, Purpose, Reached, Satisfaction } from '../../shared/enums';
import type { Call } from '../../shared/schema/calls';
import { findQuietRange } from '../../shared/rules/quiet-hours';
import type { Settings } from '../../shared/settings';
import { PHOTO_STUDIO, type SampleBusiness } from './business';
import { busyDate, datesOfMonth, holidayOf, isClosed, isHolidayWeek, workingTime, yearOf, type Roster } from './calendar';
import type { ComplaintPlan } from './complaints';
import { isMemberOn, type CustomerPlan, type Period } from './customers';
import { WEAK_AGENT } from './names';
import { generateStaffVisits } from './staff-visits';
import type { Random } from './random';

/** The fictional shop phones 14 days before an event, then writes within 2 (events are sample colour, not a rule Kefu checks). */
const EVENT_PHONE_DAYS = 14;
const EVENT_WRITTEN_DAYS = 2;

/** Share of uncovered members phoned in a month: busy peaks and Spring Festival leave some out. */
const CARE_RATE: Readonly<Record<number, number>> = { 2: 0.72, 5: 0.86, 10: 0.88 };

interface Fields {
  purpose: Purpose;
  channel: Channel;
  serviceDate?: string;
  stage?: string;
  complaintId?: string;
}

class CallBook {
  readonly calls: Call[] = [];

  constructor(
    private readonly random: Random,
    private readonly roster: Roster,
    private readonly period: Period,
    readonly business: SampleBusiness,
    private readonly settings: Settings,
  ) {}

  /** 001 "避免在客户休息时打扰客户": a phone call drawn inside quiet hours moves past them, unless the weak agent makes it. */
  keepQuiet(at: string, agent: string): string {
    const range = agent === WEAK_AGENT ? undefined : findQuietRange(at, this.settings.followUp.quietHours);
    if (!range) return at;
    // The same minute in the hour the quiet range ends, so no extra random draw shifts the rest of the sample.
    const moved = `${at.slice(0, 11)}${range.to.slice(0, 3)}${at.slice(14, 16)}`;
    return findQuietRange(moved, this.settings.followUp.quietHours) ? `${at.slice(0, 11)}${range.to}` : moved;
  }

  /** The first day from `date` someone is at work and, for outgoing calls, not the Spring Festival week. */
  callDay(date: string, outgoing: boolean, purpose: Purpose): string | undefined {
    let day = date < this.period.from ? this.period.from : date;
    while (day <= this.period.to) {
      const restWeek = outgoing && purpose !== 'greeting' && isHolidayWeek(day);
      if (!isClosed(day) && !restWeek && this.roster.working(day).length > 0) return day;
      day = addDays(day, 1);
    }
    return undefined;
  }

  agent(day: string, preferred?: string): string {
    return preferred && this.roster.works(preferred, day) ? preferred : this.random.pick(this.roster.working(day));
  }

  satisfaction(agent: string, purpose: Purpose): Satisfaction {
    const weights: readonly (readonly [Satisfaction, number])[] = purpose === 'complaint-follow-up'
      ? [['satisfied', 64], ['neutral', 24], ['dissatisfied', 12]]
      : agent === WEAK_AGENT ? [['satisfied', 66], ['neutral', 24], ['dissatisfied', 10]] : [['satisfied', 90], ['neutral', 8], ['dissatisfied', 2]];
    return this.random.weighted(weights);
  }

  /** Asked on most service calls, less on greetings and notices. */
  rate(call: Call): void {
    const asked: Record<Purpose, number> = {
      'post-service': 0.92, 'second-follow-up': 0.9, 'complaint-follow-up': 0.95, renewal: 0.5, greeting: 0.3, 'event-notice': 0.3, inbound: 0.4,
    };
    if (call.channel !== 'phone' || !this.random.chance(asked[call.purpose])) return;
    call.satisfaction = this.satisfaction(call.agent, call.purpose);
    const care = call.purpose === 'greeting' || call.purpose === 'renewal' || call.purpose === 'event-notice';
    if (this.random.chance(0.4)) call.comment = this.random.pick((care ? this.business.careComments : this.business.comments)[call.satisfaction]);
    if (this.random.chance(0.12)) call.suggestion = this.random.pick(this.business.suggestions);
  }

  /** An outgoing contact, tried again a day or two later when nobody answers; returns the call that got through. */
  reach(plan: CustomerPlan, date: string, fields: Fields, retries: number, preferred?: string): Call | undefined {
    if (plan.customer.consent === false) return undefined;
    let day = this.callDay(date, true, fields.purpose);
    for (let attempt = 0; attempt <= retries && day; attempt += 1) {
      const agent = this.agent(day, preferred);
      const at = fields.channel === 'phone' ? this.keepQuiet(workingTime(this.random, day), agent) : workingTime(this.random, day, 9, 11);
      const reached: Reached = fields.channel === 'wechat' ? 'reached'
        : plan.wrongNumber ? 'wrong-number'
          : fields.channel !== 'phone' ? 'reached'
            : this.random.weighted([['reached', 81], ['no-answer', 12], ['call-back', 7]] as const);
      const call: Call = { id: '', customerId: plan.customer.id, at, agent, ...fields, reached };
      this.calls.push(call);
      if (reached === 'reached') {
        this.rate(call);
        return call;
      }
      if (reached === 'wrong-number') return undefined;
      const next = this.callDay(addDays(day, this.random.int(1, 2)), true, fields.purpose);
      if (reached === 'call-back' && next) call.nextContactDate = next;
      day = next;
    }
    return undefined;
  }

  /** An incoming call or message: always answered, recorded all the same. */
  inbound(plan: CustomerPlan, date: string, fields: Omit<Fields, 'purpose'>, at?: string): Call | undefined {
    const day = at ? at.slice(0, 10) : this.callDay(date, false, 'inbound');
    if (!day) return undefined;
    const call: Call = { id: '', customerId: plan.customer.id, at: at ?? workingTime(this.random, day), agent: this.agent(day), purpose: 'inbound', ...fields, reached: 'reached' };
    this.calls.push(call);
    return call;
  }
}

function stageOn(plan: CustomerPlan, date: string): string | undefined {
  return [...plan.stages].reverse().find((s) => s.date <= date)?.stage;
}

function postService(book: CallBook, random: Random, plans: readonly CustomerPlan[], period: Period): void {
  const { postServiceStages, postServiceDelay, secondAfterStage } = book.business;
  for (const plan of plans) {
    for (const service of plan.stages.filter((s) => postServiceStages.includes(s.stage))) {
      if (service.date < period.from) continue;
      const delay = random.weighted(postServiceDelay);
      const fields: Fields = { purpose: 'post-service', channel: 'phone', serviceDate: service.date, stage: service.stage };
      const first = book.reach(plan, addDays(service.date, delay), fields, 2, plan.customer.assignedAgent);
      if (!first || service.stage !== secondAfterStage || !random.chance(0.7)) continue;
      const second = addDays(first.at.slice(0, 10), random.int(7, 14));
      if (second > period.to) continue;
      first.nextContactDate = second;
      book.reach(plan, second, { purpose: 'second-follow-up', channel: 'phone', stage: secondAfterStage }, 1, plan.customer.assignedAgent);
    }
  }
}

function inboundEnquiries(book: CallBook, random: Random, plans: readonly CustomerPlan[], period: Period): void {
  for (const plan of plans) {
    const start = plan.stages[0]?.date;
    const count = start ? random.weighted([[0, 35], [1, 35], [2, 20], [3, 10]] as const)
      : Number(random.chance(plan.customer.stage ? 0.12 : 0.4));
    const first = start ?? (plan.customer.firstVisit! > period.from ? plan.customer.firstVisit! : period.from);
    const lastStage = plan.stages[plan.stages.length - 1]?.date ?? period.to;
    const last = addDays(lastStage, 20) < period.to ? addDays(lastStage, 20) : period.to;
    for (let i = 0; i < count && first <= last; i += 1) {
      const date = busyDate(random, first, last, book.business.monthDemand);
      const open = random.chance(0.12);
      const call = book.inbound(plan, date, { channel: random.chance(0.75) ? 'phone' : 'wechat', stage: stageOn(plan, date) });
      if (!call) continue;
      call.comment = open ? random.pick(book.business.openQuestions) : random.pick(book.business.inboundTopics);
      if (open) call.promisedAnswerDate = addDays(call.at.slice(0, 10), random.weighted([[1, 5], [2, 4], [3, 1]] as const));
      else if (call.channel === 'phone' && random.chance(0.4)) call.satisfaction = book.satisfaction(call.agent, 'inbound');
    }
  }
}

function complaintCalls(book: CallBook, random: Random, plans: readonly CustomerPlan[], complaints: readonly ComplaintPlan[]): void {
  const byId = new Map(plans.map((p) => [p.customer.id, p]));
  for (const { complaint, followUp } of complaints) {
    const plan = byId.get(complaint.customerId!)!;
    if (complaint.channel === 'phone') {
      const call = book.inbound(plan, complaint.receivedAt.slice(0, 10), { channel: 'phone', complaintId: complaint.id }, complaint.receivedAt);
      if (call) call.comment = `来电投诉：${complaint.content}`;
    }
    if (followUp && complaint.closedAt) {
      book.reach(plan, addDays(complaint.closedAt.slice(0, 10), random.int(1, 4)), { purpose: 'complaint-follow-up', channel: 'phone', complaintId: complaint.id }, 2);
    }
  }
}

function eventNotices(book: CallBook, random: Random, plans: readonly CustomerPlan[], period: Period): void {
  for (let year = yearOf(period.from); year <= yearOf(period.to); year += 1) {
    for (const [monthDay] of book.business.events) {
      const event = `${year}-${monthDay}`;
      const notice = addDays(event, -EVENT_PHONE_DAYS);
      if (notice < addDays(period.from, 2) || notice > period.to) continue;
      const invited = plans.filter((p) => p.customer.consent !== false
        && (isMemberOn(p.customer, notice) || (p.customer.firstVisit! <= notice && random.chance(0.05))));
      for (const plan of invited) {
        const phoned = addDays(notice, -random.int(0, 2));
        const call = book.reach(plan, phoned, { purpose: 'event-notice', channel: 'phone' }, 1, plan.customer.assignedAgent);
        if (call && !call.satisfaction && random.chance(0.25)) call.comment = random.pick(['表示会准时参加', '当天有事，可能来不了', '想带朋友一起来', '请发具体地址']);
        const written = addDays(phoned, random.int(1, EVENT_WRITTEN_DAYS));
        if (written <= period.to) book.reach(plan, written, { purpose: 'event-notice', channel: random.chance(0.7) ? 'sms' : 'wechat' }, 0);
      }
    }
  }
}

/** Members nobody reached this month get a greeting or a renewal reminder, most of them. */
function memberCare(book: CallBook, random: Random, plans: readonly CustomerPlan[], period: Period): void {
  for (const month of monthsBetween(monthOf(period.from), monthOf(period.to))) {
    const days = datesOfMonth(month).filter((d) => d >= period.from && d <= period.to);
    const last = days[days.length - 1]!;
    const reached = new Set(book.calls
      .filter((c) => c.purpose !== 'inbound' && c.reached === 'reached' && monthOf(c.at) === month)
      .map((c) => c.customerId));
    const holiday = holidayOf(month);
    for (const plan of plans) {
      const c = plan.customer;
      if (!isMemberOn(c, last) || c.consent === false || reached.has(c.id)) continue;
      if (!random.chance(CARE_RATE[Number(month.slice(5, 7))] ?? 0.97)) continue;
      const earliest = c.cardIssued! > days[0]! ? c.cardIssued! : days[0]!;
      const birthday = c.birthday ? `${month}-${c.birthday.slice(8, 10)}` : undefined;
      if (birthday && birthday >= earliest && birthday <= last) {
        book.reach(plan, birthday, { purpose: 'greeting', channel: random.chance(0.5) ? 'phone' : 'wechat' }, 1, c.assignedAgent);
      } else if (holiday && holiday[0] >= earliest && holiday[0] <= last && random.chance(0.6)) {
        const channel = random.weighted<Channel>([['wechat', 5], ['sms', 2], ['phone', 3]]);
        const eve = addDays(holiday[0], -random.int(0, 1));
        book.reach(plan, eve >= earliest ? eve : holiday[0], { purpose: 'greeting', channel }, 1, c.assignedAgent);
      } else {
        const choices = days.filter((d) => d >= earliest);
        book.reach(plan, random.pick(choices), { purpose: 'renewal', channel: 'phone' }, 1, c.assignedAgent);
      }
    }
  }
}

export function generateCalls(
  random: Random, plans: readonly CustomerPlan[], complaints: readonly ComplaintPlan[], roster: Roster, settings: Settings, period: Period,
  business: SampleBusiness = PHOTO_STUDIO,
): Call[] {
  const book = new CallBook(random, roster, period, business, settings);
  postService(book, random, plans, period);
  complaintCalls(book, random, plans, complaints);
  eventNotices(book, random, plans, period);
  inboundEnquiries(book, random, plans, period);
  memberCare(book, random, plans, period);
  // Their own stream, so adding staff visits leaves every other call as it was.
  book.calls.push(...generateStaffVisits(random.fork('staff-visits'), plans, roster, settings, period));
  return book.calls
    .map((call, order) => ({ call, order }))
    .sort((a, b) => (a.call.at < b.call.at ? -1 : a.call.at > b.call.at ? 1 : a.order - b.order))
    .map(({ call }, i) => ({ ...call, id: `HF${String(i + 1).padStart(5, '0')}` }));
}
