// A training cohort's place in the site: its path segment under training/.

/** A cohort's path segment: its name with anything a URL path cannot hold as is (/ \ ? # % spaces) turned into "-". */
export function cohortSlug(cohort: string): string {
  return cohort.trim().replace(/[/\\?#%\s]+/g, '-') || 'cohort';
}
