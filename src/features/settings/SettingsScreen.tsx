import { useSchedulerSettings } from '../../data/services/use-scheduler-settings';
import type { RunImportJob } from '../../domain/deck-import/import-messages';
import { AppearanceSection } from './AppearanceSection';
import { BackupSection } from './BackupSection';
import { CheckDatabaseSection } from './CheckDatabaseSection';
import { DailyLimitsSection } from './DailyLimitsSection';
import { DeckLimitsSection } from './DeckLimitsSection';
import { DeckMarkdownExport } from './DeckMarkdownExport';
import { OptimizerSection } from './optimizer/OptimizerSection';
import { SchedulingSection } from './SchedulingSection';
import { StorageSection } from './StorageSection';
import { SyncSection } from './sync/SyncSection';
import './settings.css';

/** Settings: every change is checked, saved at once and part of the backup; no Save button. */
export function SettingsScreen({ runImportJob }: { runImportJob: RunImportJob<File> }) {
  const settings = useSchedulerSettings();
  return (
    <>
      <h1>Settings</h1>
      {settings === undefined ? (
        <p role="status">Loading settings…</p>
      ) : (
        <>
          <SchedulingSection settings={settings} />
          <DailyLimitsSection settings={settings} />
        </>
      )}
      <DeckLimitsSection />
      <AppearanceSection />
      <OptimizerSection />
      <StorageSection />
      <SyncSection />
      <BackupSection runImportJob={runImportJob} />
      <CheckDatabaseSection />
      <DeckMarkdownExport />
    </>
  );
}
