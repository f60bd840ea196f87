// The other Apps Script services the add-on touches: SpreadsheetApp, LockService, PropertiesService, Utilities, Session, ScriptApp.
import { counted, isDate, type Core } from './core';
import { ConditionalFormatRuleBuilderDouble, DataValidationBuilderDouble } from './rules';
import { SpreadsheetDouble, type SpreadsheetModel } from './spreadsheet';
import { formatDate } from './time-zone';
import { UiDouble, type UiLog } from './ui';

export class SpreadsheetAppDouble {
  ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' };
  DataValidationCriteria = {
    VALUE_IN_LIST: 'VALUE_IN_LIST', DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE', CHECKBOX: 'CHECKBOX',
    CUSTOM_FORMULA: 'CUSTOM_FORMULA', NUMBER_BETWEEN: 'NUMBER_BETWEEN', NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  };
  BooleanCriteria = { CUSTOM_FORMULA: 'CUSTOM_FORMULA' };
  RecalculationInterval = { ON_CHANGE: 'ON_CHANGE', MINUTE: 'MINUTE', HOUR: 'HOUR' };
  Direction = { UP: 'UP', DOWN: 'DOWN', PREVIOUS: 'PREVIOUS', NEXT: 'NEXT' };
  constructor(public _core: Core, public _model: SpreadsheetModel, public _ui: UiLog) {}
  getActive(): SpreadsheetDouble { return new SpreadsheetDouble(this._core, this._model); }
  getActiveSpreadsheet(): SpreadsheetDouble { return new SpreadsheetDouble(this._core, this._model); }
  getActiveSheet(): unknown { return new SpreadsheetDouble(this._core, this._model).getActiveSheet(); }
  getUi(): UiDouble { return new UiDouble(this._core, this._ui); }
  newDataValidation(): DataValidationBuilderDouble { return new DataValidationBuilderDouble(this._core); }
  newConditionalFormatRule(): ConditionalFormatRuleBuilderDouble { return new ConditionalFormatRuleBuilderDouble(this._core); }
  flush(): void { this._model.evaluate?.(this._model); }
}
counted(SpreadsheetAppDouble, 'SpreadsheetApp');

export class PropertiesDouble {
  constructor(public _core: Core, public _store: Map<string, string>, public _label: string) {}
  getProperty(key: string): string | null { return this._store.get(key) ?? null; }
  /** Apps Script quotas: 9 KB per value (UTF-8 bytes), 500 KB per store. */
  _check(key: string, value: unknown): void {
    if (Buffer.byteLength(String(value), 'utf8') > 9 * 1024) throw new Error('Exception: Argument too large: value');
    let total = 0;
    for (const [k, v] of this._store) if (k !== key) total += Buffer.byteLength(k + v, 'utf8');
    if (total + Buffer.byteLength(key + String(value), 'utf8') > 500 * 1024) throw new Error('Exception: You have exceeded the property storage quota.');
  }
  setProperty(key: string, value: string): PropertiesDouble {
    this._check(key, value);
    this._store.set(key, String(value));
    return this;
  }
  deleteProperty(key: string): PropertiesDouble { this._store.delete(key); return this; }
  getProperties(): Record<string, string> { return Object.fromEntries(this._store); }
  setProperties(properties: Record<string, string>): PropertiesDouble {
    for (const [k, v] of Object.entries(properties)) this._check(k, v);
    for (const [k, v] of Object.entries(properties)) this._store.set(k, String(v));
    return this;
  }
  getKeys(): string[] { return [...this._store.keys()]; }
  deleteAllProperties(): PropertiesDouble { this._store.clear(); return this; }
}
counted(PropertiesDouble, 'Properties');

export interface PropertyStores {
  document: Map<string, string>;
  script: Map<string, string>;
  user: Map<string, Map<string, string>>;
}

