// 建档日期 for the sample: every archive made on the first visit or within archive.buildWithinDays, some on the last day allowed.
import { addDays } from '../../shared/dates';
import type { Settings } from '../../shared/settings';
import type { CustomerPlan } from './customers';
import type { Random } from './random';

/** None late: the sample's files stay clean for `kefu check`, which flags a late archive as a problem in the data. */
export function stampCreatedDates(random: Random, plans: readonly CustomerPlan[], settings: Settings): void {
  const limit = settings.archive.buildWithinDays;
  for (const { customer } of plans) {
    // Most the same day; some on the last day allowed, the boundary the check must not flag.
    const delay = random.weighted([[0, 60], [1, 25], [limit, 15]] as const);
    customer.createdAt = addDays(customer.firstVisit!, delay);
  }
}
