// 建档日期 for the sample: most archives made on the first visit or within archive.buildWithinDays, a few late for `kefu check` to warn about.
import { addDays } from '../../shared/dates';
import type { Settings } from '../../shared/settings';
import type { CustomerPlan } from './customers';
import type { Random } from './random';

/** A late archive is a warning, not a problem, so the sample stays clean while showing a few. */
export function stampCreatedDates(random: Random, plans: readonly CustomerPlan[], settings: Settings): void {
  const limit = settings.archive.buildWithinDays;
  for (const { customer } of plans) {
    // Most the same day; some on the last day allowed, the boundary the check must not flag; a few a week late.
    const delay = random.weighted([[0, 60], [1, 25], [limit, 14], [limit + 5, 1]] as const);
    customer.createdAt = addDays(customer.firstVisit!, delay);
  }
}
