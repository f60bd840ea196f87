// Bytes that should be UTF-8, scanned chunk by chunk: where each invalid byte sequence stands in the text (so it is reported, never silently kept).
import type { BadBytes } from '../shared/csv/bad-bytes';

export interface Utf8Scan {
  /** The next bytes, in order; a character split between two pushes is carried over. */
  push(bytes: Uint8Array): void;
  /**
   * No more bytes. `badBytes`: where each U+FFFD the WHATWG decoder writes for an invalid sequence stands in the text (in
   * UTF-16 units, as a string indexes), and its first bytes; `multibyte`: characters that took two to four valid bytes
   * (many of them beside a few bad bytes means the file is UTF-8).
   */
  end(): { badBytes: BadBytes[]; badCount: number; multibyte: number };
}

/**
 * The WHATWG UTF-8 decoding algorithm, finding the invalid byte ranges instead of replacing them blindly. With `keep` false
 * the ranges are only counted (as `badCount`, `badBytes` stays empty): a GB18030 file is nearly all "bad bytes".
 */
export function createUtf8Scan(keep = true): Utf8Scan {
  const badBytes: BadBytes[] = [];
  let badCount = 0;
  let multibyte = 0;
  let needed = 0;
  let seen = 0;
  let lower = 0x80;
  let upper = 0xbf;
  /** UTF-16 units of text decoded so far. */
  let units = 0;
  /** The bytes of the sequence under way. */
  let pending: number[] = [];
  const bad = (bytes: readonly number[]): void => {
    if (keep) badBytes.push({ index: units, bytes: bytes.slice(0, 4) });
    badCount++;
    units += 1;
  };
  const byte = (b: number): void => {
    if (needed === 0) {
      if (b <= 0x7f) {
        units++;
        return;
      }
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else {
        bad([b]);
        return;
      }
      pending = [b];
      return;
    }
    if (b < lower || b > upper) {
      // The sequence so far is one bad range; this byte starts afresh.
      bad(pending);
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      byte(b);
      return;
    }
    lower = 0x80;
    upper = 0xbf;
    pending.push(b);
    if (++seen === needed) {
      multibyte++;
      // A four-byte character is a surrogate pair in the text.
      units += needed === 3 ? 2 : 1;
      needed = seen = 0;
    }
  };
  return {
    push(bytes) {
      for (let i = 0; i < bytes.length; i++) byte(bytes[i]!);
    },
    end() {
      if (needed !== 0) bad(pending);
      needed = 0;
      return { badBytes, badCount, multibyte };
    },
  };
}
