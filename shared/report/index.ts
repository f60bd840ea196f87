// The report aggregations the site renders: only their output reaches a page, so nothing in it names a customer.
export * from './types';
export * from './figure';
export * from './months';
export * from './agents';
export * from './satisfaction';
export * from './follow-ups';
export * from './complaints';
export * from './quality';
export * from './training';
export * from './archive';
export * from './month-report';
export * from './month-words';
export * from './needs-attention';
export * from './report-month';
