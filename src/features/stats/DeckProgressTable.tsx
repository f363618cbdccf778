import type { CollectionProgress, DeckProgress } from '../../domain/stats/deck-progress';

const STAGES = ['new', 'learning', 'young', 'mature'] as const;
const STAGE_NAMES = { new: 'New', learning: 'Learning', young: 'Young', mature: 'Mature' };

/** Cards per stage for each deck; the table is the figure, the bars only draw it. */
export function DeckProgressTable({ progress }: { progress: CollectionProgress }) {
  if (progress.decks.length === 0) return <p>No decks yet.</p>;
  return (
    <figure className="stats-figure">
      <figcaption>
        <span className="stats-figure-title">Progress per deck.</span>{' '}
        <span className="stats-figure-summary">
          Young cards have an interval under 21 days, mature ones 21 days or more.
        </span>
      </figcaption>
      <div className="stats-table-scroll">
        <table className="stats-progress">
          <thead>
            <tr>
              <th scope="col">Deck</th>
              {STAGES.map((stage) => (
                <th key={stage} scope="col">
                  {STAGE_NAMES[stage]}
                </th>
              ))}
              <th scope="col">Cards</th>
              <th scope="col">
                <span className="stats-visually-hidden">Share by stage</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {progress.decks.map((deck) => (
              <ProgressRow key={deck.deckId} deck={deck} />
            ))}
          </tbody>
          {progress.decks.length > 1 && (
            <tfoot>
              <ProgressRow deck={progress.total} />
            </tfoot>
          )}
        </table>
      </div>
      <p className="stats-legend">
        {STAGES.map((stage) => (
          <span key={stage} className="stats-legend-item">
            <svg aria-hidden="true" width={10} height={10} className="stats-legend-cell">
              <rect className={`stats-stage-${stage}`} width={10} height={10} rx={2} />
            </svg>
            {STAGE_NAMES[stage]}
          </span>
        ))}
      </p>
    </figure>
  );
}

function ProgressRow({ deck }: { deck: DeckProgress }) {
  return (
    <tr>
      <th scope="row">{deck.title}</th>
      {STAGES.map((stage) => (
        <td key={stage}>{deck[stage]}</td>
      ))}
      <td>{deck.cards}</td>
      <td>
        <StageBar deck={deck} />
      </td>
    </tr>
  );
}

/** Hidden from assistive technology: the cells of the same row carry its figures. */
function StageBar({ deck }: { deck: DeckProgress }) {
  let x = 0;
  return (
    <svg
      aria-hidden="true"
      className="stats-stage-bar"
      viewBox="0 0 100 10"
      preserveAspectRatio="none"
    >
      {STAGES.map((stage) => {
        const width = deck.cards === 0 ? 0 : (deck[stage] / deck.cards) * 100;
        const rect = (
          <rect
            key={stage}
            className={`stats-stage-${stage}`}
            x={x}
            y={0}
            width={width}
            height={10}
          />
        );
        x += width;
        return rect;
      })}
    </svg>
  );
}
