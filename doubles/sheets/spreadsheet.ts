// The in-memory Spreadsheet, Sheet and Range of the double: values, formulas (stored, never evaluated), formats, validations, notes.
import { boxA1, parseA1, type Box } from './a1';
import { count, counted, isDate, type Core } from './core';
import { headerLiteral, moveRelativeRows, normaliseFormula, shiftReferences, spillOf, type RowMap, type Spill } from './formula-text';
import type { ConditionalFormatRuleDouble, DataValidationDouble } from './rules';
import { zonedDate } from './time-zone';

export interface Cell {
  value?: unknown;
  formula?: string;
  format?: string;
  validation?: DataValidationDouble;
  note?: string;
  background?: string;
}

const DEFAULT_ROWS = 1000;
const DEFAULT_COLUMNS = 26;
const DATE_TEXT = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const PERCENT_TEXT = /^([+-]?\d+(?:\.\d+)?)%$/;

/** What the spreadsheet makes of a typed string, as setValue does (USER_ENTERED): formulas, numbers, booleans, dates. */
export function enteredValue(input: unknown, format: string | undefined, timeZone: string): Cell {
  if (input === null || input === undefined || input === '') return {};
  if (isDate(input)) return { value: new Date(input.getTime()) };
  if (typeof input === 'number' || typeof input === 'boolean') return { value: input };
  const text = String(input);
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith('=') && text.length > 1) return { formula: normaliseFormula(text), value: '' };
  if (format === '@') return { value: text };
  if (NUMBER_TEXT.test(text.trim())) return { value: Number(text.trim()) };
  const percent = PERCENT_TEXT.exec(text.trim());
  if (percent) return { value: Number(percent[1]) / 100 };
  if (/^(true|false)$/i.test(text.trim())) return { value: text.trim().toLowerCase() === 'true' };
  const date = DATE_TEXT.exec(text.trim());
  if (date) {
    const [y, m, d, h = '0', min = '0', s = '0'] = date.slice(1).map((x) => x ?? undefined) as string[];
    return { value: zonedDate(+y!, +m!, +d!, +h, +min, +s, timeZone) };
  }
  return { value: text };
}

export class SheetModel {
  rows: (Cell | undefined)[][] = [];
  frozenRows = 0;
  hidden = false;
  /** Columns hidden by hideColumns (1-based). */
  hiddenColumns = new Set<number>();
  /** Results an evaluator left at the last flush, by "row,column" (formula cells and the cells they spill into). */
  computed = new Map<string, unknown>();
  protections: ProtectionDouble[] = [];
  rules: ConditionalFormatRuleDouble[] = [];
  constructor(public name: string, public id: number, public maxRows = DEFAULT_ROWS, public maxColumns = DEFAULT_COLUMNS) {}

  cell(row: number, column: number): Cell | undefined {
    return this.rows[row - 1]?.[column - 1];
  }

  edit(row: number, column: number): Cell {
    const r = (this.rows[row - 1] ??= []);
    return (r[column - 1] ??= {});
  }

  hasContent(c: Cell | undefined): boolean {
    return c !== undefined && ((c.value !== undefined && c.value !== '') || c.formula !== undefined);
  }

  /**
   * Every array formula's spill, by the column it fills. A spill onto a cell holding its own value is blocked,
   * as in Sheets: the formula shows #REF! ("Array result was not expanded because it would overwrite data").
   */
  spills(): { column: number; spill: Spill; blocked: boolean }[] {
    const out: { column: number; spill: Spill; blocked: boolean }[] = [];
    this.rows.forEach((row, r) => row?.forEach((c, i) => {
      const spill = c?.formula === undefined ? undefined : spillOf(c.formula, r + 1, this.maxRows);
      if (!spill) return;
      let blocked = false;
      for (let k = spill.firstRow + 1; k <= spill.lastRow && !blocked; k++) blocked = this.hasContent(this.cell(k, i + 1));
      out.push({ column: i + 1, spill, blocked });
    }));
    return out;
  }

  /** The last row a spill puts content in: a guarded spill stops at its guard column's last filled row. */
  spillLastRow(spill: Spill, blocked = false): number {
    if (blocked) return spill.firstRow;
    if (spill.guardColumn === undefined) return spill.lastRow;
    for (let r = spill.lastRow; r > spill.firstRow; r--) if (this.hasContent(this.cell(r, spill.guardColumn))) return r;
    return spill.firstRow;
  }

