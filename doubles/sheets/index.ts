// ONE in-memory double of the Apps Script services the add-on uses; counts every call by "Class.method" and needs no Google account.
import { isDate, isWrite, SPREADSHEET_CLASSES, type CallHook, type Core } from './core';
import { enteredValue, type Cell, type SheetModel, SpreadsheetModel } from './spreadsheet';
import {
  LockServiceDouble, PropertiesServiceDouble, SCRIPT_APP, SessionDouble, SpreadsheetAppDouble, UtilitiesDouble,
  type LockState, type PropertyStores,
} from './services';
import { HtmlServiceDouble, type UiLog } from './ui';

export { isWrite } from './core';
export type { Cell } from './spreadsheet';
export type { MenuItem, MenuRecord, Shown, UiLog } from './ui';

export interface DoubleOptions {
  /** The spreadsheet's time zone (getSpreadsheetTimeZone; dates typed as text are read in it). */
  timeZone?: string;
  /** Where createHtmlOutputFromFile finds name.html (the built addon/dist). */
  htmlDir?: string;
}

export interface ExecutionOptions {
  user?: string;
  /** getDocumentLock() gives null, as it does outside a document. */
  noDocumentLock?: boolean;
  /** getDocumentProperties() gives null. */
  noDocumentProperties?: boolean;
}

export class SpreadsheetServicesDouble {
  readonly core: Core;
  readonly model: SpreadsheetModel;
  readonly ui: UiLog = { menus: [], shown: [], alerts: [], promptAnswers: [] };
  readonly properties: PropertyStores = { document: new Map(), script: new Map(), user: new Map() };
  readonly lock: LockState = {};
  htmlDir?: string;

  constructor(options: DoubleOptions = {}) {
    this.core = { calls: {}, cells: { read: 0, written: 0 }, timeZone: options.timeZone ?? 'Asia/Shanghai' };
    this.model = new SpreadsheetModel(this.core, 'double-spreadsheet-id', 'Kefu');
    this.htmlDir = options.htmlDir;
  }

  /** Calls so far by "Class.method", e.g. calls['Range.getValues']. */
  get calls(): Record<string, number> { return this.core.calls; }

  set onCall(hook: CallHook | undefined) { this.core.onCall = hook; }

  resetCalls(): void {
    for (const key of Object.keys(this.core.calls)) delete this.core.calls[key];
    this.core.cells.read = 0;
    this.core.cells.written = 0;
  }

  /** Cells read and written since the last resetCalls. */
  get cells(): { read: number; written: number } { return { ...this.core.cells }; }

  /** A formula engine run at every SpreadsheetApp.flush(): it fills each sheet's `computed` results. */
  set evaluate(engine: ((model: SpreadsheetModel) => void) | undefined) { this.model.evaluate = engine; }

  /** Calls to the spreadsheet service (SpreadsheetApp, Spreadsheet, Sheet, Range, Protection, NamedRange). */
  spreadsheetCalls(): number {
    return Object.entries(this.core.calls).filter(([k]) => SPREADSHEET_CLASSES.has(k.split('.')[0]!)).reduce((n, [, v]) => n + v, 0);
  }

  /** Calls that changed the workbook, by name. */
  writeCalls(): Record<string, number> {
    return Object.fromEntries(Object.entries(this.core.calls).filter(([k]) => isWrite(k)));
  }

  /** One execution's globals (one user's run of the script): the services a vm context or globalThis gets. */
  globals(options: ExecutionOptions = {}): Record<string, unknown> {
    const owner = {};
    const user = options.user ?? 'agent@example.com';
    return {
      SpreadsheetApp: new SpreadsheetAppDouble(this.core, this.model, this.ui),
      LockService: new LockServiceDouble(this.core, this.lock, owner, !options.noDocumentLock),
      PropertiesService: new PropertiesServiceDouble(this.core, this.properties, user, !options.noDocumentProperties),
      HtmlService: new HtmlServiceDouble(this.core, this.htmlDir),
      Utilities: new UtilitiesDouble(this.core),
      Session: new SessionDouble(this.core, user),
      ScriptApp: SCRIPT_APP,
      Logger: { log: () => undefined },
    };
  }

  // ---- set-up and inspection for tests: these do not count as calls ----

  sheet(name: string): SheetModel | undefined {
    return this.model.sheets.find((s) => s.name === name);
  }

  /** A sheet filled with rows as a person would type them (strings are read as the spreadsheet reads typed text). */
  addSheet(name: string, rows: readonly (readonly unknown[])[] = [], size?: { rows?: number; columns?: number }): SheetModel {
    const width = Math.max(26, ...rows.map((r) => r.length));
    const sheet = this.model.add(name, Math.max(size?.rows ?? 1000, rows.length), Math.max(size?.columns ?? 26, width));
    rows.forEach((row, r) => row.forEach((value, c) => {
      const entered = enteredValue(value, undefined, this.core.timeZone);
      if (entered.value !== undefined || entered.formula !== undefined) Object.assign(sheet.edit(r + 1, c + 1), entered);
    }));
    return sheet;
  }

  /** The values of a sheet up to its last row and column (formulas as their text), Dates as they are. */
  values(name: string): unknown[][] {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}`);
    const rows = sheet.lastRow();
    const columns = sheet.lastColumn();
    return Array.from({ length: rows }, (_, r) => Array.from({ length: columns }, (_, c) => {
      const cell = sheet.cell(r + 1, c + 1);
      return cell?.formula ?? cell?.value ?? '';
    }));
  }

  cell(name: string, row: number, column: number): Cell | undefined {
    return this.sheet(name)?.cell(row, column);
  }

  /** Everything a spreadsheet holds, as plain data: two snapshots are equal exactly when the workbooks are. */
  snapshot(): unknown {
    // Validations are shared by whole columns: listed once, and cells name them by number.
    const validations: unknown[] = [];
    const validationIds = new Map<object, number>();
    const validationId = (v: NonNullable<Cell['validation']>): number => {
      let id = validationIds.get(v);
      if (id === undefined) {
        id = validations.push({ type: v._type, values: v._values, allowInvalid: v._allowInvalid, help: v._help }) - 1;
        validationIds.set(v, id);
      }
      return id;
    };
    const cellData = (c: Cell): unknown[] => [
      isDate(c.value) ? { date: c.value.toISOString() } : c.value, c.formula, c.format,
      c.validation ? validationId(c.validation) : undefined, c.note, c.background,
    ];
    const sheets = this.model.sheets.map((s) => ({
      name: s.name, maxRows: s.maxRows, maxColumns: s.maxColumns, frozenRows: s.frozenRows, hidden: s.hidden,
      cells: s.rows.flatMap((row, r) => (row ?? []).flatMap((c, i) => (c && Object.keys(c).length > 0 ? [[r + 1, i + 1, ...cellData(c)]] : []))),
      protections: s.protections.map((p) => ({ type: p._type, box: p._box, description: p._description, warningOnly: p._warningOnly })),
      rules: s.rules.map((r) => ({
        condition: [r._condition._type, r._condition._values, r._condition._background],
        ranges: r._ranges.map((x) => ({ sheet: x._sheet.name, box: x._box })),
      })),
    }));
    return {
      sheets,
      validations,
      namedRanges: [...this.model.namedRanges].map(([name, n]) => ({ name, sheet: n.sheet.name, box: n.box })).sort((a, b) => (a.name < b.name ? -1 : 1)),
      documentProperties: Object.fromEntries(this.properties.document),
    };
  }
}

export function createDouble(options: DoubleOptions = {}): SpreadsheetServicesDouble {
  return new SpreadsheetServicesDouble(options);
}
