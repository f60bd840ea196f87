// The functions a live formula may call inside ARRAYFORMULA, each with how Google Sheets treats it there and where that is known from.

/** element-wise: evaluated once per row of an array argument; array: takes and gives whole arrays; scalar: one value, never given a range. */
export type ArrayUse = 'element-wise' | 'array' | 'scalar';

interface ArraySafe { use: ArrayUse; source: string }

const DOC = 'https://support.google.com/docs/answer/3093275 (ARRAYFORMULA: "the use of non-array functions with arrays")';
const STACK = '/work/shared/stack.md, "Sheets array semantics" (verified on this project\'s machines)';
const SO = 'https://stackoverflow.com/questions/62661367 (functions that always return an array: FILTER, SEQUENCE …)';
const MATCH_DOC = 'https://support.google.com/docs/answer/3093378 (MATCH: "1 … assume that the range is sorted in ascending order and return the largest value less than or equal to search_key")';
const VLOOKUP_DOC = 'https://support.google.com/docs/answer/3093318 (VLOOKUP is_sorted TRUE: "the nearest match (less than or equal to the search key)"); an array of search keys gives one result per key, the usual ARRAYFORMULA(VLOOKUP(A2:A, …)) pattern';

export const ARRAY_SAFE: Readonly<Record<string, ArraySafe>> = {
  ARRAYFORMULA: { use: 'array', source: DOC },
  IF: { use: 'element-wise', source: `${DOC}; its own sample ARRAYFORMULA(SUM(IF(A1:A10>5, A1:A10, 0)))` },
  IFERROR: { use: 'element-wise', source: DOC },
  COUNTIF: { use: 'element-wise', source: `${STACK}: COUNTIF expands row by row over an array criterion` },
  COUNTIFS: { use: 'element-wise', source: `${STACK}: COUNTIFS expands; SUMIFS/AVERAGEIFS/MAXIFS/MINIFS do not` },
  SUMIF: { use: 'element-wise', source: `${STACK}: SUMIF expands; SUMIF(A2:A&"@"&B2:B, …) is the two-key pattern` },
  MATCH: { use: 'element-wise', source: `${DOC}; a search-key array gives one position per key; ${MATCH_DOC}` },
  VLOOKUP: { use: 'element-wise', source: VLOOKUP_DOC },
  SORT: { use: 'array', source: 'https://support.google.com/docs/answer/3093150 (SORT: "Sorts the rows of a given array or range by the values in one or more columns")' },
  UNIQUE: { use: 'array', source: 'https://support.google.com/docs/answer/10522653 (UNIQUE: "Returns unique rows in the provided source range, discarding duplicates"); on numbers it compares values exactly' },
  UPPER: { use: 'element-wise', source: DOC },
  TRIM: { use: 'element-wise', source: DOC },
  MOD: { use: 'element-wise', source: DOC },
  ISNUMBER: { use: 'element-wise', source: DOC },
  ISLOGICAL: { use: 'element-wise', source: DOC },
  INT: { use: 'element-wise', source: DOC },
  ROUND: { use: 'element-wise', source: DOC },
  EOMONTH: { use: 'element-wise', source: DOC },
  LOWER: { use: 'element-wise', source: DOC },
  SUBSTITUTE: { use: 'element-wise', source: DOC },
  SEARCH: { use: 'element-wise', source: DOC },
  FIND: { use: 'element-wise', source: DOC },
  FILTER: { use: 'array', source: SO },
  SEQUENCE: { use: 'array', source: `${SO}; sized SEQUENCE(ROWS(range)), never by a literal` },
  ROWS: { use: 'scalar', source: 'one number: the rows of the range it is given (it may be given a range)' },
  MAX: { use: 'scalar', source: 'an aggregate: it collapses an array to one value, so it is only given single values' },
  TODAY: { use: 'scalar', source: 'volatile, one value; never in a formula that counts or looks up over a whole column' },
  NOW: { use: 'scalar', source: 'volatile, one value; never in a formula that counts or looks up over a whole column' },
  FALSE: { use: 'scalar', source: 'a constant (the logical FALSE)' },
  TRUE: { use: 'scalar', source: 'a constant (the logical TRUE)' },
  CHAR: { use: 'scalar', source: 'a constant character (CHAR(10) is a line break)' },
};

/** Functions Sheets does not expand row by row inside ARRAYFORMULA (HyperFormula does, so parity alone would not catch them). */
export const NOT_ARRAY_SAFE = ['SUMIFS', 'AVERAGEIFS', 'MAXIFS', 'MINIFS', 'AND', 'OR', 'SUM', 'MIN', 'AVERAGE', 'CONCATENATE', 'TEXTJOIN'] as const;

