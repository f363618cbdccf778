import type { RunImportJob } from '../../domain/deck-import/import-messages';
import { BackupSection } from './BackupSection';
import { DeckMarkdownExport } from './DeckMarkdownExport';

/** Settings: backup and export here; the scheduler's settings get their own section. */
export function SettingsScreen({ runImportJob }: { runImportJob: RunImportJob<File> }) {
  return (
    <>
      <h1>Settings</h1>
      <BackupSection runImportJob={runImportJob} />
      <DeckMarkdownExport />
    </>
  );
}
