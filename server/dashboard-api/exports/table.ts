// A table to export: French headers and rows of plain values, written as CSV or XLSX.

export type Cell = string | number | null;

export interface Table {
  /** Sheet name (XLSX) and file name stem. */
  name: string;
  headers: string[];
  rows: Cell[][];
}
