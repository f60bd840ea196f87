// What every command returns and writes to: its exit codes and its two output streams (apart from check.ts, so `kefu help` loads no reader).
export interface Output { out(text: string): void; err(text: string): void }

export const EXIT = { clean: 0, issues: 1, unusable: 2 } as const;
