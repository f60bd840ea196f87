// Counts in English messages with the right noun form: "1 issue", "2 issues", "0 rows".

export function countOf(count: number, noun: string, plural = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : plural}`;
}
