import { Link, useLocation, useRoute } from 'wouter';
import { routes, type StudyPath, toStudyHref } from './routes';
import { useDisclosure } from './use-disclosure';

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

// One picker per screen, and fixed so that the prerendered shell and the app agree.
const listId = 'quiz-mode-links';

/**
 * The ways to study: Review, Write, Mock interview, Multiple choice and Cram, each on the
 * current deck. A labelled nav, so its Review link is told apart from the main navigation's.
 * On a narrow screen the links fold behind one button named after the mode in use.
 */
export function ModePicker({ deckId }: Props) {
  const [location] = useLocation();
  const current = modes.find((mode) => mode.path === location);
  const menu = useDisclosure();
  return (
    <nav className="mode-picker" aria-label="Quiz modes">
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={menu.isOpen}
        aria-controls={listId}
        onClick={menu.toggle}
      >
        {current ? `Mode: ${current.label}` : 'Quiz modes'}
      </button>
      <ul id={listId} className={menu.isOpen ? 'is-open' : undefined}>
        {modes.map((mode) => (
          <ModeLink key={mode.path} label={mode.label} path={mode.path} deckId={deckId} />
        ))}
      </ul>
    </nav>
  );
}
