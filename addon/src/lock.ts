// Runs work under the document lock so two people appending at once never share an id or a row.
export type LockOutcome<T> = { ok: true; value: T } | { ok: false };

/**
 * getDocumentLock() is null when the script runs outside a document (e.g. from a standalone editor);
 * then there is no one to race with and the work runs unlocked.
 */
export function withDocumentLock<T>(work: () => T, waitMs = 10_000): LockOutcome<T> {
  const lock = LockService.getDocumentLock();
  if (!lock) return { ok: true, value: work() };
  if (!lock.tryLock(waitMs)) return { ok: false };
  try {
    return { ok: true, value: work() };
  } finally {
    // Pending writes must reach the sheet before the next holder reads it.
    SpreadsheetApp.flush();
    lock.releaseLock();
  }
}
