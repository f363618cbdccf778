import { type DragEvent, useId, useState } from 'react';
import { IMPORT_ACCEPT } from '../../domain/deck-import/import-limits';
import type { ImportSource } from '../../domain/deck-import/import-messages';

type Props = { isDisabled: boolean; onFiles: (sources: ImportSource<File>[]) => void };

function toSources(files: FileList | null): ImportSource<File>[] {
  return Array.from(files ?? [], (file) => ({ name: file.name, file }));
}

/** The `Import deck` file input inside a drop zone: the input for keyboards, the zone for mice. */
export function ImportFiles({ isDisabled, onFiles }: Props) {
  const inputId = useId();
  const [isOver, setOver] = useState(false);
  const onDrop = (event: DragEvent<HTMLElement>) => {
    event.preventDefault();
    setOver(false);
    if (!isDisabled) onFiles(toSources(event.dataTransfer.files));
  };

  return (
    <section
      className={isOver ? 'drop-zone is-over' : 'drop-zone'}
      aria-label="Drop files to import"
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>
        Drop .md, .markdown, .txt, .csv, .tsv, .json or Anki (.apkg, .colpkg) files here, or choose
        them:
      </p>
      <label htmlFor={inputId}>Import deck</label>
      <input
        id={inputId}
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        disabled={isDisabled}
        onChange={(event) => {
          onFiles(toSources(event.currentTarget.files));
          // The same file again (after editing it) must fire a change again.
          event.currentTarget.value = '';
        }}
      />
    </section>
  );
}
