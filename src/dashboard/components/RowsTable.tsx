// A list of rows as a captioned table, each column a header and what a row shows in it: the
// records pages' tables are column lists, not copies of the same markup.
import type { ComponentChildren } from 'preact';

export interface Column<T> {
  head: string;
  /** Numbers align at the end (class "num") in the header and in each cell. */
  num?: boolean;
  cell: (row: T) => ComponentChildren;
}

export function RowsTable<T extends { id: string }>(props: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
}) {
  const numClass = (c: Column<T>) => (c.num ? 'num' : undefined);
  return (
    <div class="table-wrap">
      <table>
        <caption>{props.caption}</caption>
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
    </div>
  );
}
