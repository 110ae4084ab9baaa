// The CSV reader the server's export tests use (RFC 4180 quoting, any separator), written apart
// from the server's writer so an export is checked by a second implementation.
export { parseCsv } from '../../../server/dashboard-api/exports/test-parse';
