import { lazy, Suspense } from 'react';
import { PlainText } from './PlainText';

// Markdown and highlighting are most of the app's JavaScript; the question screen does not need them.
const loadCardMarkdown = () => import('./CardMarkdown');
const CardMarkdown = lazy(() => loadCardMarkdown().then((m) => ({ default: m.CardMarkdown })));

/** Fetches the renderer ahead of the first reveal, so showing an answer never waits on the network. */
export function preloadCardMarkdown(): void {
  void loadCardMarkdown();
}

/** Card markdown, rendered as plain text for the moment the renderer is still loading. */
export function LazyCardMarkdown({ markdown }: { markdown: string }) {
  return (
    <Suspense fallback={<PlainText text={markdown} />}>
      <CardMarkdown markdown={markdown} />
    </Suspense>
  );
}
