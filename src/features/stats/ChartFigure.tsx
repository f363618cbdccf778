import type { ReactNode } from 'react';

type Props = {
  title: string;
  /** One or two sentences with the figures that matter; screen readers hear it first. */
  summary: string;
  chart: ReactNode;
  /** The same figures as the chart, as a table kept for assistive technology. */
  table: ReactNode;
  legend?: ReactNode;
};

/** A chart with its text alternatives: a caption that sums it up and a table of every figure. */
export function ChartFigure({ title, summary, chart, table, legend }: Props) {
  return (
    <figure className="stats-figure">
      <figcaption>
        <span className="stats-figure-title">{title}</span>{' '}
        <span className="stats-figure-summary">{summary}</span>
      </figcaption>
      {chart}
      {legend}
      <div className="stats-visually-hidden">{table}</div>
    </figure>
  );
}

type TableProps = {
  caption: string;
  headers: readonly string[];
  rows: readonly (readonly (string | number)[])[];
};

/** A plain data table: the first cell of each row is its header. */
export function FigureTable({ caption, headers, rows }: TableProps) {
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([first, ...rest]) => (
          <tr key={String(first)}>
            <th scope="row">{first}</th>
            {rest.map((cell, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the columns are fixed by the headers
              <td key={i}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
