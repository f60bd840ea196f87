// Small statistics the reports share: a median, and a share that says "no data" instead of dividing by zero.

/** The middle value (mean of the two middle ones for an even count); undefined for an empty list. */
export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** part ÷ whole; undefined when whole is 0, so a report shows "—" rather than 0% or NaN. */
export function share(part: number, whole: number): number | undefined {
  return whole === 0 ? undefined : part / whole;
}
