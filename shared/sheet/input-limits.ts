// The reader's safety limits: not shop rules (so not Settings), but what keeps one hostile or broken file from garbling a page or stopping the tool.
export const INPUT_LIMITS = {
  /** Characters in a name or label (agent, trainee, customer name …): enough for any real name, too few to flood a page. */
  nameLength: 100,
  /** Characters in a free-text cell (comment, complaint content, note); never published, but kept to a readable size. */
  textLength: 2000,
  /** Issues printed per file, in text and JSON; the rest are counted. */
  issuesPerFile: 200,
  /** Unknown headers named one by one; more are summarised in one issue. */
  unknownColumnsListed: 20,
  /** File size read at all, in MB (1 MB = 2^20 bytes): reading takes about 8 times the file in memory (docs/safety.md). */
  fileMegabytes: 200,
} as const;

/** Bidi controls (U+202A–202E, U+2066–2069, U+200E/F, U+061C), zero-width characters (U+200B–200D, U+2060, U+FEFF) and U+FFFD. */
export const HIDDEN_CHARACTER = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF\uFFFD]/;

/** A hidden character as a person can read it: U+202E. */
export function codePointName(c: string): string {
  return `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
