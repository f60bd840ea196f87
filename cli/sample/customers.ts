// 客户档案 for the sample: who came, what they booked, how far the order got, their card, referrer and tier.
import { addDays, daysBetween, formatIsoDate } from '../../shared/dates';
import { classifyTier } from '../../shared/rules/tier';
import type { Customer } from '../../shared/schema/customers';
import type { Settings } from '../../shared/settings';
import { PHOTO_STUDIO, type JobStage, type SampleBusiness } from './business';
import { busyDate, isHolidayWeek } from './calendar';
import { address, AGENTS, landline, mobilePhone, ORGANISATIONS, personName } from './names';
import type { Random } from './random';
import { ADD_ONS, type Package } from './texts';

export interface Period {
  from: string;
  to: string;
}

export interface StageDate {
  stage: string;
  date: string;
}

export interface Purchase {
  date: string;
  amount: number;
  item: string;
}

/** A customer row plus what the rest of the generator needs to know about them. */
export interface CustomerPlan {
  customer: Customer;
  /** This year's order: each stage reached by the end of the period, in order. */
  stages: StageDate[];
  purchases: Purchase[];
  /** Distinct visit dates this year. */
  visits: string[];
  /** The number on file is wrong: every phone call gets 号码错误. */
  wrongNumber: boolean;
}

const SOURCES: readonly (readonly [string, number])[] = [
  ['walk-in', 30], ['referral', 22], ['online', 27], ['phone', 8], ['event', 9], ['other', 4],
];

interface Draft extends CustomerPlan {
  index: number;
  firstVisit: string;
  /** The latest visit ever, this period or before it. */
  lastVisit?: string;
  oldPackage: string;
}

/** A card holder on that day: issued on or before it and not yet recalled. */
export function isMemberOn(c: Pick<Customer, 'memberCardNo' | 'cardIssued' | 'cardRecalled'>, date: string): boolean {
  return Boolean(c.memberCardNo && c.cardIssued && c.cardIssued <= date && (!c.cardRecalled || c.cardRecalled > date));
}

function maxDate(a: string, b: string): string {
  return a > b ? a : b;
}

/** Stages, visits and purchases never fall in the Spring Festival week. */
function open(date: string): string {
  let day = date;
  while (isHolidayWeek(day)) day = addDays(day, 1);
  return day;
}

/** Orders follow the shooting season: the shoot is drawn by demand and the order placed two to six weeks before. */
function planOrder(random: Random, draft: Draft, shoot: string, pkg: Package, period: Period): void {
  const order = open(addDays(shoot, -random.int(14, 45)));
  const dress = pkg.dress ? (random.chance(0.3) ? open(addDays(shoot, -random.int(3, 12))) : shoot) : undefined;
  const selection = open(addDays(shoot, random.int(5, 12)));
  const pickup = open(addDays(selection, random.int(25, 40)));
  const all: StageDate[] = [{ stage: 'order', date: order }];
  if (dress) all.push({ stage: 'dress-selection', date: dress });
  all.push({ stage: 'shoot', date: shoot }, { stage: 'photo-selection', date: selection }, { stage: 'pickup', date: pickup });
  draft.stages = all.filter((s) => s.date <= period.to);
  draft.visits = [];
  draft.purchases = [];
  // Some choose their photos online and have the album sent: fewer visits than stages.
  const selectsInStore = random.chance(0.65);
  const collectsInStore = random.chance(0.55);
  for (const s of draft.stages) {
    if ((s.stage === 'pickup' && !collectsInStore) || (s.stage === 'photo-selection' && !selectsInStore)) continue;
    draft.visits.push(s.date);
  }
  if (random.chance(0.25)) {
    const trial = addDays(order, random.int(1, 10));
    if (trial < shoot) draft.visits.push(open(trial));
  }
  draft.purchases.push({ date: order, amount: pkg.price, item: pkg.name });
  if (random.chance(0.45)) {
    for (const [item, amount] of random.shuffle(ADD_ONS).slice(0, random.int(1, 2))) draft.purchases.push({ date: selection, amount, item });
  }
  draft.firstVisit = order;
}

