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

/** What the engine knows at a moment, from which its status follows. */
export type SyncFacts = {
  isStopped: boolean;
  problem: SyncProblem | null;
  isOffline: boolean;
  /** Replication is moving documents now. */
  isActive: boolean;
  syncedAt: number | null;
  /** Local changes not on the server yet. */
  waiting: number;
  skipped: SkippedDoc[];
};

/** The status to show: a stop, then a problem, then being offline outrank everything else. */
export function toSyncStatus(facts: SyncFacts): SyncStatus {
  const { problem, waiting, skipped, syncedAt } = facts;
  if (facts.isStopped) return { state: 'off' };
  if (problem !== null) return { state: 'error', problem, waiting };
  if (facts.isOffline) return { state: 'offline', waiting, skipped };
  if (facts.isActive || waiting > 0 || syncedAt === null) {
    return { state: 'syncing', waiting, skipped };
  }
  return { state: 'synced', at: syncedAt, skipped };
}

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
