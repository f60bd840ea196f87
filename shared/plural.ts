// Counts in messages: with the right English noun form ("1 issue", "2 issues"; Chinese needs none), and with thousands grouped.

export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}

/**
 * A whole number with its thousands grouped by commas, as toLocaleString('en-US') writes it ("12,345"), without it: the
 * first toLocaleString of a process loads the locale data, ≈ 10 ms of every `kefu check` that prints a count.
 */
export function grouped(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
