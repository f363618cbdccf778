import { Link } from 'wouter';

export function NotFoundScreen() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link href="/">Back to your decks</Link>
      </p>
    </>
  );
}
