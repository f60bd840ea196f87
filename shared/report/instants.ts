// Epoch ms of the reader's ISO dates and date-times by their digits, as dates.ts's toEpochMs reads them: a register turns every time cell into one.
import { toEpochMs } from '../dates';
import { dayNumber } from './day-spans';

const DAY_MS = 86_400_000;

/** The char code of a digit as its value, or -1. */
function digit(iso: string, at: number): number {
  const code = iso.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : -1;
}

/** Two digits at a fixed offset as a number, or -1. */
function twoDigits(iso: string, at: number): number {
  const tens = digit(iso, at);
  const ones = digit(iso, at + 1);
  return tens < 0 || ones < 0 ? -1 : tens * 10 + ones;
}

/**
 * toEpochMs without a Date and four slices: "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SS" with months 1–12 and years from 100
 * (Date.UTC reads years 0–99 as 19xx) are counted here; any other text goes to toEpochMs itself, so the two always agree.
 */
export function epochMsOf(iso: string): number {
  const short = iso.length === 10;
  if (!short && iso.length !== 19) return toEpochMs(iso);
  const century = twoDigits(iso, 0);
  const year = twoDigits(iso, 2);
  const month = twoDigits(iso, 5);
  const day = twoDigits(iso, 8);
  if (century < 1 || year < 0 || month < 1 || month > 12 || day < 0 || iso.charCodeAt(4) !== 45 || iso.charCodeAt(7) !== 45) return toEpochMs(iso);
  if (short) return dayNumber(iso) * DAY_MS;
  const hours = twoDigits(iso, 11);
  const minutes = twoDigits(iso, 14);
  const seconds = twoDigits(iso, 17);
  if (hours < 0 || minutes < 0 || seconds < 0 || iso.charCodeAt(10) !== 84 || iso.charCodeAt(13) !== 58 || iso.charCodeAt(16) !== 58) return toEpochMs(iso);
  // Date.UTC adds days, hours, minutes and seconds linearly (31 April is 1 May, 25:00 the next day): so does this.
  return dayNumber(iso) * DAY_MS + ((hours * 60 + minutes) * 60 + seconds) * 1000;
}
