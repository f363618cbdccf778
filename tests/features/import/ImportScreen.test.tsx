import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type {
  ImportProgress,
  ImportReport,
  RunImportJob,
} from '../../../src/domain/deck-import/import-messages';
import { ImportScreen } from '../../../src/features/import/ImportScreen';
import type { DrillbookDb } from '../../../src/storage/db';
import { installTestDatabase } from '../../support/test-database';
import { createInProcessImport } from './in-process-import';

const MARKDOWN =
  '# Networking\n\n## What is DNS?\n\nIt maps names to addresses.\n\n## What is TCP?\n\nA reliable byte stream.\n';

let db: DrillbookDb;
beforeEach(() => {
  db = installTestDatabase();
});

function renderScreen(runImportJob: RunImportJob<File> = createInProcessImport(db)) {
  return render(<ImportScreen runImportJob={runImportJob} />);
}

describe('ImportScreen', () => {
  it('imports the files chosen in the Import deck input and says how many cards went where', async () => {
    renderScreen();
    const input = screen.getByLabelText('Import deck');
    expect(input).toHaveAttribute('accept', '.md,.markdown,.txt,.csv,.tsv,.json,.apkg,.colpkg');
    expect(input).toHaveAttribute('multiple');
    await userEvent.upload(input, [
      new File([MARKDOWN], 'networking.md'),
      new File(['question,answer\nPUT vs PATCH?,PUT replaces.\n'], 'api.csv'),
    ]);
    const status = screen.getByRole('status');
    expect(await screen.findByText(/^Imported 2 cards into Networking/)).toBeInTheDocument();
    expect(status).toHaveTextContent(
      'Imported 2 cards into Networking: 2 added, 0 updated, 0 renamed, 0 unchanged, 0 removed.',
    );
    expect(status).toHaveTextContent('Imported 1 card into api');
    expect(await db.cards.count()).toBe(3);
  });

  it('names the file and line of a bad file and imports nothing from it', async () => {
    renderScreen();
    await userEvent.upload(
      screen.getByLabelText('Import deck'),
      new File(['name,email\nAda,ada@example.com\n'], 'people.csv'),
    );
    expect(
      await screen.findByText(
        'people.csv, line 1: expected a header row with the columns question, answer and optionally tags; found "name, email"',
      ),
    ).toBeInTheDocument();
    expect(await db.decks.count()).toBe(0);
  });

  it('imports dropped files', async () => {
    renderScreen();
    fireEvent.drop(screen.getByRole('region', { name: 'Drop files to import' }), {
      dataTransfer: { files: [new File([MARKDOWN], 'dropped.md')] },
    });
    expect(await screen.findByText(/^Imported 2 cards into Networking/)).toBeInTheDocument();
  });

  it('imports pasted markdown as a deck named after the Deck name field', async () => {
    renderScreen();
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Deck name'), 'My notes');
    fireEvent.change(screen.getByLabelText('Markdown to import'), {
      target: { value: '## What is a mutex?\n\nA lock only one thread holds.\n' },
    });
    await user.click(screen.getByRole('button', { name: 'Import pasted markdown' }));
    expect(await screen.findByText(/^Imported 1 card into My notes:/)).toBeInTheDocument();
    expect(await db.cards.get('my-notes/what-is-a-mutex')).toBeDefined();
  });

  it('shows progress with a Cancel button while importing, and reports the cancel', async () => {
    let report: (value: ImportReport) => void = () => {};
    let progress: (value: ImportProgress) => void = () => {};
    let isCancelled = false;
    renderScreen((_request, onProgress) => {
      progress = onProgress;
      return {
        done: new Promise((resolve) => {
          report = resolve;
        }),
        cancel: () => {
          isCancelled = true;
        },
      };
    });
    await userEvent.upload(screen.getByLabelText('Import deck'), new File([MARKDOWN], 'a.md'));
    progress({ phase: 'writing', done: 1000, total: 2500 });
    const bar = await screen.findByRole('progressbar', { name: 'Import progress' });
    expect(bar).toHaveAttribute('value', '1000');
    expect(screen.getByText('Saving cards (1000 of 2500)…')).toBeInTheDocument();
    expect(screen.getByLabelText('Import deck')).toBeDisabled();

    await userEvent.click(screen.getByRole('button', { name: 'Cancel import' }));
    expect(isCancelled).toBe(true);
    report({
      outcome: 'cancelled',
      decks: [],
      backups: [],
      problems: [],
      warnings: [],
      warningCount: 0,
      failure: null,
    });
    expect(await screen.findByText('Import cancelled; nothing was changed.')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });
});
