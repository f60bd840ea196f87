// Record types derived from the schemas' columns: each equals the record type that was written by hand before (issue 13 item 4).
import { describe, expectTypeOf, it } from 'vitest';
import type {
  BonusBand, Channel, ComplaintStage, PointsKind, Purpose, Reached, Satisfaction, Tier, TrainingDecision, TrainingResultKey, TrainingTest,
} from '../../../shared/enums';
import type { Call, Complaint, Customer, Note, PointsEntry, QaAudit, SettingRow, TrainingResult } from '../../../shared/schema';

describe('record types from the schemas', () => {
  it('Call', () => {
    expectTypeOf<Call>().toEqualTypeOf<{
      id: string; customerId: string; at: string; agent: string; channel: Channel; purpose: Purpose; reached: Reached;
      serviceDate?: string; stage?: string; satisfaction?: Satisfaction; comment?: string; suggestion?: string;
      promisedAnswerDate?: string; nextContactDate?: string; complaintId?: string;
    }>();
  });
  it('Customer: tier is a Tier, figures are numbers, consent a boolean', () => {
    expectTypeOf<Customer['tier']>().toEqualTypeOf<Tier | undefined>();
    expectTypeOf<Customer['spendThisYear']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Customer['consent']>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<Customer['id']>().toEqualTypeOf<string>();
  });
  it('Complaint: stage is required and a ComplaintStage; customerId optional', () => {
    expectTypeOf<Complaint['stage']>().toEqualTypeOf<ComplaintStage>();
    expectTypeOf<Complaint['channel']>().toEqualTypeOf<Channel>();
    expectTypeOf<Complaint['customerId']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Complaint['ageHours']>().toEqualTypeOf<number | undefined>();
  });
  it('PointsEntry, TrainingResult, Note, SettingRow, QaAudit', () => {
    expectTypeOf<PointsEntry['kind']>().toEqualTypeOf<PointsKind>();
    expectTypeOf<PointsEntry['points']>().toEqualTypeOf<number>();
    expectTypeOf<PointsEntry['amount']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<TrainingResult['test']>().toEqualTypeOf<TrainingTest>();
    expectTypeOf<TrainingResult['decision']>().toEqualTypeOf<TrainingDecision | undefined>();
    expectTypeOf<TrainingResult['result']>().toEqualTypeOf<TrainingResultKey | undefined>();
    expectTypeOf<TrainingResult['score']>().toEqualTypeOf<number>();
    expectTypeOf<Note>().toEqualTypeOf<{ month: string; text: string }>();
    expectTypeOf<SettingRow>().toEqualTypeOf<{ key: string; name?: string; value?: string }>();
    expectTypeOf<QaAudit['bonusBand']>().toEqualTypeOf<BonusBand | undefined>();
    expectTypeOf<QaAudit['sampled']>().toEqualTypeOf<number>();
    expectTypeOf<QaAudit['greeting']>().toEqualTypeOf<number | undefined>();
  });
});
