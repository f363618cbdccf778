import type { Coverage } from '../../../domain/quiz/coverage';

type Props = { coverage: Coverage; id?: string };

/** Each key term of the interview answer, marked covered or missed in words and symbols, not colour alone. */
export function CoverageReport({ coverage, id }: Props) {
  const percent = Math.round(coverage.ratio * 100);
  return (
    <section className="coverage" aria-label="Key terms" id={id}>
      <p>
        <strong>
          Key terms: {coverage.covered} of {coverage.total} covered
        </strong>{' '}
        ({percent}%)
      </p>
      <ul className="term-list">
        {coverage.terms.map(({ term, isCovered }) => (
          <li key={term.stems.join(' ')} className={isCovered ? 'term covered' : 'term missed'}>
            <span aria-hidden="true">{isCovered ? '✓' : '✗'}</span> {term.label}{' '}
            <span className="term-status">{isCovered ? 'covered' : 'missed'}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
