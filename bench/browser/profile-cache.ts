// Node side: one seeded Chromium profile under bench/.cache/, kept between runs, holding one
// database per collection size. Seeding 100,000 cards with 1,000,000 reviews takes minutes, so
// it is done once per seed format; every run measures on a copy, so each run starts from the
// same state.
import { createHash } from 'node:crypto';
import { cp, link, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SeedFigures } from './review-bench-types';

const cacheRoot = fileURLToPath(new URL('../.cache/', import.meta.url));
const markerName = 'drillbook-seed.json';

/** The files that decide what a seeded database holds: a change to any of them re-seeds. */
const seedSources = [
  './seed-collection.ts',
  './seed-rows.ts',
  './fake-deck.ts',
  './random.ts',
  '../../src/storage/db.ts',
  '../../src/storage/card-row.ts',
];

/** What seeding left behind, written next to the profile once it is complete. */
export type SeedRecord = {
  seed: SeedFigures;
  /** The simulated clock the collection was built around; the measured run starts there. */
  startAt: number;
  seededAt: string;
  /** Wall time of the whole seeding, browser start to close. */
  seedWallMs: number;
  /** The page's port: IndexedDB belongs to an origin, so another port sees no database. */
  port: number;
};

/** The marker: what each size's database holds, once its seeding completed. */
type SeedMarker = { port: number; sizes: Record<string, SeedRecord> };

export type CachedProfile = { dir: string; key: string; records: Map<number, SeedRecord> };

/** The profile for the current seed format, and the sizes already seeded in it for `port`. */
export async function findCachedProfile(port: number): Promise<CachedProfile> {
  const key = await computeSeedKey();
  const dir = join(cacheRoot, `review-${key}`);
  const records = new Map<number, SeedRecord>();
  try {
    const marker = JSON.parse(await readFile(join(dir, markerName), 'utf8')) as SeedMarker;
    if (marker.port === port) {
      for (const [size, record] of Object.entries(marker.sizes)) records.set(Number(size), record);
    }
  } catch {
    // No marker: nothing seeded yet.
  }
  return { dir, key, records };
}

/** Removes profiles of other seed formats, and this one if it was seeded for another port. */
export async function clearStaleProfiles(profile: CachedProfile): Promise<void> {
  await mkdir(cacheRoot, { recursive: true });
  for (const name of await readdir(cacheRoot)) {
    const path = join(cacheRoot, name);
    const isCurrent = path === profile.dir && profile.records.size > 0;
    if (name.startsWith('review-') && !isCurrent) await rm(path, { recursive: true, force: true });
  }
}

export async function markSeeded(
  profile: CachedProfile,
  size: number,
  record: SeedRecord,
): Promise<void> {
  profile.records.set(size, record);
  const marker: SeedMarker = {
    port: record.port,
    sizes: Object.fromEntries([...profile.records].map(([key, value]) => [String(key), value])),
  };
  await writeFile(join(profile.dir, markerName), `${JSON.stringify(marker, null, 2)}\n`);
}

/**
 * A throw-away copy of the seeded profile to measure on; the caller removes it. LevelDB never
 * changes a table file (`.ldb`) once written, so those are hard links (the 100,000-card
 * database is about a gigabyte); its logs and manifest, which it appends to, are copied.
 */
export async function copyProfile(dir: string): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'drillbook-review-bench-'));
  await cp(dir, work, { recursive: true, filter: (source) => !source.endsWith('.ldb') });
  await linkTableFiles(dir, work);
  return work;
}

async function linkTableFiles(from: string, to: string): Promise<void> {
  for (const entry of await readdir(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) await linkTableFiles(source, target);
    else if (entry.name.endsWith('.ldb')) await link(source, target);
  }
}

async function computeSeedKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const source of seedSources) {
    hash.update(await readFile(new URL(source, import.meta.url)));
  }
  return hash.digest('hex').slice(0, 12);
}
