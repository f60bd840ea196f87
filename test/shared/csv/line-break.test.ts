// guessLineBreak: the line break papaparse 5.7 guesses (guessLineEndings), worked out by hand per case and checked against Papa itself.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { guessLineBreak } from '../../../shared/csv/line-break';

const MB = 1024 * 1024;

describe('guessLineBreak', () => {
  // Papa: quoted text out; LF when there is no CR or an LF comes before the first CR; else CRLF when at least half of the
  // pieces between CRs start with LF, else CR.
  const cases: { description: string; input: string; expected: string }[] = [
    { description: 'CRLF throughout', input: 'a,b\r\n1,2\r\n3,4\r\n', expected: '\r\n' },
    { description: 'LF throughout', input: 'a,b\n1,2\n', expected: '\n' },
    { description: 'CR throughout (old Mac)', input: 'a,b\r1,2\r3,4', expected: '\r' },
    { description: 'no line break at all', input: 'a,b', expected: '\n' },
    { description: 'empty', input: '', expected: '\n' },
    { description: 'an LF before the first CR', input: 'a\nb\r\nc\r\n', expected: '\n' },
    { description: 'an LF inside quotes does not count: CRLF', input: '"x\ny",b\r\n1,2\r\n', expected: '\r\n' },
    { description: 'a CR inside quotes does not count: LF', input: '"x\ry",b\n1,2\n', expected: '\n' },
    // Pieces between CRs: "a", "\nb", "c", "d" — 1 of 4 starts with LF, under half.
    { description: 'one CRLF among lone CRs', input: 'a\r\nb\rc\rd', expected: '\r' },
    // Pieces: "a", "\nb", "\nc" — 2 of 3.
    { description: 'a text ending in CR: the empty last piece counts', input: 'a\r\nb\r\nc', expected: '\r\n' },
    // Pieces "a", "\nb", "" — 1 of 3, under half: the trailing CR tips it (why csv-records drops a last CR first).
    { description: 'a trailing CR counts as a piece', input: 'a\r\nb\r', expected: '\r' },
    // The quoted part goes, leaving "a\r" + "\nb": a CRLF once joined.
    { description: 'a quoted part between CR and LF is left out, joining them', input: 'a\r"q"\nb\r\n', expected: '\r\n' },
    // An unpaired quote stays, with what follows: "a\r\"x\ny" — pieces "a", "\"x\ny": none starts with LF.
    { description: 'an unpaired quote keeps the rest', input: 'a\r"x\ny', expected: '\r' },
  ];
  it.each(cases)('$description', ({ input, expected }) => {
    expect(guessLineBreak(input)).toBe(expected);
    expect(Papa.parse(input, { preview: 1, delimiter: ',' }).meta.linebreak).toBe(expected);
  });

  it('agrees with Papa on 2,000 texts of a, comma, quote, CR and LF (a fixed pseudo-random sequence)', () => {
    let seed = 13;
    const random = (n: number): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n;
    for (let k = 0; k < 2000; k++) {
      const text = Array.from({ length: random(40) }, () => 'a,"\r\n'[random(5)]).join('');
      expect([text, guessLineBreak(text)]).toEqual([text, Papa.parse(text, { preview: 1, delimiter: ',' }).meta.linebreak]);
    }
  });

  it('looks at the first megabyte only, as Papa does', () => {
    const lf = 'a,b\n'.repeat(MB / 4 - 1);
    // LF only in the first megabyte; CRLF after it.
    const text = `x,y\r${lf}${'1,2\r\n'.repeat(1000)}`;
    expect(text.indexOf('\r\n')).toBeGreaterThan(MB);
    expect(guessLineBreak(text)).toBe('\r');
    expect(Papa.parse(text, { preview: 1, delimiter: ',' }).meta.linebreak).toBe('\r');
  });

  it('a quote closed only after the first megabyte stays unpaired', () => {
    const text = `a\r\nb\r"${'x'.repeat(MB)}"\r\n`;
    // Within the first megabyte: pieces "a", "\nb", "\"xxx…" — 1 of 3.
    expect(guessLineBreak(text)).toBe('\r');
    expect(Papa.parse(text, { preview: 1, delimiter: ',' }).meta.linebreak).toBe('\r');
  });
});