export class PropertiesServiceDouble {
  constructor(public _core: Core, public _stores: PropertyStores, public _user: string, public _document: boolean) {}
  getDocumentProperties(): PropertiesDouble | null {
    return this._document ? new PropertiesDouble(this._core, this._stores.document, 'document') : null;
  }
  getScriptProperties(): PropertiesDouble { return new PropertiesDouble(this._core, this._stores.script, 'script'); }
  getUserProperties(): PropertiesDouble {
    let store = this._stores.user.get(this._user);
    if (!store) this._stores.user.set(this._user, (store = new Map()));
    return new PropertiesDouble(this._core, store, 'user');
  }
}
counted(PropertiesServiceDouble, 'PropertiesService');

/** Who holds the document lock: one execution (a vm context's globals) at a time. */
export interface LockState { holder?: object }

export class LockDouble {
  constructor(public _core: Core, public _state: LockState, public _owner: object) {}
  tryLock(_timeoutMs: number): boolean {
    if (this._state.holder && this._state.holder !== this._owner) return false;
    this._state.holder = this._owner;
    return true;
  }
  waitLock(timeoutMs: number): void {
    // A single-threaded test cannot wait for another execution, so a held lock times out at once.
    if (!this.tryLock(timeoutMs)) throw new Error('Exception: Lock timeout: another process was holding the lock for too long.');
  }
  hasLock(): boolean { return this._state.holder === this._owner; }
  releaseLock(): void { if (this._state.holder === this._owner) this._state.holder = undefined; }
}
counted(LockDouble, 'Lock');

export class LockServiceDouble {
  constructor(public _core: Core, public _state: LockState, public _owner: object, public _available: boolean) {}
  getDocumentLock(): LockDouble | null { return this._available ? new LockDouble(this._core, this._state, this._owner) : null; }
  getScriptLock(): LockDouble { return new LockDouble(this._core, this._state, this._owner); }
  getUserLock(): LockDouble { return new LockDouble(this._core, { holder: undefined }, this._owner); }
}
counted(LockServiceDouble, 'LockService');

function bytesOf(data: unknown): Buffer {
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (Array.isArray(data)) return Buffer.from(data.map((b) => Number(b) & 0xff));
  return Buffer.from(String(data), 'utf8');
}

export class BlobDouble {
  constructor(public _core: Core, public _bytes: Buffer, public _type: string | undefined, public _name: string | undefined) {}
  getDataAsString(): string { return this._bytes.toString('utf8'); }
  getBytes(): number[] { return [...this._bytes].map((b) => (b > 127 ? b - 256 : b)); }
  getContentType(): string | null { return this._type ?? null; }
  getName(): string | null { return this._name ?? null; }
  setName(name: string): BlobDouble { this._name = name; return this; }
}
counted(BlobDouble, 'Blob');

export class UtilitiesDouble {
  Charset = { UTF_8: 'UTF_8', US_ASCII: 'US_ASCII' };
  constructor(public _core: Core) {}
  base64Encode(data: unknown, _charset?: string): string { return bytesOf(data).toString('base64'); }
  base64Decode(text: string): number[] { return [...Buffer.from(text, 'base64')].map((b) => (b > 127 ? b - 256 : b)); }
  newBlob(data: unknown, contentType?: string, name?: string): BlobDouble { return new BlobDouble(this._core, bytesOf(data), contentType, name); }
  formatDate(date: Date, timeZone: string, pattern: string): string {
    if (!isDate(date)) throw new Error('Exception: Invalid argument: date');
    return formatDate(date, timeZone, pattern);
  }
  sleep(_ms: number): void {}
  getUuid(): string { return '00000000-0000-4000-8000-000000000000'; }
}
counted(UtilitiesDouble, 'Utilities');

export class SessionDouble {
  constructor(public _core: Core, public _user: string) {}
  getScriptTimeZone(): string { return 'Asia/Shanghai'; }
  getActiveUserLocale(): string { return 'zh_CN'; }
  getActiveUser(): { getEmail(): string } { return { getEmail: () => this._user }; }
  getEffectiveUser(): { getEmail(): string } { return { getEmail: () => this._user }; }
  getTemporaryActiveUserKey(): string { return `key-${this._user}`; }
}
counted(SessionDouble, 'Session');

export const SCRIPT_APP = {
  AuthMode: { NONE: 'NONE', LIMITED: 'LIMITED', FULL: 'FULL', CUSTOM_FUNCTION: 'CUSTOM_FUNCTION' },
};
