// Counts in English messages with the right noun form: "1 issue", "2 issues", "0 rows" (Chinese needs none).

export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
