// The trainer view's data: every cohort as the core summarises it (pseudonyms and all), at the end of the newest month with data.
import { summariseCohorts, type CohortSummary } from '../../shared/report/training';
import { siteData } from './site-data';

let memo: { month: string | undefined; cohorts: CohortSummary[] } | undefined;

/** Every cohort started by the end of the newest month with data, oldest first, and that month. */
export function trainingCohorts(): { month: string | undefined; cohorts: CohortSummary[] } {
  if (!memo) {
    const { data, settings, options, months } = siteData();
    const month = months.at(-1);
    memo = { month, cohorts: month ? summariseCohorts(data, month, settings, options) : [] };
  }
  return memo;
}

/** A cohort's path segment: its name with anything a URL path cannot hold as is (/ \ ? # % spaces) turned into "-". */
export function cohortSlug(cohort: string): string {
  return cohort.trim().replace(/[/\\?#%\s]+/g, '-') || 'cohort';
}
