// Sync in Chromium, as users run it: two browsers with their own profiles on disk are device
// A and device B, each running the app's sync code (bench/sync/sync-bench-page.ts) against
// the development CouchDB-compatible server on localhost. First sync of N reviews pushed from
// a full device and pulled into a fresh one, then one rating's latency from device A's commit
// to device B's stored schedule. Run with `npx tsx bench/sync-bench.ts [--sizes=100000]`;
// figures go to bench/results/sync.json. `--profile=<folder>` builds the page unminified and
// writes each device's CPU profile of the first sync there (open them in DevTools).
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import { startSyncServer } from '../scripts/sync-server';
import { benchChromium, readSizesOption, writeBenchResult } from './bench-support';
import { serveStatic } from './browser/serve-static';
import { buildBenchPage } from './build-bench-page';
import type { SyncBenchConfig, SyncBenchPage } from './sync/sync-bench-types';

const USER = { name: 'bench', password: 'bench-password' };
const LATENCY_SAMPLES = 40;
/** Issue targets, on localhost. */
const targets = { firstSyncSeconds: 10, ratingLatencyP95Ms: 2000 };

type Device = { context: BrowserContext; page: Page; profile: string; cdp: CDPSession };
/** Fine enough to see a function of a millisecond, coarse enough to leave the timings be. */
const PROFILE_SAMPLING_US = 1000;

function readProfileOption(args: readonly string[]): string | null {
  const option = args.find((arg) => arg.startsWith('--profile='));
  return option === undefined ? null : option.slice('--profile='.length);
}

async function startProfile(device: Device): Promise<void> {
  await device.cdp.send('Profiler.enable');
  await device.cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_SAMPLING_US });
  await device.cdp.send('Profiler.start');
}

async function saveProfile(device: Device, folder: string, name: string): Promise<void> {
  const { profile } = await device.cdp.send('Profiler.stop');
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
}

async function openDevice(url: string, name: string): Promise<Device> {
  const profile = await mkdtemp(join(tmpdir(), `drillbook-sync-bench-${name}-`));
  // A persistent profile keeps IndexedDB on disk, as for a real user.
  const context = await chromium.launchPersistentContext(profile, {
    ...benchChromium,
    headless: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (message) => console.log(`  ${name}: ${message.text()}`));
  page.on('pageerror', (error) => console.error(`  ${name}: ${error.message}`));
  await page.goto(url);
  await page.waitForFunction(() => Reflect.get(window, 'syncBench') !== undefined);
  return { context, page, profile, cdp: await context.newCDPSession(page) };
}

async function closeDevice(device: Device): Promise<void> {
  await device.context.close();
  await rm(device.profile, { recursive: true, force: true });
}

/** Calls one of the page's bench functions (bench/sync/sync-bench-page.ts) and waits for it. */
function call<K extends keyof SyncBenchPage>(
  device: Device,
  name: K,
  ...args: Parameters<SyncBenchPage[K]>
): Promise<Awaited<ReturnType<SyncBenchPage[K]>>> {
  const request: { name: string; args: unknown[] } = { name, args };
  return device.page.evaluate((sent) => {
    const bench: Record<string, (...values: unknown[]) => unknown> = Reflect.get(
      window,
      'syncBench',
    );
    return bench[sent.name]?.(...sent.args);
  }, request) as Promise<Awaited<ReturnType<SyncBenchPage[K]>>>;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

export async function runSyncBench(
  sizes: readonly number[] = readSizesOption(process.argv.slice(2), [100_000]),
): Promise<Record<string, unknown>> {
  const size = sizes[0] ?? 100_000;
  const profileFolder = readProfileOption(process.argv.slice(2));
  console.log('sync bench: building the bench page');
  const outDir = await buildBenchPage(
    new URL('./sync/', import.meta.url),
    'drillbook-sync-bench',
    profileFolder === null ? {} : { build: { minify: false } },
  );
  const site = await serveStatic(outDir);
  const server = await startSyncServer({
    port: 0,
    users: [USER],
    origin: new URL(site.url).origin,
  });
  const config: SyncBenchConfig = {
    url: server.databaseUrl(USER.name),
    username: USER.name,
    password: USER.password,
  };
  const devices: Device[] = [];
  try {
    const a = await openDevice(site.url, 'A');
    devices.push(a);
    const b = await openDevice(site.url, 'B');
    devices.push(b);
    console.log(`sync bench: seeding ${size} reviews on A`);
    const seeded = await call(a, 'seed', size);
    await call(b, 'seed', 0);
    const chromiumVersion = a.context.browser()?.version() ?? '';

    const loadBefore = loadavg();
    if (profileFolder !== null) for (const device of devices) await startProfile(device);
    await call(a, 'start', config);
    const pushSeconds = (await call(a, 'waitSynced')) / 1000;
    console.log(`sync bench: pushed in ${pushSeconds.toFixed(1)} s`);
    await call(b, 'start', config);
    const pullSeconds = (await call(b, 'waitPulled', size)) / 1000;
    console.log(`sync bench: pulled in ${pullSeconds.toFixed(1)} s`);
    const loadAfterFirstSync = loadavg();
    if (profileFolder !== null) {
      await saveProfile(a, profileFolder, 'sync-device-a');
      await saveProfile(b, profileFolder, 'sync-device-b');
    }

    const cardIds = await call(a, 'cardIds');
    const latencies: number[] = [];
    for (let i = 0; i < LATENCY_SAMPLES; i += 1) {
      const cardId = cardIds[i] ?? '';
      await call(b, 'watch', cardId);
      const committedAt = await call(a, 'rate', cardId, `live-${i}`);
      const storedAt = await call(b, 'watched');
      latencies.push(storedAt - committedAt);
    }
    console.log('sync bench: writing the reviews into scratch databases three ways');
    const writeFloor = await call(a, 'writeFloor');
    const result = {
      name: 'sync',
      date: new Date().toISOString(),
      environment: `Chromium ${chromiumVersion}, headless, two browsers with profiles on disk (IndexedDB, the app's PouchDB idb mirror); express-pouchdb in memory on localhost`,
      reviews: seeded.reviews,
      firstSync: { pushSeconds, pullSeconds },
      ratingLatencyMs: {
        samples: latencies.length,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        max: Math.max(...latencies),
      },
      writeFloor,
      targets,
      isWithinTargets:
        pushSeconds <= targets.firstSyncSeconds &&
        pullSeconds <= targets.firstSyncSeconds &&
        percentile(latencies, 95) <= targets.ratingLatencyP95Ms,
      machine: {
        cpus: cpus().length,
        loadAverageBefore: loadBefore,
        loadAverageAfterFirstSync: loadAfterFirstSync,
        loadAverageAfter: loadavg(),
      },
    };
    writeBenchResult('sync', result);
    return result;
  } finally {
    for (const device of devices) await closeDevice(device);
    await server.stop();
    await site.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(JSON.stringify(await runSyncBench(), null, 2));
  process.exit(0);
}
