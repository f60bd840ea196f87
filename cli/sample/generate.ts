// `kefu sample`'s pure core: a fictional shop's year (a wedding-photo studio unless told), every sheet, the same rows for the same options.
import type { Call, Note, PointsEntry } from '../../shared/schema';
import { generateNotes } from './notes';
import type { BusinessType } from '../../shared/enums';
import type { ReportData } from '../../shared/report/types';
import { defaultSettings, type Settings } from '../../shared/settings';
import { SAMPLE_BUSINESSES } from './business';
import { buildRoster } from './calendar';
import { generateCalls } from './calls';
import { generateComplaints } from './complaints';
import { fillComputedColumns } from './computed';
import { stampCreatedDates } from './created-dates';
import { generateCustomers } from './customers';
import { AGENTS } from './names';
import { generatePoints } from './points';
import { generateQaAudits } from './qa-audits';
import { createRandom } from './random';
import { generateTraining } from './training';

export interface SampleOptions {
  seed?: number;
  customers?: number;
  from?: string;
  to?: string;
  /** Which of the Settings presets (BUSINESS_PRESETS) the shop is. */
  business?: BusinessType;
}

/** Every sheet's rows as written to its CSV files (the calls and points as rows, not a read's tables), plus the Settings they were made with. */
export interface SampleData extends Omit<ReportData, 'calls' | 'points'> {
  calls: Call[];
  points: PointsEntry[];
  settings: Settings;
  /** The 月度备注 sheet: the supervisor's comment on a month (none when a caller builds its own data). */
  notes?: Note[];
}

export const SAMPLE_DEFAULTS: Required<SampleOptions> = { seed: 20261123, customers: 500, from: '2025-11-01', to: '2026-10-31', business: 'photo-studio' };

export function generateSample(options: SampleOptions = {}): SampleData {
  const seed = options.seed ?? SAMPLE_DEFAULTS.seed;
  const period = { from: options.from ?? SAMPLE_DEFAULTS.from, to: options.to ?? SAMPLE_DEFAULTS.to };
  const business = SAMPLE_BUSINESSES[options.business ?? SAMPLE_DEFAULTS.business];
  const settings = defaultSettings(business.type);
  // Each part draws from its own stream, so tuning one sheet leaves the others' rows as they were.
  const random = createRandom(seed);
  const roster = buildRoster(random.fork('roster'), AGENTS, period.from, period.to, settings.qa.pointsPerMonth);
  const plans = generateCustomers(random.fork('customers'), settings, options.customers ?? SAMPLE_DEFAULTS.customers, period, business);
  stampCreatedDates(random.fork('created'), plans, settings);
  const points = generatePoints(random.fork('points'), plans, settings, period, business);
  const complaints = generateComplaints(random.fork('complaints'), plans, roster, period, business);
  const calls = generateCalls(random.fork('calls'), plans, complaints, roster, settings, period, business);
  const data: SampleData = {
    settings,
    customers: plans.map((p) => p.customer),
    calls,
    complaints: complaints.map((c) => c.complaint),
    qaAudits: generateQaAudits(random.fork('qa'), roster, period, settings),
    training: generateTraining(random.fork('training'), settings, period),
    points,
    notes: generateNotes(period),
  };
  fillComputedColumns(data, settings, `${period.to}T20:00`);
  return data;
}
