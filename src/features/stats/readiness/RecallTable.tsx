import type { RecallSummary } from '../../../domain/stats/readiness';
import { formatPercent } from './format-readiness';

type RecallTableProps = {
  caption: string;
  /** Header of the first column: `Deck` or `Tag`. */
  nameHeader: string;
  rows: readonly RecallSummary[];
};

/** The figures themselves; the bar in each row only repeats the percentage beside it. */
export function RecallTable({ caption, nameHeader, rows }: RecallTableProps) {
  return (
    <table className="recall-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          <th scope="col">Cards</th>
          <th scope="col">Learned</th>
          <th scope="col">Predicted recall</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            <td>{row.cards}</td>
            <td>{row.learned}</td>
            <td>
              <span className="recall-cell">
                <span className="recall-bar" aria-hidden="true">
                  <span style={{ inlineSize: formatPercent(row.recall) }} />
                </span>
                {formatPercent(row.recall)}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
