// The two ways of reading a calls CSV the bench compares: papaparse alone, and Kefu's whole shared path.
import Papa from 'papaparse';
import { decodeCsvBytes } from '../load/read-csv-file';
import { checkWorkbook } from '../shared/check/check-workbook';
import { readSheet } from '../shared/csv/read-sheet';
import { dataMonths } from '../shared/report/months';
import { summariseSatisfaction } from '../shared/report/satisfaction';
import type { ReportData } from '../shared/report/types';
import { CALLS, CUSTOMERS } from '../shared/schema';
import { recordsOf } from '../shared/sheet/records';
import { isWarning } from '../shared/issue';
import { defaultSettings, type Settings } from '../shared/settings';

export interface Inputs {
  calls: Uint8Array;
  customers: Uint8Array;
}

/** What a path returns, so the work cannot be optimised away and both paths can be seen to read the same rows. */
export interface Outcome {
  /** Data rows read: calls, customers. */
  calls: number;
  customers: number;
  check: number;
}

/**
 * Baseline: the same two files, each UTF-8 decoded (as any reader must) then
 * `Papa.parse(text, { header: true, skipEmptyLines: 'greedy' })`.
 */
export function papaAlone(input: Inputs): Outcome {
  const parse = (bytes: Uint8Array) => Papa.parse<Record<string, string>>(new TextDecoder('utf-8').decode(bytes), { header: true, skipEmptyLines: 'greedy' });
  const calls = parse(input.calls);
  const customers = parse(input.customers);
  return { calls: calls.data.length, customers: customers.data.length, check: calls.errors.length + customers.errors.length };
}

const SETTINGS: Settings = defaultSettings('photo-studio');

function decoded(bytes: Uint8Array, name: string): string {
  const d = decodeCsvBytes(bytes);
  if (!d.ok) throw new Error(`${name}: ${d.message}`);
  return d.text;
}

export interface Phased extends Outcome {
  /** Milliseconds in each step: decode, read (readSheet), check (checkWorkbook), aggregate (report). */
  phases: { decode: number; read: number; check: number; aggregate: number };
}

/**
 * Kefu's path: decodeCsvBytes → readSheet (calls and customers) → checkWorkbook on both (ids unique, every call's
 * customer known, rule consistency) →
 * the satisfaction section of the newest month's report (overall, by agent, stage, tier and the 12-month trend).
 */
export function sharedPhases(input: Inputs, settings: Settings = SETTINGS): Phased {
  let t = performance.now();
  const lap = (): number => {
    const now = performance.now();
    const ms = now - t;
    t = now;
    return ms;
  };
  const callsText = decoded(input.calls, CALLS.file);
  const customersText = decoded(input.customers, CUSTOMERS.file);
  const decode = lap();
  const calls = readSheet(callsText, CALLS.file, CALLS, settings);
  const customers = readSheet(customersText, CUSTOMERS.file, CUSTOMERS, settings);
  const read = lap();
  // Warnings (a call in quiet hours, an archive made late) are the sample's on purpose and keep no row out.
  const issues = [...calls.issues, ...customers.issues, ...checkWorkbook({ calls, customers }, settings)].filter((i) => !isWarning(i));
  const check = lap();
  if (issues.length > 0) throw new Error(`bench data has ${issues.length} issues, e.g. ${issues[0]!.message}`);
  const data: ReportData = {
    calls: recordsOf(calls, 'calls'),
    customers: recordsOf(customers, 'customers'),
    complaints: [], qaAudits: [], training: [], points: [],
  };
  const month = dataMonths(data).at(-1)!;
  const satisfaction = summariseSatisfaction(data, month, settings, { minGroupSize: settings.report.minGroupSize, pseudonymiseAgents: false });
  const aggregate = lap();
  return { calls: calls.rows.length, customers: customers.rows.length, check: satisfaction.csat.answered, phases: { decode, read, check, aggregate } };
}

export function sharedPath(input: Inputs, settings: Settings = SETTINGS): Outcome {
  const { calls, customers, check } = sharedPhases(input, settings);
  return { calls, customers, check };
}
