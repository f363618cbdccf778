import { type FormEvent, useId, useState } from 'react';
import type { ImportSource } from '../../domain/deck-import/import-messages';
import { describeLinkProgress } from '../../domain/deck-import/link-problems';
import { useLinkDownload } from './use-link-download';

type Props = { isDisabled: boolean; onFile: (source: ImportSource<File>) => void };

/**
 * The `Import from link` input and its `Import` button: the bank is downloaded here, with its
 * progress, then imported as a file would be (docs/architecture.md, "Import from a link").
 */
export function ImportLink({ isDisabled, onFile }: Props) {
  const inputId = useId();
  const hintId = useId();
  const titleId = useId();
  const [link, setLink] = useState('');
  const { state, start, cancel } = useLinkDownload();
  const isDownloading = state.phase === 'downloading';
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const file = await start(link);
    if (file) onFile({ name: file.name, file });
  };

  return (
    // The link is checked with clear words below, not by the browser's own tooltip.
    <form
      className="link-import"
      aria-labelledby={titleId}
      noValidate
      onSubmit={(event) => void onSubmit(event)}
    >
      <h2 id={titleId}>Import from a link</h2>
      <label htmlFor={inputId}>Import from link</label>
      <p id={hintId} className="meta">
        The address of a public markdown bank: a GitHub file or gist page, or its Raw link.
      </p>
      <div className="link-row">
        <input
          id={inputId}
          type="url"
          inputMode="url"
          autoComplete="off"
          spellCheck={false}
          placeholder="https://github.com/owner/repo/blob/main/bank.md"
          aria-describedby={hintId}
          value={link}
          onChange={(event) => setLink(event.currentTarget.value)}
        />
        <button type="submit" disabled={isDisabled || isDownloading || link.trim() === ''}>
          Import
        </button>
      </div>
      {isDownloading && (
        <div className="import-progress">
          <progress
            aria-label="Download progress"
            max={state.progress?.total || undefined}
            value={state.progress?.total ? state.progress.received : undefined}
          />
          <span>
            {state.progress
              ? describeLinkProgress(state.progress.received, state.progress.total)
              : 'Connecting…'}
          </span>
          <button type="button" onClick={cancel}>
            Cancel download
          </button>
        </div>
      )}
      <p role="alert" className="link-error">
        {state.phase === 'failed' ? state.message : ''}
      </p>
    </form>
  );
}
