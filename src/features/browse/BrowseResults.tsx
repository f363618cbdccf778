import { Link } from 'wouter';
import { toCardHref } from '../../components/routes';
import type { BrowseHit } from '../../domain/browse/browse-types';
import { isNew } from '../../domain/card-state';
import { formatDue, formatPercent, stateLabels } from './browse-labels';

type Props = { hits: readonly BrowseHit[]; firstNumber: number; now: number };

function describeHit(hit: BrowseHit, now: number): string {
  const parts = [hit.deckTitle, stateLabels[hit.state]];
  if (hit.isBuried) parts.push('buried');
  if (hit.schedule !== null && !isNew(hit.schedule.state))
    parts.push(formatDue(hit.schedule.due, now));
  if (hit.retrievability !== null) parts.push(`recall ${formatPercent(hit.retrievability)}`);
  return parts.join(' · ');
}

/** One page of cards, each a link to its detail page. */
export function BrowseResults({ hits, firstNumber, now }: Props) {
  if (hits.length === 0) return null;
  return (
    <ol className="browse-results" start={firstNumber} aria-label="Results">
      {hits.map((hit) => (
        <li key={hit.id}>
          <Link href={toCardHref(hit.id)} className="browse-question">
            {hit.question}
          </Link>
          {hit.promptExcerpt !== '' && <p className="browse-prompt">{hit.promptExcerpt}</p>}
          <p className="meta">{describeHit(hit, now)}</p>
          {hit.tags.length > 0 && (
            <ul className="browse-tags" aria-label="Tags">
              {hit.tags.map((tag) => (
                <li key={tag}>{tag}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
