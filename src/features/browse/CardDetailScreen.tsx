import { Link } from 'wouter';
import { AnswerPanel } from '../../components/card/AnswerPanel';
import { QuestionPanel } from '../../components/card/QuestionPanel';
import { readClock } from '../../data/services/clock';
import { useSchedulerSettings } from '../../data/services/use-scheduler-settings';
import { CardActions } from './CardActions';
import { CardMemory } from './CardMemory';
import { toLastBrowseHref } from './card-links';
import { ReviewHistory } from './ReviewHistory';
import { useCardActions } from './use-card-actions';
import { useCardDetail } from './use-card-detail';
import './browse.css';
import { readCardIdParam } from '../../components/routes';

type Props = { params: { cardId: string } };

/** One card: its content, where its memory stands, its history, and what can be done to it. */
export function CardDetailScreen({ params }: Props) {
  const cardId = readCardIdParam(params.cardId);
  const detail = useCardDetail(cardId);
  const settings = useSchedulerSettings();
  const actions = useCardActions(detail, settings);
  const back = (
    <p>
      <Link href={toLastBrowseHref()}>Back to Browse</Link>
    </p>
  );

  if (detail === undefined) return <p role="status">Loading card…</p>;
  if (detail === null) {
    return (
      <>
        <h1>Card not found</h1>
        <p>No card has the id “{cardId}”. It may belong to a deck that was deleted.</p>
        {back}
      </>
    );
  }
  const { card } = detail;
  return (
    <>
      {back}
      <h1>Card details</h1>
      <QuestionPanel card={card} deckTitle={detail.deckTitle} />
      {card.tags.length > 0 && (
        <ul className="browse-tags" aria-label="Tags">
          {card.tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      )}
      <AnswerPanel card={card} />
      <CardMemory detail={detail} now={readClock()} weights={settings?.weights ?? null} />
      <CardActions detail={detail} actions={actions} />
      <ReviewHistory reviews={detail.reviews} />
    </>
  );
}
