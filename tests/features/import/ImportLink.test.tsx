import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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
afterEach(() => {
  vi.unstubAllGlobals();
});

async function importLink(link: string) {
  await userEvent.type(screen.getByRole('textbox', { name: 'Import from link' }), link);
  await userEvent.click(screen.getByRole('button', { name: 'Import' }));
}

describe('Import from link', () => {
  it('imports the bank a GitHub page leads to through the same import job as a file', async () => {
    const fetchBank = vi.fn(
      async () => new Response(MARKDOWN, { headers: { 'Content-Type': 'text/plain' } }),
    );
    vi.stubGlobal('fetch', fetchBank);
    render(<ImportScreen runImportJob={createInProcessImport(db)} />);
    await importLink('https://github.com/o/r/blob/main/networking.md');
    expect(
      await screen.findByText(/^Imported 2 cards into Networking: 2 added/),
    ).toBeInTheDocument();
    expect(fetchBank).toHaveBeenCalledWith(
      'https://raw.githubusercontent.com/o/r/main/networking.md',
      expect.objectContaining({ credentials: 'omit' }),
    );
    expect(await db.cards.count()).toBe(2);
  });

  it('says why a link cannot be imported, and imports nothing', async () => {
    vi.stubGlobal('fetch', async () => Promise.reject(new TypeError('Failed to fetch')));
    render(<ImportScreen runImportJob={createInProcessImport(db)} />);
    await importLink('https://raw.githubusercontent.com/o/r/main/networking.md');
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'raw.githubusercontent.com refused the request for networking.md from raw.githubusercontent.com',
    );
    expect(await db.decks.count()).toBe(0);
  });
});
