// A read sheet's rows as its record type (Call, Customer …), for the consumers that need whole records.
import type { Call, Complaint, Customer, Note, PointsEntry, QaAudit, SettingRow, TrainingResult } from '../schema';
import type { Row, SheetName, SheetSchema } from '../schema/types';
import type { ReadRow, SheetRead } from './sheet-read';

/** Each sheet's record type, derived from its columns (schema/*.ts). */
export interface SheetRecords {
  customers: Customer;
  calls: Call;
  complaints: Complaint;
  qaAudits: QaAudit;
  training: TrainingResult;
  points: PointsEntry;
  settings: SettingRow;
  notes: Note;
}

/** Each schema's required column keys, found once: the test runs for every row of every sheet a report reads. */
const requiredKeys = new WeakMap<SheetSchema, readonly string[]>();
function requiredOf(schema: SheetSchema): readonly string[] {
  let keys = requiredKeys.get(schema);
  if (!keys) requiredKeys.set(schema, keys = schema.columns.filter((c) => c.required).map((c) => c.key));
  return keys;
}

/**
 * True when the row is a whole record of sheet `name`: the reader typed every cell by this schema (an enum to one of its
 * keys, a number to a number), so what is left to know is that every required column holds a value.
 */
export function isRecordOf<N extends SheetName>(name: N, schema: SheetSchema, values: Row): values is Row & SheetRecords[N] {
  return schema.name === name && fills(name, requiredOf(schema), values);
}

/** isRecordOf once the schema is known to be sheet `name`'s, with its required keys at hand. */
function fills<N extends SheetName>(_name: N, keys: readonly string[], values: Row): values is Row & SheetRecords[N] {
  for (let i = 0; i < keys.length; i++) if (values[keys[i]!] === undefined) return false;
  return true;
}

/** The rows of a sheet that are whole records, with their lines (a row whose required cell did not read has an issue instead). */
export function recordRowsOf<N extends SheetName>(read: SheetRead | undefined, name: N): { row: ReadRow; record: SheetRecords[N] }[] {
  const out: { row: ReadRow; record: SheetRecords[N] }[] = [];
  for (const row of read?.rows ?? []) if (read && isRecordOf(name, read.schema, row.values)) out.push({ row, record: row.values });
  return out;
}

/** The records of a sheet, in order (none when the sheet is absent): the rows' own values, no pair built per row. */
export function recordsOf<N extends SheetName>(read: SheetRead | undefined, name: N): SheetRecords[N][] {
  const out: SheetRecords[N][] = [];
  if (read?.schema.name !== name) return out;
  const keys = requiredOf(read.schema);
  // The required keys looked up once per sheet, not once per row.
  for (const { values } of read.rows) if (fills(name, keys, values)) out.push(values);
  // Kept as long as the report: a copy the exact size, not the up to half again as much room push leaves.
  return out.slice();
}