  lastRow(): number {
    let last = 0;
    for (let r = this.rows.length; r > 0; r--) if (this.rows[r - 1]?.some((c) => this.hasContent(c))) { last = r; break; }
    for (const { spill, blocked } of this.spills()) last = Math.max(last, this.spillLastRow(spill, blocked));
    return last;
  }

  lastColumn(): number {
    let last = 0;
    for (const row of this.rows) {
      if (!row) continue;
      for (let c = row.length; c > last; c--) if (this.hasContent(row[c - 1])) { last = c; break; }
    }
    for (const { column } of this.spills()) last = Math.max(last, column);
    return last;
  }

  /**
   * What getValues shows in a cell: an evaluated result where the last flush left one, a header-cell formula's title,
   * "" in a spill, else the cell's own value.
   */
  shownValue(row: number, column: number, spilled: ReadonlySet<string>): unknown {
    const key = `${row},${column}`;
    const c = this.cell(row, column);
    if (c?.formula !== undefined && this.spills().some((x) => x.blocked && x.column === column && x.spill.firstRow === row)) return '#REF!';
    if (this.computed.has(key) && (c?.formula !== undefined || spilled.has(key))) return this.computed.get(key);
    if (c?.formula !== undefined) return headerLiteral(c.formula) ?? c.value ?? '';
    return isDate(c?.value) ? new Date((c!.value as Date).getTime()) : (c?.value ?? '');
  }

  /** Cells some spill fills with content (not its own anchor), as "row,column". */
  spilledCells(box: Box): Set<string> {
    const out = new Set<string>();
    for (const { column, spill, blocked } of this.spills()) {
      if (blocked || column < box.column || column >= box.column + box.columns) continue;
      const last = this.spillLastRow(spill);
      for (let r = Math.max(spill.firstRow + 1, box.row); r <= Math.min(last, box.row + box.rows - 1); r++) out.add(`${r},${column}`);
    }
    return out;
  }
}

export class SpreadsheetModel {
  sheets: SheetModel[] = [];
  namedRanges = new Map<string, { sheet: SheetModel; box: Box }>();
  active?: SheetModel;
  activeBox?: Box;
  toasts: string[] = [];
  nextSheetId = 1;
  /** File → Settings → Calculation: a new spreadsheet recalculates on change. */
  recalculationInterval = 'ON_CHANGE';
  /** Run by SpreadsheetApp.flush(): a test may plug in a formula engine that fills SheetModel.computed. */
  evaluate?: (model: SpreadsheetModel) => void;
  constructor(public core: Core, public id: string, public name: string) {}

  /**
   * Rows of `sheet` moved (inserted, deleted): every formula in the workbook that refers to them, named
   * ranges, protections and conditional-format ranges follow, as in Sheets.
   */
  moveRows(sheet: SheetModel, map: RowMap): void {
    for (const s of this.sheets) {
      for (const row of s.rows) for (const c of row ?? []) {
        if (c?.formula !== undefined) c.formula = shiftReferences(c.formula, s.name, sheet.name, map);
      }
    }
    const moveBox = (box: Box): Box | undefined => {
      let from: number | undefined;
      let to: number | undefined;
      for (let r = box.row; r < box.row + box.rows && from === undefined; r++) from = map(r);
      for (let r = box.row + box.rows - 1; r >= box.row && to === undefined; r--) to = map(r);
      return from === undefined || to === undefined ? undefined : { ...box, row: from, rows: to - from + 1 };
    };
    for (const [name, n] of this.namedRanges) {
      if (n.sheet !== sheet) continue;
      const box = moveBox(n.box);
      if (box) n.box = box; else this.namedRanges.delete(name);
    }
    for (const p of sheet.protections) if (p._box) p._box = moveBox(p._box) ?? p._box;
    for (const rule of sheet.rules) {
      for (const range of rule._ranges) if (range._sheet === sheet) range._box = moveBox(range._box) ?? range._box;
    }
    sheet.computed.clear();
  }

