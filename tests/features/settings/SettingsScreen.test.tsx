import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';
import { SettingsScreen } from '../../../src/features/settings/SettingsScreen';
import { exportBackup, serializeBackup } from '../../../src/storage/backup';
import type { DrillbookDb } from '../../../src/storage/db';
import { getLastExportAt } from '../../../src/storage/meta-repo';
import { createTestDatabase } from '../../storage/test-db';
import { installTestDatabase, makeDeck, seedDeck } from '../../support/test-database';
import { createInProcessImport } from '../import/in-process-import';

let db: DrillbookDb;
let downloads: { name: string; blob: Blob }[];

beforeEach(async () => {
  db = installTestDatabase();
  await seedDeck(db, makeDeck('alpha', 3));
  downloads = [];
  let lastBlob: Blob = new Blob();
  // jsdom has no object URLs; the download is caught at the link's click instead.
  Object.defineProperty(URL, 'createObjectURL', {
    configurable: true,
    value: (blob: Blob) => {
      lastBlob = blob;
      return 'blob:download';
    },
  });
  Object.defineProperty(URL, 'revokeObjectURL', { configurable: true, value: () => {} });
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
    this: HTMLAnchorElement,
  ) {
    downloads.push({ name: this.download, blob: lastBlob });
  });
});

afterEach(() => {
  vi.restoreAllMocks();
  Reflect.deleteProperty(URL, 'createObjectURL');
  Reflect.deleteProperty(URL, 'revokeObjectURL');
});

function readBlob(blob: Blob): Promise<string> {
  return new Promise((resolve) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.readAsText(blob);
  });
}

function renderSettings() {
  return render(<SettingsScreen runImportJob={createInProcessImport(db)} />);
}

describe('SettingsScreen backup', () => {
  it('Export backup downloads the backup file and records the export time', async () => {
    renderSettings();
    await userEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(await screen.findByText(/^Backup exported as drillbook-backup-/)).toBeInTheDocument();
    const [download] = downloads;
    expect(download?.name).toMatch(/^drillbook-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = JSON.parse(await readBlob(download?.blob ?? new Blob()));
    expect(file).toMatchObject({ format: 'drillbook-backup', version: 1 });
    expect(file.cards).toHaveLength(3);
    expect(await getLastExportAt(db)).toEqual(expect.any(Number));
    expect(await screen.findByText(/^Last backup exported /)).toBeInTheDocument();
  });

  it('Restore backup merges a backup file and says what it brought', async () => {
    const other = createTestDatabase();
    await seedDeck(other, makeDeck('beta', 2));
    const text = serializeBackup(await exportBackup(other, Date.UTC(2026, 2, 9)));
    other.close();
    renderSettings();
    await userEvent.upload(screen.getByLabelText('Restore backup'), new File([text], 'beta.json'));
    expect(
      await screen.findByText(/^Merged the backup beta\.json into your data: 0 new reviews/),
    ).toBeInTheDocument();
    expect(await db.cards.count()).toBe(5);
  });

  it('refuses a backup from a newer version and changes nothing', async () => {
    renderSettings();
    const newer = JSON.stringify({ format: 'drillbook-backup', version: 3, decks: [] });
    await userEvent.upload(screen.getByLabelText('Restore backup'), new File([newer], 'new.json'));
    expect(
      await screen.findByText(/^new\.json: was made by a newer version of Drillbook/),
    ).toBeInTheDocument();
    expect(await db.cards.count()).toBe(3);
  });
});

describe('SettingsScreen markdown export', () => {
  it('exports the chosen deck as a bank file that compiles back to the same cards', async () => {
    await seedDeck(db, makeDeck('beta', 2));
    renderSettings();
    const section = within(screen.getByRole('region', { name: 'Export a deck as markdown' }));
    const select = await section.findByLabelText('Deck to export');
    await section.findByRole('option', { name: 'Deck beta' });
    await userEvent.selectOptions(select, 'beta');
    await userEvent.click(screen.getByRole('button', { name: 'Export as markdown' }));
    expect(
      await screen.findByText('Exported 2 cards of Deck beta as beta.md.'),
    ).toBeInTheDocument();
    const markdown = await readBlob(downloads[0]?.blob ?? new Blob());
    const again = compileDeck(markdown, 'beta.md');
    expect(again.cards.map((card) => card.id)).toEqual(
      makeDeck('beta', 2).cards.map((card) => card.id),
    );
  });
});
