import { useMemo, useState } from 'react';
import type { RatableAnswer } from '../../../data/handlers/quiz';
import { describeStorageError } from '../../../data/services/errors';
import { useSchedulerSettings } from '../../../data/services/use-scheduler-settings';
import { send } from '../../../data/surface';
import type { StoredCard } from '../../../domain/card-types';
import type { MockSession } from '../../../domain/quiz/mock-session';
import { summarizeMockSession } from '../../../domain/quiz/mock-summary';
import type { Rating } from '../../../domain/scheduler/types';
import { useAppStore } from '../../../stores/app-store';
import { useTermRarity } from '../shared/use-term-rarity';
import { MockRatingForm } from './MockRatingForm';
import { MockSummaryItem } from './MockSummaryItem';

type Props = {
  session: MockSession;
  cards: ReadonlyMap<string, StoredCard>;
  onFinish: (outcome: string) => void;
};

/** Every answer beside its interview answer; ratings reach FSRS only if the user asks. */
export function MockSummary({ session, cards, onFinish }: Props) {
  const settings = useSchedulerSettings();
  const rarity = useTermRarity([...cards.values()].map((card) => card.deckId));
  const items = useMemo(
    () => summarizeMockSession(session, cards, rarity),
    [session, cards, rarity],
  );
  const [ratable, setRatable] = useState<RatableAnswer[] | null>(null);
  const [isBusy, setBusy] = useState(false);

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } catch (error) {
      useAppStore.getState().showAlert(describeStorageError(error));
    } finally {
      setBusy(false);
    }
  };

  const openRatings = () =>
    run(async () => {
      if (settings)
        setRatable(await send('mockAnswersToRate', { answers: session.answers, settings }));
    });

  const save = (ratings: Map<string, Rating>) =>
    run(async () => {
      if (!settings || !ratable) return;
      const saved = await send('rateMockAnswers', { items: ratable, ratings, settings });
      onFinish(`Saved ${saved} ${saved === 1 ? 'rating' : 'ratings'} to your schedule.`);
    });

  return (
    <section aria-labelledby="mock-summary-title">
      <h2 id="mock-summary-title">Summary</h2>
      <ol className="summary-list" aria-label="Questions and answers">
        {items.map((item, index) => (
          <MockSummaryItem key={item.card.id} item={item} position={index + 1} />
        ))}
      </ol>
      {ratable ? (
        <MockRatingForm
          items={items}
          ratable={ratable}
          isBusy={isBusy}
          onSave={(ratings) => void save(ratings)}
          onCancel={() => setRatable(null)}
        />
      ) : (
        <div className="actions">
          <button
            type="button"
            className="primary"
            disabled={isBusy || !settings}
            onClick={() => void openRatings()}
          >
            Rate these
          </button>
          <button
            type="button"
            disabled={isBusy}
            onClick={() => onFinish('Finished without rating: your schedule is unchanged.')}
          >
            Finish without rating
          </button>
        </div>
      )}
    </section>
  );
}