  add(name: string, rows = DEFAULT_ROWS, columns = DEFAULT_COLUMNS): SheetModel {
    if (this.sheets.some((s) => s.name === name)) throw new Error(`Exception: A sheet with the name "${name}" already exists.`);
    const sheet = new SheetModel(name, this.nextSheetId++, rows, columns);
    this.sheets.push(sheet);
    this.active ??= sheet;
    return sheet;
  }
}

export class SpreadsheetDouble {
  constructor(public _core: Core, public _model: SpreadsheetModel) {}
  getId(): string { return this._model.id; }
  getName(): string { return this._model.name; }
  getUrl(): string { return `https://docs.google.com/spreadsheets/d/${this._model.id}/edit`; }
  getSpreadsheetTimeZone(): string { return this._core.timeZone; }
  getSpreadsheetLocale(): string { return 'zh_CN'; }
  getRecalculationInterval(): string { return this._model.recalculationInterval; }
  setRecalculationInterval(interval: string): SpreadsheetDouble { this._model.recalculationInterval = interval; return this; }
  getSheetByName(name: string): SheetDouble | null {
    const sheet = this._model.sheets.find((s) => s.name === name);
    return sheet ? new SheetDouble(this._core, this._model, sheet) : null;
  }
  getSheets(): SheetDouble[] { return this._model.sheets.map((s) => new SheetDouble(this._core, this._model, s)); }
  insertSheet(name?: string): SheetDouble {
    const sheet = this._model.add(name ?? `Sheet${this._model.sheets.length + 1}`);
    this._model.active = sheet;
    this._model.activeBox = undefined;
    return new SheetDouble(this._core, this._model, sheet);
  }
  /** As in Sheets, named ranges on a deleted sheet stay (broken, #REF!) until someone removes them. */
  deleteSheet(sheet: SheetDouble): void {
    if (this._model.sheets.length === 1) throw new Error('Exception: You can\'t remove all the sheets in a document.');
    const model = sheet._sheet;
    this._model.sheets = this._model.sheets.filter((s) => s !== model);
    if (this._model.active === model) { this._model.active = this._model.sheets[0]; this._model.activeBox = undefined; }
  }
  setActiveRange(range: RangeDouble): RangeDouble { return range.activate(); }
  setActiveSelection(range: RangeDouble | string): RangeDouble {
    return (typeof range === 'string' ? this.getRange(range) : range).activate();
  }
  getActiveSheet(): SheetDouble { return new SheetDouble(this._core, this._model, this._model.active ?? this._model.sheets[0]!); }
  setActiveSheet(sheet: SheetDouble): SheetDouble { this._model.active = sheet._sheet; return sheet; }
  getActiveRange(): RangeDouble | null {
    const sheet = this._model.active;
    return sheet && this._model.activeBox ? new RangeDouble(this._core, this._model, sheet, this._model.activeBox) : null;
  }
  getRange(a1: string): RangeDouble {
    const bang = a1.lastIndexOf('!');
    const sheetName = bang < 0 ? undefined : a1.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    const sheet = sheetName === undefined ? this._model.active : this._model.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`Exception: Range not found: ${a1}`);
    return new SheetDouble(this._core, this._model, sheet)._range(parseA1(a1.slice(bang + 1), sheet.maxRows, sheet.maxColumns));
  }
  setNamedRange(name: string, range: RangeDouble): void {
    this._model.namedRanges.set(name, { sheet: range._sheet, box: { ...range._box } });
  }
  getRangeByName(name: string): RangeDouble | null {
    const named = this._model.namedRanges.get(name);
    return named ? new RangeDouble(this._core, this._model, named.sheet, named.box) : null;
  }
  getNamedRanges(): NamedRangeDouble[] {
    return [...this._model.namedRanges.keys()].map((name) => new NamedRangeDouble(this._core, this._model, name));
  }
  removeNamedRange(name: string): void { this._model.namedRanges.delete(name); }
  toast(message: string): void { this._model.toasts.push(message); }
}
counted(SpreadsheetDouble, 'Spreadsheet');

export class NamedRangeDouble {
  constructor(public _core: Core, public _model: SpreadsheetModel, public _name: string) {}
  getName(): string { return this._name; }
  getRange(): RangeDouble {
    const named = this._model.namedRanges.get(this._name)!;
    return new RangeDouble(this._core, this._model, named.sheet, named.box);
  }
  setRange(range: RangeDouble): NamedRangeDouble {
    this._model.namedRanges.set(this._name, { sheet: range._sheet, box: { ...range._box } });
    return this;
  }
  remove(): void { this._model.namedRanges.delete(this._name); }
}
counted(NamedRangeDouble, 'NamedRange');