/** Any other business's job: its stages one after another, each reached by chance; the customer comes in at some. */
function planStages(random: Random, draft: Draft, start: string, pkg: Package, period: Period, business: SampleBusiness, stages: readonly JobStage[]): void {
  const all: StageDate[] = [];
  let date = start;
  for (const s of stages) {
    if (all.length > 0 && !random.chance(s.reached)) break;
    date = open(addDays(date, random.int(s.after[0], s.after[1])));
    all.push({ stage: s.stage, date });
  }
  draft.stages = all.filter((s) => s.date <= period.to);
  draft.visits = draft.stages.filter((_, i) => random.chance(stages[i]!.visit)).map((s) => s.date);
  draft.purchases = [{ date: all[0]!.date, amount: pkg.price, item: pkg.name }];
  if (random.chance(0.35)) {
    for (const [item, amount] of random.shuffle(business.addOns).slice(0, random.int(1, 2))) draft.purchases.push({ date: all[all.length - 1]!.date, amount, item });
  }
  draft.firstVisit = all[0]!.date;
}

/** The photo studio's wedding order, or another business's job. */
function planJob(random: Random, draft: Draft, start: string, pkg: Package, period: Period, business: SampleBusiness): void {
  if (business.jobStages) planStages(random, draft, start, pkg, period, business, business.jobStages);
  else planOrder(random, draft, start, pkg, period);
}

/** A shoot date by demand, from a little before the period (orders still running) to a little after (booked ahead). */
function shootDate(random: Random, period: Period, business: SampleBusiness): string {
  return open(busyDate(random, addDays(period.from, -20), addDays(period.to, 60), business.monthDemand));
}

function draftCustomer(random: Random, index: number, period: Period, business: SampleBusiness): Draft {
  const kind = random.weighted([['booked', 66], ['lead', 10], ['returning', 24]] as const);
  const draft: Draft = {
    index, firstVisit: period.from, oldPackage: random.weighted(business.packages).name,
    customer: { id: '', name: personName(random), phone: '', source: random.weighted(SOURCES) },
    stages: [], purchases: [], visits: [], wrongNumber: false,
  };
  if (kind === 'lead') {
    // Came to ask and has not booked yet: the archive still gets a row within two days.
    draft.firstVisit = open(busyDate(random, period.from, period.to, business.monthDemand));
    draft.visits.push(draft.firstVisit);
    draft.oldPackage = '';
  } else if (kind === 'booked') {
    do planJob(random, draft, shootDate(random, period, business), random.weighted(business.packages), period, business);
    while (draft.firstVisit > period.to);
    if (random.chance(0.3)) {
      const enquiry = open(addDays(draft.firstVisit, -random.int(1, 20)));
      draft.visits.push(enquiry);
      draft.firstVisit = enquiry;
    }
  } else {
    const first = addDays(period.from, -random.int(60, 90 + Math.floor(random.next() ** 2 * 1400)));
    const thisYear = random.weighted([['nothing', 45], ['small', 35], ['package', 20]] as const);
    if (thisYear === 'small') {
      const [item, amount] = random.pick(business.smallPurchases);
      const date = open(busyDate(random, period.from, period.to, business.monthDemand));
      draft.purchases.push({ date, amount, item });
      draft.visits.push(date);
    } else if (thisYear === 'package') {
      let shoot = shootDate(random, period, business);
      while (addDays(shoot, -45) < period.from || shoot > period.to) shoot = shootDate(random, period, business);
      planJob(random, draft, shoot, random.weighted(business.laterPackages), period, business);
    }
    draft.firstVisit = first;
  }
  draft.lastVisit = draft.visits.filter((v) => v <= period.to).sort().pop();
  // Only this period counts towards this year's figures; earlier visits and payments are history.
  draft.purchases = draft.purchases.filter((p) => p.date >= period.from && p.date <= period.to);
  draft.visits = draft.visits.filter((v) => v >= period.from && v <= period.to);
  return draft;
}

function memberChance(draft: Draft): number {
  const spend = draft.purchases.reduce((sum, p) => sum + p.amount, 0);
  if (draft.stages.length === 0) return draft.oldPackage ? 0.4 : 0;
  if (spend >= 15000) return 0.75;
  if (spend >= 8000) return 0.55;
  if (spend >= 5000) return 0.35;
  return 0.25;
}

function birthday(random: Random): string {
  const month = random.int(1, 12);
  return formatIsoDate(random.int(1986, 2001), month, random.int(1, month === 2 ? 28 : 30));
}

