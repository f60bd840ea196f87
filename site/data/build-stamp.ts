// When the site was generated, for "generated on" on every page: KEFU_TODAY when given (reproducible builds), else the build's local date.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The generation date as YYYY-MM-DD; a malformed KEFU_TODAY stops the build rather than printing a wrong date. */
export function readGeneratedOn(env: Record<string, string | undefined>, now: Date): string {
  const given = env['KEFU_TODAY']?.trim();
  if (given) {
    if (!ISO_DATE.test(given)) throw new Error(`KEFU_TODAY must be a date written YYYY-MM-DD, not "${given}".`);
    return given;
  }
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

let memo: string | undefined;

/** The build's one reading of the clock: every page shows the same date. */
export function generatedOn(): string {
  memo ??= readGeneratedOn(process.env, new Date());
  return memo;
}