export class SheetDouble {
  constructor(public _core: Core, public _model: SpreadsheetModel, public _sheet: SheetModel) {}

  _range(box: Box): RangeDouble {
    const s = this._sheet;
    if (box.rows < 1) throw new Error('Exception: The number of rows in the range must be at least 1.');
    if (box.columns < 1) throw new Error('Exception: The number of columns in the range must be at least 1.');
    if (box.row < 1 || box.column < 1 || box.row + box.rows - 1 > s.maxRows || box.column + box.columns - 1 > s.maxColumns) {
      throw new Error('Exception: The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new RangeDouble(this._core, this._model, s, box);
  }

  getName(): string { return this._sheet.name; }
  setName(name: string): SheetDouble { this._sheet.name = name; return this; }
  getSheetId(): number { return this._sheet.id; }
  getIndex(): number { return this._model.sheets.indexOf(this._sheet) + 1; }
  getParent(): SpreadsheetDouble { return new SpreadsheetDouble(this._core, this._model); }
  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): RangeDouble {
    if (typeof a === 'string') return this._range(parseA1(a, this._sheet.maxRows, this._sheet.maxColumns));
    return this._range({ row: a, column: column!, rows: numRows ?? 1, columns: numColumns ?? 1 });
  }
  getDataRange(): RangeDouble {
    return this._range({ row: 1, column: 1, rows: Math.max(this._sheet.lastRow(), 1), columns: Math.max(this._sheet.lastColumn(), 1) });
  }
  getLastRow(): number { return this._sheet.lastRow(); }
  getLastColumn(): number { return this._sheet.lastColumn(); }
  getMaxRows(): number { return this._sheet.maxRows; }
  getMaxColumns(): number { return this._sheet.maxColumns; }
  insertRowsAfter(after: number, howMany: number): SheetDouble {
    if (after < this._sheet.rows.length) this._sheet.rows.splice(after, 0, ...Array.from({ length: howMany }, () => []));
    this._sheet.maxRows += howMany;
    this._model.moveRows(this._sheet, (r) => (r > after ? r + howMany : r));
    return this;
  }
  insertRowsBefore(before: number, howMany: number): SheetDouble { return this._insertRows(before - 1, howMany); }
  insertRowBefore(before: number): SheetDouble { return this._insertRows(before - 1, 1); }
  insertRowAfter(after: number): SheetDouble { return this._insertRows(after, 1); }
  _insertRows(after: number, howMany: number): SheetDouble {
    return SheetDouble.prototype.insertRowsAfter.call(this, after, howMany) as SheetDouble;
  }
  /** Removes rows: cells below move up with their formulas, validation and formats; references follow or become #REF!. */
  deleteRows(position: number, howMany: number): void {
    if (position < 1 || howMany < 1 || position + howMany - 1 > this._sheet.maxRows) throw new Error('Exception: Those rows are out of bounds.');
    if (howMany >= this._sheet.maxRows) throw new Error('Exception: Sorry, it is not possible to delete all non-frozen rows.');
    this._sheet.rows.splice(position - 1, howMany);
    this._sheet.maxRows -= howMany;
    const last = position + howMany - 1;
    this._model.moveRows(this._sheet, (r) => (r < position ? r : r > last ? r - howMany : undefined));
  }
  deleteRow(position: number): void { this.deleteRows(position, 1); }
  hideSheet(): SheetDouble { this._sheet.hidden = true; return this; }
  showSheet(): SheetDouble { this._sheet.hidden = false; return this; }
  isSheetHidden(): boolean { return this._sheet.hidden; }
  hideColumns(column: number, howMany = 1): void { for (let c = column; c < column + howMany; c++) this._sheet.hiddenColumns.add(c); }
  isColumnHiddenByUser(column: number): boolean { return this._sheet.hiddenColumns.has(column); }
  insertColumnsAfter(after: number, howMany: number): SheetDouble {
    for (const row of this._sheet.rows) if (row && row.length > after) row.splice(after, 0, ...new Array<Cell | undefined>(howMany));
    this._sheet.maxColumns += howMany;
    return this;
  }
  appendRow(values: unknown[]): SheetDouble {
    const row = this._sheet.lastRow() + 1;
    this._core.cells.written += values.length;
    if (row > this._sheet.maxRows) this._sheet.maxRows = row;
    if (values.length > this._sheet.maxColumns) this._sheet.maxColumns = values.length;
    values.forEach((v, i) => Object.assign(this._sheet.edit(row, i + 1), enteredValue(v, this._sheet.cell(row, i + 1)?.format, this._core.timeZone)));
    return this;
  }
  getFrozenRows(): number { return this._sheet.frozenRows; }
  setFrozenRows(rows: number): void { this._sheet.frozenRows = rows; }
  protect(): ProtectionDouble {
    const p = new ProtectionDouble(this._core, this._model, this._sheet, 'SHEET', undefined);
    this._sheet.protections.push(p);
    return p;
  }
  getProtections(type: string): ProtectionDouble[] { return this._sheet.protections.filter((p) => p._type === String(type)); }
  getConditionalFormatRules(): ConditionalFormatRuleDouble[] { return [...this._sheet.rules]; }
  setConditionalFormatRules(rules: ConditionalFormatRuleDouble[]): void { this._sheet.rules = [...rules]; }
  activate(): SheetDouble { this._model.active = this._sheet; return this; }
}
counted(SheetDouble, 'Sheet');

export class ProtectionDouble {
  _description = '';
  _warningOnly = false;
  constructor(public _core: Core, public _model: SpreadsheetModel, public _sheet: SheetModel, public _type: 'RANGE' | 'SHEET', public _box: Box | undefined) {}
  getProtectionType(): string { return this._type; }
  getDescription(): string { return this._description; }
  setDescription(text: string): ProtectionDouble { this._description = text; return this; }
  isWarningOnly(): boolean { return this._warningOnly; }
  setWarningOnly(on: boolean): ProtectionDouble { this._warningOnly = on; return this; }
  getRange(): RangeDouble {
    const box = this._box ?? { row: 1, column: 1, rows: this._sheet.maxRows, columns: this._sheet.maxColumns };
    return new RangeDouble(this._core, this._model, this._sheet, box);
  }
  setRange(range: RangeDouble): ProtectionDouble { this._box = { ...range._box }; return this; }
  canEdit(): boolean { return true; }
  remove(): void { this._sheet.protections = this._sheet.protections.filter((p) => p !== this); }
}
counted(ProtectionDouble, 'Protection');

type Grid<T> = T[][];

export class RangeDouble {
  constructor(public _core: Core, public _model: SpreadsheetModel, public _sheet: SheetModel, public _box: Box) {}

