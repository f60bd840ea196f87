// CSV text, fed in chunks of any size → records as grid rows at their physical lines, with quote and bad-byte problems attached.
import Papa from 'papaparse';
import { issueAt, type Issue } from '../issue';
import type { SourceRow } from '../sheet/grid';
import { badByteIssues, type BadBytes } from './bad-bytes';
import { guessLineBreak } from './line-break';

const DELIMITERS = [',', '\t', ';'] as const;

/** The delimiter used most, outside quotes, on the first non-blank line; a comma when none is. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let seen = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (seen) break;
    } else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
    if (c.trim() !== '' && !counts.has(c)) seen = true;
  }
  let best = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/** True once text holds its first non-blank line's end and one character more (a CR's LF): delimiter and line break are then known. */
function holdsFirstLine(text: string): boolean {
  let quoted = false;
  let seen = false;
  for (let i = 0; i < text.length - 1; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) {
      if (seen) return true;
    } else if (c.trim() !== '') seen = true;
  }
  return false;
}

/**
 * Counts the line breaks in text[from, to) — CRLF, LF and a lone CR each end one physical line — for ranges that follow
 * one another through one text: it jumps from break to break with indexOf, keeping the next LF and CR found, so the text
 * is scanned once however many records it holds.
 */
function lineBreakCounter(text: string): (from: number, to: number) => number {
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  return (from, to) => {
    let n = 0;
    while (lf !== -1 && lf < to) {
      if (lf >= from) n++;
      lf = text.indexOf('\n', lf + 1);
    }
    while (cr !== -1 && cr < to) {
      if (cr >= from && text.charCodeAt(cr + 1) !== 10) n++;
      cr = text.indexOf('\r', cr + 1);
    }
    return n;
  };
}

export interface CsvRecords {
  /** More text; a record cut by the chunk's end waits for the next push. */
  push(text: string): void;
  /** No more text: the last record, even without a line break. */
  end(): void;
}

/** Papa guesses the line break from the first megabyte; so does this, before the first record is parsed (tests pass less). */
const FIRST_CHUNK = 1024 * 1024;

function badQuotes(file: string, line: number): Issue {
  return issueAt({ file, line, column: 0 }, 'bad-quotes',
    'A quote mark (") on this row is not closed properly, so the values after it run together. Check the quotes on this row.',
    '这一行的引号（"）没有正确闭合，后面的内容被连在了一起。请检查这一行的引号。');
}

/**
 * badBytes: where the text holds U+FFFD for bytes that were not UTF-8, as indexes into the whole text fed (a leading BOM
 * counted), in order. A leading BOM is dropped. Records come out through onRow as papaparse finds them: nothing is kept.
 */
export function createCsvRecords(file: string, onRow: (row: SourceRow) => void, badBytes: readonly BadBytes[] = [],
  firstChunk = FIRST_CHUNK): CsvRecords {
  let waiting = '';
  let started = false;
  let bom = 0;
  let parser: Papa.Parser | undefined;
  /** The unparsed tail of the text and where it starts in the whole (BOM-less) text. */
  let partial = '';
  let base = 0;
  let aggregate = '';
  let aggregateBase = 0;
  let lineBreaks = lineBreakCounter('');
  let start = 0;
  let line = 1;
  let nextBad = 0;

  const onRecord = (fields: string[], end: number, quotesBroken: boolean): void => {
    const from = start - aggregateBase;
    const to = end - aggregateBase;
    let bad: BadBytes[] | undefined;
    while (nextBad < badBytes.length && badBytes[nextBad]!.index - bom < end) {
      const b = badBytes[nextBad++]!;
      (bad ??= []).push({ index: b.index - bom - aggregateBase, bytes: b.bytes });
    }
    const recordLine = line;
    const row: SourceRow = { line: recordLine, cells: fields };
    if (quotesBroken) row.issues = [badQuotes(file, recordLine)];
    if (bad) {
      const [text, found] = [aggregate, bad];
      row.unreadable = (label) => badByteIssues(text, { line: recordLine, start: from, fields }, found, file, label);
    }
    line += lineBreaks(from, to);
    start = end;
    onRow(row);
  };

  const parse = (text: string, last: boolean): void => {
    aggregate = partial + text;
    aggregateBase = base;
    lineBreaks = lineBreakCounter(aggregate);
    const result = parser!.parse(aggregate, base, !last) as Papa.ParseResult<string[]>;
    if (last) return;
    const cursor = result.meta.cursor;
    partial = aggregate.slice(cursor - base);
    base = cursor;
  };

  /** The first text, held until the first line is whole: delimiter and line break are told from it, then parsing starts. */
  const begin = (text: string, last: boolean): void => {
    started = true;
    bom = text.startsWith('\uFEFF') ? 1 : 0;
    const body = bom ? text.slice(1) : text;
    const delimiter = detectDelimiter(body);
    // A CR at the very end of the text seen so far cannot tell CRLF from CR: papaparse's guess is made without it.
    const first = body.slice(0, FIRST_CHUNK);
    const guessFrom = first.endsWith('\r') ? first.slice(0, -1) : first;
    parser = new Papa.Parser({
      delimiter,
      newline: guessLineBreak(guessFrom),
      step(result: Papa.ParseStepResult<string[][]>) {
        const errors = result.errors;
        onRecord(result.data[0] ?? [], result.meta.cursor, errors.length > 0 && errors.some((e) => e.type === 'Quotes'));
      },
    });
    parse(body, last);
  };

  return {
    push(text) {
      if (started) return parse(text, false);
      waiting += text;
      if (waiting.length >= firstChunk && holdsFirstLine(waiting)) {
        const first = waiting;
        waiting = '';
        begin(first, false);
      }
    },
    end() {
      if (started) return parse('', true);
      const first = waiting;
      waiting = '';
      begin(first, true);
    },
  };
}
