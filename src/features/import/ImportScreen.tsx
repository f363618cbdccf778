import { useEffect } from 'react';
import { importFiles, prepareImport } from '../../data/jobs';
import type { ImportSource, RunImportJob } from '../../domain/deck-import/import-messages';
import { ImportFiles } from './ImportFiles';
import { ImportLink } from './ImportLink';
import { ImportStatus } from './ImportStatus';
import { PasteImport } from './PasteImport';
import { useImportJob } from './use-import-job';

/**
 * Files, a drop zone, a link and a paste box; progress, cancel and a status region
 * (docs/architecture.md, "UI names").
 */
export function ImportScreen({
  runImportJob = importFiles,
}: {
  runImportJob?: RunImportJob<File>;
}) {
  const { state, start, cancel } = useImportJob(runImportJob);
  const isRunning = state.phase === 'running';
  // The next import's worker starts while the user picks files; each import uses up one.
  useEffect(() => {
    if (runImportJob !== importFiles || isRunning) return;
    return prepareImport();
  }, [runImportJob, isRunning]);
  const importSources = (sources: ImportSource<File>[]) => {
    if (sources.length > 0) void start({ expectation: 'any', sources });
  };

  return (
    <>
      <h1>Import</h1>
      <p className="meta">
        Bring your own question banks: markdown (one deck per file), Anki-style text (TSV or CSV,
        with or without <code>#separator:</code> headers), CSV with a{' '}
        <code>question,answer,tags</code> header row, or a Drillbook backup. Re-importing an edited
        file keeps every card's progress.
      </p>
      <ImportFiles isDisabled={isRunning} onFiles={importSources} />
      <ImportLink isDisabled={isRunning} onFile={(source) => importSources([source])} />
      <PasteImport isDisabled={isRunning} onPaste={(source) => importSources([source])} />
      <ImportStatus state={state} onCancel={cancel} />
    </>
  );
}
