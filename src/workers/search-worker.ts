// The search worker: reads the cards, builds the full-text index and answers Browse's searches
// off the main thread. Indexing 100,000 cards takes long enough to freeze a page; here it only
// delays the first search. The page starts one worker and keeps it while it stays open.
import { describeError } from '../domain/describe-error';
import { createBrowseEngine } from '../features/browse/browse-engine';
import type { SearchCommand, SearchEvent } from '../features/browse/search-messages';
import { createDatabase } from '../storage/db';

function send(event: SearchEvent): void {
  globalThis.postMessage(event);
}

const engine = createBrowseEngine(createDatabase(), (status) => send({ type: 'status', status }));

async function answer(command: SearchCommand): Promise<SearchEvent> {
  switch (command.type) {
    case 'refresh':
      await engine.refresh();
      return { type: 'refreshed', id: command.id };
    case 'page':
      return { type: 'page', id: command.id, page: await engine.searchPage(command.request) };
    case 'ids':
      return { type: 'ids', id: command.id, ids: await engine.listIds(command.query) };
  }
}

globalThis.addEventListener('message', (message: MessageEvent<SearchCommand>) => {
  const command = message.data;
  answer(command).then(send, (error: unknown) =>
    send({ type: 'error', id: command.id, message: describeError(error) }),
  );
});
