// A list of rows as a captioned table, each column a header and what a row shows in it: the
// records pages' tables are column lists, not copies of the same markup.
import type { ComponentChildren } from 'preact';
import { ScrollRegion } from './ScrollRegion';

export interface Column<T> {
  head: string;
  /** Numbers align at the end (class "num") in the header and in each cell. */
  num?: boolean;
  cell: (row: T) => ComponentChildren;
}

export function RowsTable<T extends { id: string }>(props: {
  /** Unique on the page: the caption's id (`ID-caption`) names the scrolling frame. */
  id: string;
  caption: string;
  columns: Column<T>[];
  rows: T[];
}) {
  const numClass = (c: Column<T>) => (c.num ? 'num' : undefined);
  return (
    <ScrollRegion labelledBy={`${props.id}-caption`}>
      <table>
        <caption id={`${props.id}-caption`}>{props.caption}</caption>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c.head} scope="col" class={numClass(c)}>
                {c.head}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.rows.map((row) => (
            <tr key={row.id}>
              {props.columns.map((c) => (
                <td key={c.head} class={numClass(c)}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
