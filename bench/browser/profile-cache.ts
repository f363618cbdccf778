// Node side: a seeded Chromium profile per collection size under bench/.cache/, kept between
// runs. Seeding 100,000 cards with 1,000,000 reviews takes minutes to an hour, so it is done
// once per seed format; every run measures on a copy, so each run starts from the same state.
import { createHash } from 'node:crypto';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
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
  port?: number;
};

export type CachedProfile = { dir: string; key: string; record: SeedRecord | null };

export async function findCachedProfile(size: number, port: number): Promise<CachedProfile> {
  const key = await computeSeedKey();
  const dir = join(cacheRoot, `review-${size}-${key}`);
  try {
    const record = JSON.parse(await readFile(join(dir, markerName), 'utf8')) as SeedRecord;
    return { dir, key, record: (record.port ?? port) === port ? record : null };
  } catch {
    return { dir, key, record: null };
  }
}

/** Removes any half-seeded or stale profile of this size, so seeding starts empty. */
export async function clearProfiles(size: number): Promise<void> {
  await mkdir(cacheRoot, { recursive: true });
  for (const name of await readdir(cacheRoot)) {
    if (name.startsWith(`review-${size}-`)) {
      await rm(join(cacheRoot, name), { recursive: true, force: true });
    }
  }
}

export async function markSeeded(dir: string, record: SeedRecord): Promise<void> {
  await writeFile(join(dir, markerName), `${JSON.stringify(record, null, 2)}\n`);
}

/** A throw-away copy of the seeded profile to measure on; the caller removes it. */
export async function copyProfile(dir: string): Promise<string> {
  const work = await mkdtemp(join(tmpdir(), 'drillbook-review-bench-'));
  await cp(dir, work, { recursive: true });
  return work;
}

async function computeSeedKey(): Promise<string> {
  const hash = createHash('sha256');
  for (const source of seedSources) {
    hash.update(await readFile(new URL(source, import.meta.url)));
  }
  return hash.digest('hex').slice(0, 12);
}
