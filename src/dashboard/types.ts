// The dashboard API's answers, typed once in src/shared/dashboard-api: the server builds them with
// the same types, so a page reads exactly what the server sends.
export type * from '../shared/dashboard-api/follow-ups';
export type * from '../shared/dashboard-api/records';