  _read<T>(pick: (c: Cell | undefined, row: number, column: number) => T): Grid<T> {
    const { row, column, rows, columns } = this._box;
    this._core.cells.read += rows * columns;
    const out: Grid<T> = [];
    for (let r = 0; r < rows; r++) {
      const line: T[] = [];
      const source = this._sheet.rows[row - 1 + r];
      for (let c = 0; c < columns; c++) line.push(pick(source?.[column - 1 + c], row + r, column + c));
      out.push(line);
    }
    return out;
  }

  _write<T>(grid: Grid<T>, put: (cell: Cell, value: T) => void): void {
    const { row, column, rows, columns } = this._box;
    if (!Array.isArray(grid) || grid.length !== rows) {
      throw new Error(`Exception: The number of rows in the data does not match the number of rows in the range. The data has ${grid?.length} but the range has ${rows}.`);
    }
    this._core.cells.written += rows * columns;
    grid.forEach((line, r) => {
      if (!Array.isArray(line) || line.length !== columns) {
        throw new Error(`Exception: The number of columns in the data does not match the number of columns in the range. The data has ${line?.length} but the range has ${columns}.`);
      }
      line.forEach((value, c) => put(this._sheet.edit(row + r, column + c), value));
    });
  }

  _fill<T>(value: T, put: (cell: Cell, value: T) => void): void {
    this._write(Array.from({ length: this._box.rows }, () => new Array<T>(this._box.columns).fill(value)), put);
  }

