// Bytes → UTF-8 text that keeps going past invalid bytes, marking where each was (so it is reported, never silently kept).
import type { BadBytes } from '../shared/csv/bad-bytes';

export interface Utf8Text {
  /** The text, with one U+FFFD standing for each invalid byte sequence (as the WHATWG decoder writes it). */
  text: string;
  /** Where each U+FFFD stands in text, and the bytes it replaced, in order. */
  badBytes: BadBytes[];
  /** Characters that took two to four valid bytes: many of them beside a few bad bytes means the file is UTF-8. */
  multibyte: number;
}

const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/** The WHATWG UTF-8 decoding algorithm, finding the invalid byte ranges instead of replacing them blindly. */
function scanUtf8(bytes: Uint8Array): { bad: [number, number][]; multibyte: number } {
  const bad: [number, number][] = [];
  let multibyte = 0;
  let needed = 0;
  let seen = 0;
  let start = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (needed === 0) {
      if (b <= 0x7f) continue;
      start = i;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else bad.push([i, i + 1]);
      continue;
    }
    if (b < lower || b > upper) {
      // The sequence so far is one bad range; this byte starts afresh.
      bad.push([start, i]);
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--;
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      multibyte++;
      needed = seen = 0;
    }
  }
  if (needed !== 0) bad.push([start, bytes.length]);
  return { bad, multibyte };
}

export function decodeUtf8Marking(bytes: Uint8Array): Utf8Text {
  const { bad, multibyte } = scanUtf8(bytes);
  const parts: string[] = [];
  const badBytes: BadBytes[] = [];
  let index = 0;
  let from = 0;
  for (const [start, end] of bad) {
    const part = decoder.decode(bytes.subarray(from, start));
    parts.push(part, '\uFFFD');
    index += part.length;
    badBytes.push({ index, bytes: [...bytes.subarray(start, Math.min(end, start + 4))] });
    index += 1;
    from = end;
  }
  parts.push(decoder.decode(bytes.subarray(from)));
  return { text: parts.join(''), badBytes, multibyte };
}
