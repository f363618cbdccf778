// What the Sync section shows, as data: the screen puts it into words with describeSyncStatus.

export type SyncProblem = 'wrong-password' | 'unreachable' | 'not-couchdb' | 'insecure-url';

export type SkippedDoc = { id: string; reason: string };

export type SyncStatus =
  | { state: 'off' }
  | { state: 'syncing'; waiting: number; skipped: SkippedDoc[] }
  | { state: 'synced'; at: number; skipped: SkippedDoc[] }
  | { state: 'offline'; waiting: number; skipped: SkippedDoc[] }
  | { state: 'error'; problem: SyncProblem; waiting: number };

const PROBLEM_TEXT: Record<SyncProblem, string> = {
  'wrong-password': 'Sync stopped: the server refused this username and password.',
  unreachable: 'Sync stopped: the server cannot be reached. Check the server URL.',
  'not-couchdb': 'Sync stopped: that URL is not a CouchDB database.',
  'insecure-url': 'Sync needs an https:// server URL (plain http only for localhost).',
};

/** The status in words, as `role=status` reads it out. */
export function describeSyncStatus(status: SyncStatus, formatTime: (at: number) => string) {
  const skipped = 'skipped' in status ? describeSkipped(status.skipped) : '';
  switch (status.state) {
    case 'off':
      return 'Sync is off.';
    case 'syncing':
      return `Syncing…${skipped}`;
    case 'synced':
      return `Synced at ${formatTime(status.at)}.${skipped}`;
    case 'offline':
      return `Offline: ${countChanges(status.waiting)} waiting.${skipped}`;
    case 'error':
      return PROBLEM_TEXT[status.problem];
  }
}

function countChanges(n: number): string {
  return n === 1 ? '1 change' : `${n} changes`;
}

function describeSkipped(skipped: readonly SkippedDoc[]): string {
  if (skipped.length === 0) return '';
  const [first] = skipped;
  const more = skipped.length > 1 ? ` and ${skipped.length - 1} more` : '';
  return ` Skipped a bad doc from the server: ${first?.id} (${first?.reason})${more}.`;
}
