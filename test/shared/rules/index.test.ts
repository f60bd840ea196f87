// The rules index exposes every rule, including classifyTier.
import { describe, it, expect } from 'vitest';
import * as rules from '../../../shared/rules/index';

describe('shared/rules index', () => {
  const names = [
    'classifyTier', 'median', 'share', 'minimumStaffVisits', 'isStaffVisit', 'staffVisitStanding', 'isLapsed', 'isMember', 'postServiceDue',
    'firstAfterSalesWindow', 'secondFollowUpWindow', 'nextServiceDate', 'escalationDate', 'listFollowUpObligations', 'obligationStatus', 'serviceWindow', 'isStageIn',
    'followUpStatus', 'isTimelyPostServiceCall', 'memberCoverage', 'firstResponseHours', 'firstResponseSla', 'hoursToClose',
    'complaintAgeHours', 'hasFollowUpAfterClose', 'summariseComplaints', 'dayPoint', 'isShortSample', 'monthlyPoints',
    'bonusBand', 'failingCriteria', 'passes', 'testDueDate', 'trainingOutcome', 'retakeIssues', 'passRateByTest',
    'pointsBalance', 'spendPoints', 'referralPoints', 'findQuietRange', 'findQuietHourCall', 'archiveCompleteness', 'csat',
  ].map((name) => ({ description: name, input: name, expected: 'function' }));
  it.each(names)('exports $description', ({ input, expected }) => {
    expect(typeof (rules as Record<string, unknown>)[input]).toBe(expected);
  });
  it('exports COMPLETENESS_FIELDS', () => {
    expect(Array.isArray(rules.COMPLETENESS_FIELDS)).toBe(true);
  });
});
