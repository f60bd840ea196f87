// Every pure domain rule, from one import.
export * from './tier';
export * from './stats';
export * from './visit-minimum';
export * from './follow-up-schedule';
export * from './follow-up-obligations';
export * from './complaint-sla';
export * from './qa-points';
export * from './training-outcome';
export * from './points-balance';
export * from './quiet-hours';
export * from './completeness';
export * from './lapsed';
export * from './csat';
export * from './qa-rubric';
export * from './qa-criterion';
