// express-pouchdb ships no types; this is the part the development sync server uses.
declare module 'express-pouchdb' {
  import type { Express } from 'express';

  type CouchConfig = {
    set: (section: string, key: string, value: unknown, callback: () => void) => void;
  };
  type ExpressPouchDbOptions = {
    mode?: 'fullCouchDB' | 'minimumForPouchDB' | 'custom';
    inMemoryConfig?: boolean;
    logPath?: string;
    configPath?: string;
    overrideMode?: { include?: string[]; exclude?: string[] };
  };
  export default function expressPouchDb(
    pouchDb: unknown,
    options?: ExpressPouchDbOptions,
  ): Express & { couchConfig: CouchConfig; setPouchDB: (pouchDb: unknown) => Promise<void> };
}