  _enter(cell: Cell, input: unknown): void {
    const entered = enteredValue(input, cell.format, this._core.timeZone);
    delete cell.value;
    delete cell.formula;
    Object.assign(cell, entered);
  }

  getSheet(): SheetDouble { return new SheetDouble(this._core, this._model, this._sheet); }
  getRow(): number { return this._box.row; }
  getColumn(): number { return this._box.column; }
  getLastRow(): number { return this._box.row + this._box.rows - 1; }
  getLastColumn(): number { return this._box.column + this._box.columns - 1; }
  getNumRows(): number { return this._box.rows; }
  getNumColumns(): number { return this._box.columns; }
  getA1Notation(): string { return boxA1(this._box); }
  activate(): RangeDouble { this._model.active = this._sheet; this._model.activeBox = { ...this._box }; return this; }

  _values(box: Box = this._box): Grid<unknown> {
    const spilled = this._sheet.spilledCells(box);
    return new RangeDouble(this._core, this._model, this._sheet, box)._read((_, r, c) => this._sheet.shownValue(r, c, spilled));
  }
  getValues(): Grid<unknown> { return this._values(); }
  /** One cell read (the top-left), counted as Range.getValue only. */
  getValue(): unknown { return this._values({ ...this._box, rows: 1, columns: 1 })[0]![0]; }
  getDisplayValues(): Grid<string> { return this._values().map((line) => line.map((v) => (v === undefined || v === null ? '' : String(v)))); }
  getFormulas(): Grid<string> { return this._read((c) => c?.formula ?? ''); }
  getFormula(): string { return this._cornerOf(this.getFormulas()); }
  getNumberFormats(): Grid<string> { return this._read((c) => c?.format ?? 'General'); }
  getNumberFormat(): string { return this._cornerOf(this.getNumberFormats()); }
  getDataValidations(): Grid<DataValidationDouble | null> { return this._read((c) => c?.validation ?? null); }
  getDataValidation(): DataValidationDouble | null { return this._cornerOf(this.getDataValidations()); }
  getNotes(): Grid<string> { return this._read((c) => c?.note ?? ''); }
  getNote(): string { return this._cornerOf(this.getNotes()); }
  getBackgrounds(): Grid<string> { return this._read((c) => c?.background ?? '#ffffff'); }
  getBackground(): string { return this._cornerOf(this.getBackgrounds()); }

  _cornerOf<T>(grid: Grid<T>): T { return grid[0]![0]!; }

  /**
   * Ctrl+arrow from the range's first cell, as Sheets documents getNextDataCell: the edge of the block of
   * filled cells (a formula's "" counts as filled), or the sheet's edge. Moves no cell contents.
   */
  getNextDataCell(direction: string): RangeDouble {
    const s = this._sheet;
    const [dr, dc] = ({ UP: [-1, 0], DOWN: [1, 0], PREVIOUS: [0, -1], NEXT: [0, 1] } as Record<string, [number, number]>)[String(direction)] ?? [0, 0];
    const spilled = s.spilledCells({ row: 1, column: this._box.column, rows: s.maxRows, columns: 1 });
    const filled = (r: number, c: number): boolean => s.hasContent(s.cell(r, c)) || spilled.has(`${r},${c}`);
    const inside = (r: number, c: number): boolean => r >= 1 && c >= 1 && r <= s.maxRows && c <= s.maxColumns;
    let r = this._box.row;
    let c = this._box.column;
    if (filled(r, c) && inside(r + dr, c + dc) && filled(r + dr, c + dc)) {
      while (inside(r + dr, c + dc) && filled(r + dr, c + dc)) { r += dr; c += dc; }
    } else {
      do { r += dr; c += dc; } while (inside(r, c) && !filled(r, c));
      if (!inside(r, c)) { r -= dr; c -= dc; }
    }
    return new RangeDouble(this._core, this._model, s, { row: r, column: c, rows: 1, columns: 1 });
  }

