// `npm run sync-server`: a development CouchDB-compatible server for sync, the same set-up the
// tests start. express-pouchdb (the PouchDB project's CouchDB HTTP API) in its fullCouchDB mode
// (`_session`, `_users`) on the in-memory adapter, with what a production CouchDB 3 is set up
// with: a valid user required on every request, one database per user, CORS for the app only.
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { devNull } from 'node:os';
import { pathToFileURL } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';
import expressPouchDb from 'express-pouchdb';
import memoryAdapter from 'pouchdb-adapter-memory';
import PouchDB from 'pouchdb-core';
import replication from 'pouchdb-replication';

export type SyncServerUser = { name: string; password: string };

export type SyncServerOptions = {
  /** 0 picks a free port. */
  port?: number;
  users?: readonly SyncServerUser[];
  /** The app's origin, the only one CORS allows (e.g. http://localhost:5173). */
  origin?: string;
  /**
   * Keeps the databases of an earlier server with the same store name: a restart loses
   * nothing, as a real server's disk would. A fresh name (the default) starts empty.
   */
  storeName?: string;
};

export type SyncServer = {
  url: string;
  port: number;
  /** The database of a user, as CouchDB's per-user databases name it (`userdb-` + hex name). */
  databaseUrl: (name: string) => string;
  stop: () => Promise<void>;
};

export const DEFAULT_SYNC_PORT = 5984;
export const DEFAULT_SYNC_USER: SyncServerUser = { name: 'drillbook', password: 'drillbook' };
export const DEFAULT_APP_ORIGIN = 'http://localhost:5173';

/** CouchDB's couch_peruser naming: `userdb-` and the user name's UTF-8 bytes in hex. */
export function toUserDatabaseName(name: string): string {
  return `userdb-${Buffer.from(name, 'utf8').toString('hex')}`;
}

// Plugins change the class for good: installed once, whatever the number of servers.
const BasePouch = withReplication(PouchDB.plugin(memoryAdapter));
const ADMIN_NAME = 'admin';
const COUCHDB_WELCOME = {
  couchdb: 'Welcome',
  version: '3.3.3',
  vendor: { name: 'Drillbook development server (express-pouchdb)' },
};
const CORS_HEADERS = 'Accept, Authorization, Content-Type, Origin, Referer';
const CORS_METHODS = 'GET, PUT, POST, HEAD, DELETE';

/** Adds replication unless another module of this process already has (it cannot be added twice). */
export function withReplication(pouch: typeof PouchDB): typeof PouchDB {
  return 'replicate' in pouch.prototype ? pouch : pouch.plugin(replication);
}

export async function startSyncServer(options: SyncServerOptions = {}): Promise<SyncServer> {
  const users = options.users ?? [DEFAULT_SYNC_USER];
  const origin = options.origin ?? DEFAULT_APP_ORIGIN;
  const adminPassword = randomUUID();
  const prefix = `drillbook-sync-${options.storeName ?? randomUUID()}-`;
  const MemoryPouch = BasePouch.defaults({ adapter: 'memory', prefix });
  const couch = expressPouchDb({
    mode: 'fullCouchDB',
    inMemoryConfig: true,
    logPath: devNull,
    overrideMode: { exclude: ['routes/fauxton'] },
  });
  couch.couchConfig.set('admins', ADMIN_NAME, adminPassword, () => {});
  couch.couchConfig.set('log', 'level', 'none', () => {});
  // The admin is set before PouchDB starts: a later change reopens `_users` mid-start.
  await couch.setPouchDB(MemoryPouch);

  const app = express();
  app.disable('x-powered-by');
  app.use(allowOrigin(origin));
  app.use(requireValidUser([...users, { name: ADMIN_NAME, password: adminPassword }]));
  app.get('/', (_req, res) => {
    res.json(COUCHDB_WELCOME);
  });
  app.use(couch);

  const server = await listen(app, options.port ?? 0);
  const port = (server.address() as AddressInfo).port;
  const url = `http://localhost:${port}`;
  const admin = { name: ADMIN_NAME, password: adminPassword };
  for (const user of users) await createUser(url, admin, user);
  return {
    url,
    port,
    databaseUrl: (name) => `${url}/${toUserDatabaseName(name)}`,
    stop: () => close(server),
  };
}

