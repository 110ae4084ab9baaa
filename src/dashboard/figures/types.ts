// The answer of GET /api/v1/dashboard/figures, typed once in src/shared/dashboard-api/figures.ts.
export type { Cells, Figures } from '../../shared/dashboard-api/figures';
