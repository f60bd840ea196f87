// What the sidebars read: the dropdown choices, a customer search, and today's follow-up list.
import { CHANNEL, COMPLAINT_STAGE, matchEnum, PURPOSE, REACHED, SATISFACTION, TIER, type EnumValue } from '../../shared/enums';
import { CALLS, CUSTOMERS } from '../../shared/schema';
import { recordRowsOf, recordsOf } from '../../shared/sheet/records';
import { followUpsToday } from './follow-up-list';
import { getLanguage } from './language';
import type { Choice, CustomerMatch, FollowUpsToday, SidebarContext } from './rpc-contract';
import { isDate } from './sheet-cell';
import { activeSpreadsheet, clockOf, findSheet, readColumns, readSettingsSheet, readWorkbook } from './workbook';

const choices = (list: readonly EnumValue[]): Choice[] => list.map(({ key, zh, en }) => ({ key, zh, en }));

export const SEARCH_LIMIT = 20;

export function getSidebarContext(): SidebarContext {
  const ss = activeSpreadsheet();
  const clock = clockOf(ss);
  const { settings } = readSettingsSheet(ss, clock);
  const calls = findSheet(ss, CALLS);
  const agents = new Set<string>();
  for (const agent of calls ? readColumns(calls, CALLS, ['agent'])['agent']! : []) {
    if (typeof agent === 'string' && agent.trim() !== '') agents.add(agent.trim());
  }
  return {
    lang: getLanguage(),
    agents: [...agents].sort((a, b) => a.localeCompare(b)),
    channels: choices(CHANNEL),
    purposes: choices(PURPOSE),
    reachedValues: choices(REACHED),
    satisfactionValues: choices(SATISFACTION),
    complaintCategories: choices(settings.lists.complaintCategories),
    complaintStages: choices(COMPLAINT_STAGE),
    stages: choices(settings.lists.stages),
    today: clock.today,
  };
}

/** Name or phone containing the query (phones compared by digits), at most SEARCH_LIMIT, in sheet order. */
export function searchCustomers(query: string): CustomerMatch[] {
  const wanted = String(query ?? '').trim().toLowerCase();
  if (wanted === '') return [];
  const digits = wanted.replace(/\D/g, '');
  const sheet = findSheet(activeSpreadsheet(), CUSTOMERS);
  if (!sheet) return [];
  const columns = readColumns(sheet, CUSTOMERS, ['id', 'name', 'phone', 'tier']);
  const text = (key: string, i: number): string => {
    const value = columns[key]![i];
    return value === undefined || value === null || isDate(value) ? '' : String(value).trim();
  };
  const found: CustomerMatch[] = [];
  for (let i = 0; i < columns['id']!.length && found.length < SEARCH_LIMIT; i++) {
    const id = text('id', i);
    if (id === '') continue;
    const name = text('name', i);
    const phone = text('phone', i);
    const hit = name.toLowerCase().includes(wanted) || id.toLowerCase() === wanted
      || (digits.length >= 3 && phone.replace(/\D/g, '').includes(digits));
    if (!hit) continue;
    const tier = matchEnum(TIER, text('tier', i));
    found.push(tier ? { id, name, phone, tier } : { id, name, phone });
  }
  return found;
}

export function todaysFollowUps(): FollowUpsToday {
  const workbook = readWorkbook(activeSpreadsheet(), ['customers', 'calls', 'complaints']);
  const customers = recordRowsOf(workbook.sheets.customers?.read, 'customers').map(({ row, record }) => ({ customer: record, sheetRow: row.line }));
  const calls = recordsOf(workbook.sheets.calls?.read, 'calls');
  const complaints = recordsOf(workbook.sheets.complaints?.read, 'complaints');
  return followUpsToday(customers, calls, workbook.settings, workbook.clock.today, getLanguage(), complaints);
}
