import { Link, useRoute } from 'wouter';
import { routes, type StudyPath, toStudyHref } from './routes';

const modes = [
  { label: 'Review', path: routes.review },
  { label: 'Write', path: routes.write },
  { label: 'Mock interview', path: routes.mock },
  { label: 'Multiple choice', path: routes.choice },
  { label: 'Cram', path: routes.cram },
] as const;

type Props = {
  /** The deck the modes open on; all decks when absent. */
  deckId?: string | null | undefined;
};

function ModeLink({ label, path, deckId }: { label: string; path: StudyPath } & Props) {
  const [isActive] = useRoute(path);
  return (
    <li>
      <Link
        href={toStudyHref(path, deckId)}
        className={isActive ? 'button active' : 'button'}
        aria-current={isActive ? 'page' : undefined}
      >
        {label}
      </Link>
    </li>
  );
}

/**
 * The ways to study: Review, Write, Mock interview, Multiple choice and Cram, each on the
 * current deck. A labelled nav, so its Review link is told apart from the main navigation's.
 */
export function ModePicker({ deckId }: Props) {
  return (
    <nav className="mode-picker" aria-label="Quiz modes">
      <ul>
        {modes.map((mode) => (
          <ModeLink key={mode.path} label={mode.label} path={mode.path} deckId={deckId} />
        ))}
      </ul>
    </nav>
  );
}
