import { render } from '@testing-library/react';
import { SettingsScreen } from '../../../src/features/settings/SettingsScreen';
import type { DrillbookDb } from '../../../src/storage/db';
import { createInProcessImport } from '../import/in-process-import';

export function renderSettings(db: DrillbookDb) {
  return render(<SettingsScreen runImportJob={createInProcessImport(db)} />);
}
