// Why an export or report cannot go on (credentials, a missing sheet, the API or the network), in both languages, with its exit code.
import type { Bilingual, Lang } from '../../shared/issue';

export type { Bilingual };

export function say(lang: Lang, text: Bilingual): string {
  return lang === 'zh' ? text.zh : text.en;
}

/** Thrown only at the process edge (HTTP, files, credentials) and caught by the command, which prints it without a stack. */
export class ExportFailure extends Error {
  readonly zh: string;
  readonly exit: 1 | 2;

  constructor(text: Bilingual, exit: 1 | 2 = 2, options?: { cause?: unknown }) {
    super(text.en, options);
    this.name = 'ExportFailure';
    this.zh = text.zh;
    this.exit = exit;
  }

  text(lang: Lang): string {
    return lang === 'zh' ? this.zh : this.message;
  }
}
