import { useId, useState } from 'react';
import { describeStorageError } from '../../data/services/errors';
import { send } from '../../data/surface';
import { useQuery } from '../../data/use-query';
import { exportDeckMarkdown } from '../../domain/deck-import/export-markdown';
import { downloadTextFile } from './download-file';

/** A deck as a markdown bank file: nothing is locked in, and re-importing it changes nothing. */
export function DeckMarkdownExport() {
  const headingId = useId();
  const selectId = useId();
  const decks = useQuery('deckList');
  const [chosen, setChosen] = useState('');
  const [message, setMessage] = useState('');
  const deck = decks?.find((row) => row.id === chosen) ?? decks?.[0];

  const exportDeck = async () => {
    if (!deck) return;
    try {
      const { cards: kept } = await send('deckPage', { deckId: deck.id });
      downloadTextFile(exportDeckMarkdown(deck, kept), `${deck.id}.md`, 'text/markdown');
      setMessage(`Exported ${kept.length} cards of ${deck.title} as ${deck.id}.md.`);
    } catch (error) {
      setMessage(describeStorageError(error));
    }
  };

  return (
    <section className="settings-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Export a deck as markdown</h2>
      <label htmlFor={selectId}>Deck to export</label>
      <select
        id={selectId}
        value={deck?.id ?? ''}
        onChange={(event) => setChosen(event.currentTarget.value)}
      >
        {decks?.map((row) => (
          <option key={row.id} value={row.id}>
            {row.title}
          </option>
        ))}
      </select>
      <div className="actions">
        <button type="button" onClick={() => void exportDeck()} disabled={!deck}>
          Export as markdown
        </button>
      </div>
      <p role="status">{message}</p>
    </section>
  );
}
