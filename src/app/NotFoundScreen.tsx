import { Link } from 'wouter';
import { routes } from '../components/routes';

export function NotFoundScreen() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link href={routes.decks}>Back to your decks</Link>
      </p>
    </>
  );
}
