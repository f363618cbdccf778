// The one surface between screens and data: every query (a read) and command (a write) a screen
// may send, by name, with typed arguments and results. Each area of the app implements its
// handlers once, in src/data/handlers/, on top of storage and domain; screens reach them through
// `send` and the hooks in use-query.ts, never through storage or the database themselves.
import * as decksArea from './handlers/decks';

type Handler = (args: never) => Promise<unknown>;
type Area = { queries: Record<string, Handler>; commands: Record<string, Handler> };

/**
 * Where each area's handlers are. Decks is loaded with the app (it is the first screen); the
 * others with the first screen that sends to them, so that a screen's code stays in its chunk.
 */
const areaLoaders = {
  decks: () => Promise.resolve(decksArea),
  browse: () => import('./handlers/browse'),
  quiz: () => import('./handlers/quiz'),
  settings: () => import('./handlers/settings'),
  stats: () => import('./handlers/stats'),
  backup: () => import('./handlers/backup'),
  media: () => import('./handlers/media'),
} satisfies Record<string, () => Promise<Area>>;

type Areas = { [A in keyof typeof areaLoaders]: Awaited<ReturnType<(typeof areaLoaders)[A]>> };
type AreaName = keyof Areas;

export type Queries = Areas['decks']['queries'] &
  Areas['browse']['queries'] &
  Areas['quiz']['queries'] &
  Areas['settings']['queries'] &
  Areas['stats']['queries'] &
  Areas['backup']['queries'] &
  Areas['media']['queries'];

export type Commands = Areas['decks']['commands'] &
  Areas['browse']['commands'] &
  Areas['quiz']['commands'] &
  Areas['settings']['commands'] &
  Areas['stats']['commands'] &
  Areas['backup']['commands'] &
  Areas['media']['commands'];

export type Handlers = Queries & Commands;
export type HandlerName = keyof Handlers;
export type ArgsOf<K extends HandlerName> = Parameters<Handlers[K]>;
export type ResultOf<K extends HandlerName> = Handlers[K] extends (
  ...args: never[]
) => Promise<infer R>
  ? R
  : never;

type AreaOf<K> = {
  [A in AreaName]: K extends keyof Areas[A]['queries'] | keyof Areas[A]['commands'] ? A : never;
}[AreaName];

// The compiler checks that every handler is listed, under the area that implements it.
const areaOf: { [K in HandlerName]: AreaOf<K> } = {
  deckOverview: 'decks',
  deckPage: 'decks',
  deckList: 'decks',
  schedulerSettings: 'decks',
  cardDetail: 'browse',
  browseOptions: 'browse',
  browseChanges: 'browse',
  searchPage: 'browse',
  resultIds: 'browse',
  suspendCard: 'browse',
  unsuspendCard: 'browse',
  buryCard: 'browse',
  resetCard: 'browse',
  quizSources: 'quiz',
  quizChoice: 'quiz',
  termRarity: 'quiz',
  rememberQuizChoice: 'quiz',
  quizCards: 'quiz',
  cardsById: 'quiz',
  cramCards: 'quiz',
  savedMockInterview: 'quiz',
  mockAnswersToRate: 'quiz',
  recordPractice: 'quiz',
  saveMockInterview: 'quiz',
  clearMockInterview: 'quiz',
  rateMockAnswers: 'quiz',
  deckLimits: 'settings',
  workloadSample: 'settings',
  schedulingReviewCount: 'settings',
  saveSettings: 'settings',
  saveDeckLimit: 'settings',
  checkDatabase: 'settings',
  interviewDate: 'stats',
  readiness: 'stats',
  loadStats: 'stats',
  statsChanges: 'stats',
  saveInterviewDate: 'stats',
  lastBackupAt: 'backup',
  hasReviews: 'backup',
  backupStatus: 'backup',
  exportBackup: 'backup',
  dismissBackupReminder: 'backup',
  mediaImage: 'media',
};

const loadedAreas = new Map<AreaName, Area>([['decks', decksArea]]);

/** Loads the area that implements `name` (at most once) and returns its handler. */
export async function loadHandler<K extends HandlerName>(name: K): Promise<Handlers[K]> {
  const area = areaOf[name];
  let loaded = loadedAreas.get(area);
  if (loaded === undefined) {
    loaded = await areaLoaders[area]();
    loadedAreas.set(area, loaded);
  }
  return pickHandler(loaded, name);
}

/** The handler for `name` if its area is loaded already (Decks always is), else undefined. */
export function findLoadedHandler<K extends HandlerName>(name: K): Handlers[K] | undefined {
  const loaded = loadedAreas.get(areaOf[name]);
  return loaded === undefined ? undefined : pickHandler(loaded, name);
}

function pickHandler<K extends HandlerName>(area: Area, name: K): Handlers[K] {
  const handler = area.queries[name] ?? area.commands[name];
  if (handler === undefined) throw new Error(`No data handler is named ${name}`);
  // areaOf's type guarantees this area implements `name` with exactly this signature.
  return handler as Handlers[K];
}

/** Runs a query or a command once, by name. */
export async function send<K extends HandlerName>(
  name: K,
  ...args: ArgsOf<K>
): Promise<ResultOf<K>> {
  const handler = await loadHandler(name);
  return await callHandler<K>(handler, args);
}

/** Calls a handler with its arguments (none, or one object). */
export async function callHandler<K extends HandlerName>(
  handler: Handlers[K],
  args: ArgsOf<K>,
): Promise<ResultOf<K>> {
  const call = handler as (...rest: ArgsOf<K>) => Promise<ResultOf<K>>;
  return await call(...args);
}