  setValues(values: Grid<unknown>): RangeDouble { this._write(values, (cell, v) => this._enter(cell, v)); return this; }
  setValue(value: unknown): RangeDouble { this._fill(value, (cell, v) => this._enter(cell, v)); return this; }
  setFormulas(formulas: Grid<string>): RangeDouble { this._write(formulas, (cell, f) => this._enter(cell, f)); return this; }
  setFormula(formula: string): RangeDouble { this._fill(formula, (cell, f) => this._enter(cell, f)); return this; }
  setNumberFormat(format: string): RangeDouble { this._fill(format, (cell, f) => { cell.format = f; }); return this; }
  setNumberFormats(formats: Grid<string>): RangeDouble { this._write(formats, (cell, f) => { cell.format = f; }); return this; }
  setDataValidation(rule: DataValidationDouble | null): RangeDouble {
    this._fill(rule, (cell, v) => { if (v) cell.validation = v; else delete cell.validation; });
    return this;
  }
  setDataValidations(rules: Grid<DataValidationDouble | null>): RangeDouble {
    this._write(rules, (cell, v) => { if (v) cell.validation = v; else delete cell.validation; });
    return this;
  }
  clearDataValidations(): RangeDouble { return this.setDataValidation(null); }
  setNote(note: string | null): RangeDouble { this._fill(note ?? '', (cell, n) => { if (n) cell.note = n; else delete cell.note; }); return this; }
  setNotes(notes: Grid<string | null>): RangeDouble { this._write(notes, (cell, n) => { if (n) cell.note = n; else delete cell.note; }); return this; }
  setBackground(color: string | null): RangeDouble { this._fill(color, (cell, b) => { if (b) cell.background = b; else delete cell.background; }); return this; }
  setBackgrounds(colors: Grid<string | null>): RangeDouble { this._write(colors, (cell, b) => { if (b) cell.background = b; else delete cell.background; }); return this; }
  clearContent(): RangeDouble { this._fill(undefined, (cell) => { delete cell.value; delete cell.formula; }); return this; }
  clearNote(): RangeDouble { return this.setNote(null); }
  /**
   * Sorts the range's rows by one or more columns (a number, {column, ascending}, or a list of them). Whole
   * cells move — value, formula, validation, format, note — and a moved formula's relative rows move with it.
   */
  sort(spec: unknown): RangeDouble {
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) => (typeof s === 'number' ? { column: s, ascending: true }
      : { column: Number((s as { column: number }).column), ascending: (s as { ascending?: boolean }).ascending !== false }));
    const { row, column, rows, columns } = this._box;
    const spilled = this._sheet.spilledCells(this._box);
    const lines = Array.from({ length: rows }, (_, i) => ({
      from: row + i,
      cells: Array.from({ length: columns }, (_, c) => this._sheet.cell(row + i, column + c)),
      keys: specs.map((s) => this._sheet.shownValue(row + i, s.column, spilled)),
    }));
    const rank = (v: unknown): [number, number | string] => (v === '' || v === null || v === undefined ? [3, 0]
      : typeof v === 'number' ? [0, v] : isDate(v) ? [0, (v as Date).getTime()] : typeof v === 'boolean' ? [2, Number(v)] : [1, String(v).toLowerCase()]);
    lines.sort((a, b) => {
      for (let k = 0; k < specs.length; k++) {
        const [ta, va] = rank(a.keys[k]);
        const [tb, vb] = rank(b.keys[k]);
        // Blanks go last whichever the direction, as in Sheets.
        if (ta !== tb) return ta === 3 || tb === 3 ? ta - tb : (ta - tb) * (specs[k]!.ascending ? 1 : -1);
        if (va !== vb) return (va < vb ? -1 : 1) * (specs[k]!.ascending ? 1 : -1);
      }
      return a.from - b.from;
    });
    this._core.cells.written += rows * columns;
    lines.forEach((line, i) => line.cells.forEach((cell, c) => {
      const target = (this._sheet.rows[row + i - 1] ??= []);
      const moved = cell ? { ...cell } : undefined;
      if (moved?.formula !== undefined) moved.formula = moveRelativeRows(moved.formula, row + i - line.from);
      target[column + c - 1] = moved;
    }));
    this._sheet.computed.clear();
    return this;
  }
  protect(): ProtectionDouble {
    const p = new ProtectionDouble(this._core, this._model, this._sheet, 'RANGE', { ...this._box });
    this._sheet.protections.push(p);
    return p;
  }
}
counted(RangeDouble, 'Range');

/** Reads a cell without counting a call: for assertions. */
export function peek(sheet: SheetModel, row: number, column: number): Cell | undefined {
  return sheet.cell(row, column);
}

export { count };
