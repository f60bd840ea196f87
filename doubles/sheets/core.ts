// What every class of the double shares: the call counter (by "Class.method"), the hook tests interleave with, and the time zone.

export type CallHook = (name: string) => void;

export interface Core {
  calls: Record<string, number>;
  /** Cells moved by range reads (getValues, getFormulas …) and writes (setValues, setNumberFormat …): the payload, not the calls. */
  cells: { read: number; written: number };
  timeZone: string;
  /** Called before each counted method runs; a test may run another user's work from here. */
  onCall?: CallHook;
}

export function count(core: Core, name: string): void {
  core.calls[name] = (core.calls[name] ?? 0) + 1;
  core.onCall?.(name);
}

/**
 * Wraps every public method of a class so each call is counted as `${label}.${method}`. Methods whose
 * name starts with _ are the double's own plumbing and are not counted.
 */
export function counted(cls: { prototype: object }, label: string): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    const fn = proto[name];
    if (name === 'constructor' || name.startsWith('_') || typeof fn !== 'function') continue;
    proto[name] = function (this: { _core: Core }, ...args: unknown[]) {
      count(this._core, `${label}.${name}`);
      return (fn as (...a: unknown[]) => unknown).apply(this, args);
    };
  }
}

/** Dates may come from a vm context (another realm), so instanceof Date is not enough. */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Spreadsheet-service classes: their calls are the ones a benchmark counts as spreadsheet calls. */
export const SPREADSHEET_CLASSES = new Set([
  'SpreadsheetApp', 'Spreadsheet', 'Sheet', 'Range', 'Protection', 'NamedRange',
]);

/** A call that changes the workbook (navigation such as activate or setActiveSheet is not one). */
export function isWrite(name: string): boolean {
  const [cls = '', method = ''] = name.split('.');
  if (!SPREADSHEET_CLASSES.has(cls)) return false;
  if (/^(setActive|activate)/.test(method)) return false;
  return /^(set|insert|append|clear|delete|remove|protect|copy|move|sort|hide|show|merge)/.test(method);
}
