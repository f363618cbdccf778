import { Link } from 'react-router';

export function NotFoundScreen() {
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link to="/">Back to your decks</Link>
      </p>
    </>
  );
}
