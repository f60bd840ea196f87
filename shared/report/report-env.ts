// What a report build is told through its environment (KEFU_DATA, KEFU_MONTH …), read from a plain record so the command and the site read it alike.

/** Names the report model's JSON file when `kefu report` hands the build what it already checked: the build then reads no CSV. */
export const MODEL_FILE_ENV = 'KEFU_MODEL';

/** Bad data or settings, not a bug: a build prints its message alone and stops, with no stack trace. */
export class DataProblem extends Error {}

export interface ReportEnv {
  /** Folder of CSV exports (KEFU_DATA). */
  folder: string;
  /** KEFU_LEAVE_OUT=1: leave rows with issues out instead of stopping. */
  leaveOut: boolean;
  /** KEFU_PSEUDONYMISE=1: agents as "客服 A", "客服 B" …. */
  pseudonymise: boolean;
  /** KEFU_MIN_GROUP: overrides Settings' report.minGroupSize. */
  minGroupSize: number | undefined;
  /** KEFU_NAME_TRAINEES=1: trainees and mentors by name (by default 学员 1 … and 客服 A …). */
  nameTrainees: boolean;
  /** KEFU_MONTH: the month the overview and topic pages show (default: the newest ended month with data). */
  month: string | undefined;
  /** KEFU_TODAY or the clock, YYYY-MM-DD: picks the default month and marks a month still in progress as partial. */
  today: string;
}

export function readReportEnv(env: Record<string, string | undefined>, clock: () => Date = () => new Date()): ReportEnv {
  const min = env['KEFU_MIN_GROUP']?.trim();
  if (min && !/^[1-9]\d*$/.test(min)) throw new DataProblem(`KEFU_MIN_GROUP must be a whole number of 1 or more, not "${min}".`);
  const today = env['KEFU_TODAY']?.trim() || clock().toISOString().slice(0, 10);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new DataProblem(`KEFU_TODAY must be YYYY-MM-DD, not "${today}".`);
  return {
    folder: env['KEFU_DATA']?.trim() || 'data/sample',
    leaveOut: env['KEFU_LEAVE_OUT'] === '1',
    pseudonymise: env['KEFU_PSEUDONYMISE'] === '1',
    minGroupSize: min ? Number(min) : undefined,
    nameTrainees: env['KEFU_NAME_TRAINEES'] === '1',
    month: env['KEFU_MONTH']?.trim() || undefined,
    today,
  };
}
