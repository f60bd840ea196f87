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

/**
 * True when the row is a whole record of sheet `name`: the reader typed every cell by this schema (an enum to one of its
 * keys, a number to a number), so what is left to know is that every required column holds a value.
 */
export function isRecordOf<N extends SheetName>(name: N, schema: SheetSchema, values: Row): values is Row & SheetRecords[N] {
  if (schema.name !== name) return false;
  for (const column of schema.columns) if (column.required && values[column.key] === undefined) return false;
  return true;
}

/** The rows of a sheet that are whole records, with their lines (a row whose required cell did not read has an issue instead). */
export function recordRowsOf<N extends SheetName>(read: SheetRead | undefined, name: N): { row: ReadRow; record: SheetRecords[N] }[] {
  const out: { row: ReadRow; record: SheetRecords[N] }[] = [];
  for (const row of read?.rows ?? []) if (read && isRecordOf(name, read.schema, row.values)) out.push({ row, record: row.values });
  return out;
}

/** The records of a sheet, in order (none when the sheet is absent). */
export function recordsOf<N extends SheetName>(read: SheetRead | undefined, name: N): SheetRecords[N][] {
  return recordRowsOf(read, name).map((r) => r.record);
}