/** CORS for the app's origin only, with credentials, as CouchDB's `[cors]` section sets it. */
function allowOrigin(origin: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    if (req.headers.origin === origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Headers', CORS_HEADERS);
      res.setHeader('Access-Control-Allow-Methods', CORS_METHODS);
      res.setHeader('Vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.status(req.headers.origin === origin ? 204 : 403).end();
      return;
    }
    next();
  };
}

/**
 * CouchDB's `require_valid_user`: every request but the login itself needs a known user's
 * name and password (Basic) or a session cookie, which express-pouchdb checks after this.
 */
function requireValidUser(users: readonly SyncServerUser[]) {
  return (req: Request, res: Response, next: NextFunction) => {
    const isLogin = req.path === '/_session' && req.method === 'POST';
    const hasCookie = (req.headers.cookie ?? '').includes('AuthSession=');
    const basic = readBasicAuth(req.headers.authorization);
    if (isLogin || (hasCookie && basic === null)) {
      next();
      return;
    }
    if (basic !== null && users.some((user) => isSameUser(user, basic))) {
      next();
      return;
    }
    res.setHeader('WWW-Authenticate', 'Basic realm="server"');
    res.status(401).json({ error: 'unauthorized', reason: 'Name or password is incorrect.' });
  };
}

function readBasicAuth(header: string | undefined): SyncServerUser | null {
  const match = /^Basic ([A-Za-z0-9+/=]+)$/.exec(header ?? '');
  if (!match?.[1]) return null;
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  return { name: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

function isSameUser(known: SyncServerUser, given: SyncServerUser): boolean {
  const a = Buffer.from(`${known.name}:${known.password}`);
  const b = Buffer.from(`${given.name}:${given.password}`);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The user, and their database readable and writable by them only (couch_peruser's set-up). */
async function createUser(url: string, admin: SyncServerUser, user: SyncServerUser) {
  const auth = `Basic ${Buffer.from(`${admin.name}:${admin.password}`).toString('base64')}`;
  const send = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok && response.status !== 412 && response.status !== 409) {
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    }
  };
  const id = `org.couchdb.user:${user.name}`;
  await send('PUT', `/_users/${encodeURIComponent(id)}`, {
    _id: id,
    name: user.name,
    password: user.password,
    roles: [],
    type: 'user',
  });
  const database = `/${toUserDatabaseName(user.name)}`;
  await send('PUT', database);
  await send('PUT', `${database}/_security`, {
    admins: { names: [user.name], roles: [] },
    members: { names: [user.name], roles: [] },
  });
}

function listen(app: express.Express, port: number): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, 'localhost', () => resolve(server));
    server.once('error', reject);
  });
}

function close(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.closeAllConnections();
    server.close((error) => (error ? reject(error) : resolve()));
  });
}

type CliOptions = { port: number; user: SyncServerUser; origin: string };

/** Flags win over environment variables, which win over the documented defaults. */
export function readCliOptions(
  args: readonly string[],
  env: Record<string, string | undefined>,
): CliOptions {
  const flag = (name: string) => {
    const index = args.indexOf(`--${name}`);
    return index >= 0 ? args[index + 1] : undefined;
  };
  return {
    port: Number(flag('port') ?? env.SYNC_PORT ?? DEFAULT_SYNC_PORT),
    user: {
      name: flag('user') ?? env.SYNC_USER ?? DEFAULT_SYNC_USER.name,
      password: flag('password') ?? env.SYNC_PASSWORD ?? DEFAULT_SYNC_USER.password,
    },
    origin: flag('origin') ?? env.SYNC_ORIGIN ?? DEFAULT_APP_ORIGIN,
  };
}

async function main() {
  const options = readCliOptions(process.argv.slice(2), process.env);
  const server = await startSyncServer({
    port: options.port,
    users: [options.user],
    origin: options.origin,
  });
  process.stdout.write(
    `Sync server at ${server.url} for ${options.origin}\n` +
      `User "${options.user.name}", database ${server.databaseUrl(options.user.name)}\n` +
      'Data lives in memory and is gone when the server stops.\n',
  );
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) void main();
