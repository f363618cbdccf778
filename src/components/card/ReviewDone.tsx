import { Link } from 'wouter';
import { routes } from '../routes';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: '2-digit',
  minute: '2-digit',
});

function describeNextDue(nextDueAt: number): string {
  const next = new Date(nextDueAt);
  const isToday = next.toDateString() === new Date().toDateString();
  return isToday ? `today at ${timeFormat.format(next)}` : dateTimeFormat.format(next);
}

export function ReviewDone({ nextDueAt }: { nextDueAt: number | null }) {
  return (
    <section className="card-panel">
      <p role="status">
        <strong>No cards due</strong> right now.{' '}
        {nextDueAt === null
          ? 'Nothing is scheduled yet.'
          : `The next card is due ${describeNextDue(nextDueAt)}.`}
      </p>
      <p>
        <Link href={routes.decks}>Back to your decks</Link>
      </p>
    </section>
  );
}
