// Seeded sample rows for the formula parity tests, with every boundary the rules care about written in on purpose.
import { addDays, toEpochMs } from '../../../shared/dates';
import type { Call, Complaint, Customer, QaAudit, TrainingResult } from '../../../shared/schema';
import { serial, type DataRow } from './workbook';

/** The frozen clock of the tests (local time, as HyperFormula's NOW() reads it). */
export const NOW = '2026-11-15T10:30:00';
export const TODAY = '2026-11-15';

/** mulberry32: small, seeded, good enough to pick test values. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(toEpochMs(iso) + minutes * 60_000).toISOString().slice(0, 19);
}

const pad = (n: number): string => String(n).padStart(4, '0');

export function generateCustomers(rand: () => number, count = 260): { customers: Customer[]; calls: Call[] } {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const spends = [undefined, 0, 1999.99, 2000, 2000.01, 7999, 8000, 19999.99, 20000, 25000];
  const visits = [undefined, 0, 1, 2, 3, 4, 7, 8, 9];
  const offsets = [-2, -3, -4, -5, 0, 2, -400];
  const customers: Customer[] = [];
  for (let i = 0; i < count; i += 1) {
    const c: Customer = { id: `C${pad(i + 1)}`, name: `客户${i + 1}`, phone: `139${String(10_000_000 + i).padStart(8, '0')}` };
    const spend = i < spends.length * 3 ? spends[i % spends.length] : rand() < 0.3 ? pick(spends) : Math.round(rand() * 30_000);
    if (spend !== undefined) c.spendThisYear = spend;
    const visit = i < visits.length * 3 ? visits[(i + 1) % visits.length] : int(0, 10);
    if (visit !== undefined) c.visitsThisYear = visit;
    if (rand() > 0.12) c.lastVisit = addDays(TODAY, i < 40 ? offsets[i % offsets.length]! : int(-400, 5));
    // Stages for the after-sales rule (car preset: 交车 is after-sales, 进厂 is not); every 13th customer refused contact.
    if (i % 3 === 0) c.stage = '交车';
    else if (i % 3 === 1) c.stage = '进厂';
    if (i % 13 === 12) c.consent = false;
    const cycle = rand();
    if (cycle < 0.15) c.serviceCycleDays = 0;
    else if (cycle < 0.5) c.serviceCycleDays = pick([30, 90, 180, 365]);
    customers.push(c);
  }
  // Hubs referred by exactly 0, 1, 2, 4, 5 and 6 customers reach each referral threshold and miss it by one.
  const hubCounts = [0, 1, 2, 4, 5, 6, 1, 2];
  let next = 20;
  hubCounts.forEach((n, hub) => {
    for (let k = 0; k < n; k += 1) customers[next++]!.referrerId = customers[hub]!.id;
  });
  for (let i = next; i < count; i += 1) if (rand() < 0.2) customers[i]!.referrerId = customers[int(0, count - 1)]!.id;

  const calls: Call[] = [];
  const call = (customerId: string, at: string, extra: Partial<Call> = {}): void => {
    calls.push({ id: `R${pad(calls.length + 1)}`, customerId, at, agent: '王芳', channel: 'phone', purpose: 'post-service', reached: 'reached', ...extra });
  };
  customers.forEach((c, i) => {
    if (!c.lastVisit) return;
    const kind = i % 5;
    if (kind === 0) call(c.id, `${c.lastVisit}T00:00:00`); // on the visit day: counts
    if (kind === 1) call(c.id, `${addDays(c.lastVisit, -1)}T23:59:00`); // the evening before: does not
    if (kind === 2) call(c.id, `${addDays(c.lastVisit, int(1, 30))}T${String(int(8, 20)).padStart(2, '0')}:15:00`);
    // Attempts that complete nothing: unanswered, an inbound enquiry, a second follow-up (only reached outbound calls count).
    if (kind === 3) call(c.id, `${addDays(c.lastVisit, 1 + (i % 4))}T10:00:00`, { reached: i % 2 === 0 ? 'no-answer' : 'call-back' });
    if (kind === 4) call(c.id, `${addDays(c.lastVisit, 1 + (i % 4))}T10:00:00`, { purpose: i % 2 === 0 ? 'inbound' : 'second-follow-up' });
  });
  while (calls.length < 260) call(rand() < 0.1 ? 'C9999' : pick(customers).id, `${addDays(TODAY, int(-420, 0))}T10:00:00`);
  return { customers, calls };
}

export function generateComplaints(rand: () => number, count = 240): Complaint[] {
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const day = 24 * 60;
  // Minutes from receipt to first response: exactly 24 h, a minute either side, quick, very late; null = none yet.
  const responses = [day, day + 1, day - 1, 5, 3 * day, null];
  // Open and unanswered: received exactly 24 h ago, a minute more or less, just now, days ago.
  const openAges = [day, day + 1, day - 1, 1, 0, 5 * day];
  const complaints: Complaint[] = [];
  for (let i = 0; i < count; i += 1) {
    const open = i < openAges.length;
    const receivedAt = addMinutes(NOW, -(open ? openAges[i]! : int(0, 60 * day)));
    const c: Complaint = { id: `T${pad(i + 1)}`, receivedAt, channel: 'phone', category: 'other', content: '…', stage: 'accept' };
    const response = open ? null : i < 60 ? responses[i % responses.length]! : rand() < 0.2 ? null : int(0, 3 * day);
    if (response !== null) c.firstResponseAt = addMinutes(receivedAt, response);
    if (!open && rand() < 0.5) {
      const closedAt = addMinutes(receivedAt, (response ?? 0) + int(0, 20 * day));
      if (closedAt <= NOW) c.closedAt = closedAt;
    }
    complaints.push(c);
  }
  return complaints;
}

export function generateQaAudits(rand: () => number): QaAudit[] {
  const audits: QaAudit[] = [];
  const audit = (agent: string, date: string, unqualified: number): void => {
    audits.push({ id: `Q${pad(audits.length + 1)}`, date, agent, sampled: 20, unqualified });
  };
  const agents = ['王芳', '李娜', '张伟', 'Alex'];
  const months = ['2026-08', '2026-09', '2026-10'];
  agents.forEach((agent, a) => {
    months.forEach((month, m) => {
      // Per agent-month: no lost day, exactly one, or many.
      const pattern = (a + m) % 3;
      for (let d = 1; d <= 18; d += 1) {
        const date = `${month}-${String(d).padStart(2, '0')}`;
        const lost = pattern === 1 ? d === 7 : pattern === 2 ? rand() < 0.4 : false;
        audit(agent, date, lost ? 4 + Math.floor(rand() * 3) : Math.floor(rand() * 4));
      }
    });
  });
  // Same agent, same day, two rows: 2 + 2 reaches the limit, 1 + 2 does not, 4 + 0 and 4 + 5 lose the point once.
  audit('王芳', '2026-08-25', 2); audit('王芳', '2026-08-25', 2);
  audit('李娜', '2026-08-25', 1); audit('李娜', '2026-08-25', 2);
  audit('张伟', '2026-09-25', 4); audit('张伟', '2026-09-25', 0);
  audit('Alex', '2026-10-25', 4); audit('Alex', '2026-10-25', 5);
  // Every day of a month lost: more lost days than the month's points, floored at 0.
  for (let d = 1; d <= 31; d += 1) audit('Bo', `2026-10-${String(d).padStart(2, '0')}`, 4 + (d % 2));
  return audits;
}

export function generateTraining(rand: () => number, count = 210): TrainingResult[] {
  const scores = [0, 79, 80, 81, 84, 85, 86, 100];
  return Array.from({ length: count }, (_, i) => ({
    id: `X${pad(i + 1)}`, cohort: '2026-01', trainee: `学员${i % 30}`, startDate: '2026-01-05', test: 'basic' as const,
    date: '2026-01-07', score: i < scores.length * 2 ? scores[i % scores.length]! : Math.floor(rand() * 61) + 40,
  }));
}

/** A domain object as sheet cells: dates and date-times become serial numbers, like Sheets stores them. */
export function toDataRow(value: object, dateKeys: readonly string[]): DataRow {
  const row: DataRow = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined) continue;
    row[key] = dateKeys.includes(key) ? serial(v as string) : (v as string | number | boolean);
  }
  return row;
}
