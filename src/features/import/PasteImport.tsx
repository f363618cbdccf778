import { type FormEvent, useId, useState } from 'react';
import type { ImportSource } from '../../domain/deck-import/import-messages';

type Props = { isDisabled: boolean; onPaste: (source: ImportSource<File>) => void };

/**
 * Markdown pasted as a deck. Its id comes from the deck name (or a `# Title` or front matter
 * in the text), so pasting an edited version under the same name updates that deck.
 */
export function PasteImport({ isDisabled, onPaste }: Props) {
  const nameId = useId();
  const textId = useId();
  const [name, setName] = useState('');
  const [text, setText] = useState('');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // The file name gives the deck its id and, without a title in the text, its title.
    const deckName = (name.trim() || readTitle(text) || 'Pasted deck').replace(/[\\/]/g, '-');
    onPaste({ name: `${deckName}.md`, text });
  };

  return (
    <form className="paste-import" onSubmit={onSubmit}>
      <h2>Paste markdown</h2>
      <label htmlFor={nameId}>Deck name</label>
      <input id={nameId} value={name} onChange={(event) => setName(event.currentTarget.value)} />
      <label htmlFor={textId}>Markdown to import</label>
      <textarea
        id={textId}
        rows={8}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
      />
      <div className="actions">
        <button type="submit" disabled={isDisabled || text.trim() === ''}>
          Import pasted markdown
        </button>
      </div>
    </form>
  );
}

/** The first `# Title` line, for a deck name when none was typed. */
function readTitle(text: string): string {
  return /^#[ \t]+(.+)$/m.exec(text)?.[1] ?? '';
}