export function generateCustomers(
  random: Random, settings: Settings, count: number, period: Period, business: SampleBusiness = PHOTO_STUDIO,
): CustomerPlan[] {
  const drafts = Array.from({ length: count }, (_, i) => draftCustomer(random, i, period, business))
    .sort((a, b) => (a.firstVisit < b.firstVisit ? -1 : a.firstVisit > b.firstVisit ? 1 : a.index - b.index));

  const phones = new Set<string>();
  const referrals = new Map<string, number>();
  drafts.forEach((draft, i) => {
    const c = draft.customer;
    c.id = `C${String(i + 1).padStart(4, '0')}`;
    const fixedLine = random.chance(0.016);
    do c.phone = fixedLine ? landline(random) : mobilePhone(random); while (phones.has(c.phone));
    phones.add(c.phone);
    draft.wrongNumber = !fixedLine && random.chance(0.012);
    if (random.chance(0.67)) c.organisation = random.pick(ORGANISATIONS);
    if (random.chance(0.8)) c.address = address(random);
    if (c.source === 'referral' && random.chance(0.9)) {
      const earlier = drafts.slice(0, i).filter((d) => d.firstVisit < draft.firstVisit);
      if (earlier.length > 0) {
        const referrer = random.weighted(earlier.map((d) => [d, 1 + 2.5 * (referrals.get(d.customer.id) ?? 0)] as const));
        c.referrerId = referrer.customer.id;
        referrals.set(referrer.customer.id, (referrals.get(referrer.customer.id) ?? 0) + 1);
      }
    }
    c.consent = !random.chance(0.05);
    if (c.consent && random.chance(memberChance(draft))) {
      c.cardIssued = draft.stages[0]?.date ?? addDays(draft.firstVisit, random.int(0, 20));
    }
    if (random.chance(0.6)) c.birthday = birthday(random);
  });

  // Card numbers follow the order cards were handed out: M + year + a running number.
  const members = drafts.filter((d) => d.customer.cardIssued).sort((a, b) =>
    a.customer.cardIssued! < b.customer.cardIssued! ? -1 : a.customer.cardIssued! > b.customer.cardIssued! ? 1 : a.index - b.index);
  const perYear = new Map<string, number>();
  for (const d of members) {
    const year = d.customer.cardIssued!.slice(2, 4);
    perYear.set(year, (perYear.get(year) ?? 0) + 1);
    d.customer.memberCardNo = `M${year}${String(perYear.get(year)).padStart(4, '0')}`;
  }
  const recallable = members.filter((d) => d.customer.cardIssued! <= addDays(period.to, -120));
  for (const d of random.shuffle(recallable).slice(0, Math.max(1, Math.round(drafts.length / 100)))) {
    const earliest = maxDate(period.from, addDays(d.customer.cardIssued!, 60));
    d.customer.cardRecalled = addDays(earliest, random.int(0, Math.max(0, daysBetween(earliest, addDays(period.to, -20)))));
  }

  return drafts.map((draft) => {
    const c = draft.customer;
    // A lead has no order yet, so no stage; a returning customer's last order was completed long ago.
    const current = draft.stages[draft.stages.length - 1]?.stage ?? (draft.oldPackage ? settings.lists.stages.at(-1)?.key : undefined);
    const visits = [...new Set(draft.visits.filter((v) => v <= period.to))].sort();
    const figures = {
      spendThisYear: draft.purchases.reduce((sum, p) => sum + p.amount, 0),
      visitsThisYear: visits.length,
      referrals: referrals.get(c.id) ?? 0,
    };
    const tier = classifyTier(figures, settings);
    const lastVisit = draft.lastVisit
      ?? minDate(addDays(draft.firstVisit, random.int(20, 80)), addDays(period.from, -1));
    const row: Customer = {
      id: c.id, name: c.name, phone: c.phone, organisation: c.organisation, address: c.address, source: c.source,
      referrerId: c.referrerId, memberCardNo: c.memberCardNo, cardIssued: c.cardIssued, cardRecalled: c.cardRecalled,
      stage: current, stageOwner: current && random.pick(business.stageOwners[current]!), firstVisit: draft.firstVisit, lastVisit,
      serviceItems: [draft.stages.length > 0 ? '' : draft.oldPackage, ...draft.purchases.map((p) => p.item)].filter(Boolean).join('、'),
      serviceCycleDays: settings.serviceCycleDays,
      ...figures,
      points: 0, birthday: c.birthday, tier,
      assignedAgent: tier === 'vip' || tier === 'core' ? random.pick(AGENTS) : undefined,
      consent: c.consent,
    };
    return { customer: row, stages: draft.stages, purchases: draft.purchases, visits, wrongNumber: draft.wrongNumber };
  });
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}
