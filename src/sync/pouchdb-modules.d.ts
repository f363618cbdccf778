// The part of PouchDB 9 that sync uses, typed here: @types/pouchdb-core declares a global
// `Buffer` of its own that breaks Node's.
declare module 'pouchdb-core' {
  export type PouchDoc = {
    _id: string;
    _rev?: string;
    _deleted?: boolean;
    _conflicts?: string[];
  } & Record<string, unknown>;

  export type PouchError = { status?: number; name?: string; message?: string; reason?: string };

  export type PouchChange = {
    id: string;
    seq: number | string;
    deleted?: boolean;
    doc?: PouchDoc;
  };

  export type PouchChangesOptions = {
    since?: number | string;
    live?: boolean;
    include_docs?: boolean;
    conflicts?: boolean;
    limit?: number;
    return_docs?: boolean;
  };

  export type PouchChangesFeed = {
    on(event: 'change', listener: (change: PouchChange) => void): PouchChangesFeed;
    on(event: 'complete', listener: (info: unknown) => void): PouchChangesFeed;
    on(event: 'error', listener: (error: PouchError) => void): PouchChangesFeed;
    cancel(): void;
  } & Promise<{ results: PouchChange[]; last_seq: number | string }>;

  export type PouchSyncInfo = {
    direction?: 'push' | 'pull';
    change?: { docs?: PouchDoc[]; docs_written?: number };
  };

  export type PouchSync = {
    on(event: 'change', listener: (info: PouchSyncInfo) => void): PouchSync;
    on(event: 'paused', listener: (error?: PouchError) => void): PouchSync;
    on(event: 'active', listener: () => void): PouchSync;
    on(
      event: 'denied' | 'error',
      listener: (error: PouchError & { doc?: PouchDoc }) => void,
    ): PouchSync;
    on(event: 'complete', listener: (info: unknown) => void): PouchSync;
    cancel(): void;
    /** The two replications a sync runs; their `paused` carries the network error. */
    push?: { on(event: 'paused', listener: (error?: PouchError) => void): unknown };
    pull?: { on(event: 'paused', listener: (error?: PouchError) => void): unknown };
  };

  export type PouchSyncOptions = {
    live?: boolean;
    retry?: boolean;
    batch_size?: number;
    batches_limit?: number;
    back_off_function?: (delay: number) => number;
  };

  export type PouchOptions = {
    adapter?: string;
    prefix?: string;
    auth?: { username: string; password: string };
    skip_setup?: boolean;
    revs_limit?: number;
    auto_compaction?: boolean;
    fetch?: (url: string | URL, init?: RequestInit) => Promise<Response>;
  };

  export type PouchPutResult = { ok?: boolean; id: string; rev: string; error?: string };

  export type PouchAllDocs = {
    total_rows: number;
    rows: { id: string; key: string; value: { rev: string; deleted?: boolean }; doc?: PouchDoc }[];
  };

  export default class PouchDB {
    constructor(name: string, options?: PouchOptions);
    static plugin(plugin: unknown): typeof PouchDB;
    static defaults(options: PouchOptions): typeof PouchDB;
    static sync(
      source: PouchDB,
      target: PouchDB,
      options?: PouchSyncOptions,
    ): PouchSync & Promise<unknown>;
    readonly name: string;
    get(id: string, options?: { conflicts?: boolean; rev?: string }): Promise<PouchDoc>;
    put(doc: PouchDoc): Promise<PouchPutResult>;
    bulkDocs(docs: PouchDoc[]): Promise<(PouchPutResult | PouchError)[]>;
    bulkGet(request: { docs: { id: string; rev?: string }[] }): Promise<{
      results: { id: string; docs: ({ ok: PouchDoc } | { error: PouchError })[] }[];
    }>;
    allDocs(options?: {
      include_docs?: boolean;
      conflicts?: boolean;
      startkey?: string;
      endkey?: string;
      keys?: string[];
    }): Promise<PouchAllDocs>;
    changes(options?: PouchChangesOptions): PouchChangesFeed;
    info(): Promise<{ db_name: string; doc_count: number; update_seq: number | string }>;
    close(): Promise<void>;
    destroy(): Promise<void>;
  }
}

declare module 'pouchdb-adapter-memory' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-idb' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-adapter-http' {
  const plugin: unknown;
  export default plugin;
}

declare module 'pouchdb-replication' {
  const plugin: unknown;
  export default plugin;
}