export const VOLATILE = ['TODAY', 'NOW', 'RAND', 'RANDBETWEEN', 'RANDARRAY'] as const;

/** Functions that go over a whole column (count, sum, search, sort, filter): never in the same formula as a volatile one. */
export const WHOLE_COLUMN_WORK = ['COUNTIF', 'COUNTIFS', 'SUMIF', 'MATCH', 'VLOOKUP', 'SORT', 'FILTER'] as const;

/** One function call found in a formula: its name, its arguments' text and the calls it sits inside (outermost first). */
export interface FunctionCall {
  name: string;
  args: string[];
  within: string[];
}

/** Every function call of a formula, string literals skipped; arguments split at the call's own commas and semicolons. */
export function functionCalls(formula: string): FunctionCall[] {
  const out: FunctionCall[] = [];
  const stack: { call: FunctionCall; start: number; braces: number }[] = [];
  let braces = 0;
  for (let i = 0; i < formula.length; i++) {
    const ch = formula[i]!;
    if (ch === '"') {
      i++;
      while (i < formula.length && !(formula[i] === '"' && formula[i + 1] !== '"')) i += formula[i] === '"' ? 2 : 1;
      continue;
    }
    const name = /^[A-Z][A-Z0-9_.]*(?=\()/.exec(formula.slice(i));
    if (name && !/[A-Za-z0-9_$]/.test(formula[i - 1] ?? '')) {
      const call: FunctionCall = { name: name[0], args: [], within: stack.map((s) => s.call.name) };
      out.push(call);
      i += name[0].length;
      stack.push({ call, start: i + 1, braces });
      continue;
    }
    const top = stack.at(-1);
    if (ch === '{') braces++;
    if (ch === '}') braces--;
    if (top && (ch === ',' || ch === ')') && braces === top.braces && depthOf(formula, top.start, i) === 0) {
      top.call.args.push(formula.slice(top.start, i));
      top.start = i + 1;
      if (ch === ')') stack.pop();
    }
  }
  return out;
}

/** Parentheses open between start and end, string literals skipped. */
function depthOf(formula: string, start: number, end: number): number {
  let depth = 0;
  for (let i = start; i < end; i++) {
    const ch = formula[i]!;
    if (ch === '"') {
      i++;
      while (i < end && !(formula[i] === '"' && formula[i + 1] !== '"')) i += formula[i] === '"' ? 2 : 1;
      continue;
    }
    if (ch === '(') depth++;
    if (ch === ')') depth--;
  }
  return depth;
}

const RANGE = /(?:'(?:[^']|'')+'!)?\$?[A-Z]{1,3}\$?\d*:\$?[A-Z]{1,3}\$?\d*/;

/** Whether text names a range of cells (A2:A, 'Sheet'!B2:B9), string literals aside. */
export function hasRange(text: string): boolean {
  return RANGE.test(text.replace(/"(?:[^"]|"")*"/g, '""'));
}

/**
 * What breaks the rules in one formula: a function not on the list inside ARRAYFORMULA, a range given to a scalar one,
 * a volatile one in a formula that also counts, sums, searches, sorts or filters a range: Sheets reruns the whole cell
 * on every edit anywhere and hourly, so the big work must sit in a formula of its own (a helper column).
 */
export function arrayProblems(formula: string): string[] {
  const problems: string[] = [];
  const calls = functionCalls(formula);
  const volatile = calls.find((c) => (VOLATILE as readonly string[]).includes(c.name));
  if (volatile) {
    for (const call of calls) {
      if ((WHOLE_COLUMN_WORK as readonly string[]).includes(call.name) && call.args.some(hasRange)) {
        problems.push(`${call.name} over a range in a formula with ${volatile.name}(): the whole cell reruns it on every edit`);
      }
    }
  }
  for (const call of calls) {
    if (!call.within.includes('ARRAYFORMULA') && call.name !== 'ARRAYFORMULA') continue;
    const safe = ARRAY_SAFE[call.name];
    if (!safe) {
      problems.push(`${call.name} is not known to work element-wise inside ARRAYFORMULA`);
      continue;
    }
    if (safe.use === 'scalar' && call.name !== 'ROWS' && call.args.some(hasRange)) problems.push(`${call.name} is given a range: ${call.args.join(',')}`);
  }
  return problems;
}
