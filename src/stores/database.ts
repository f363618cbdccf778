import { createDatabase, type DrillbookDb } from '../storage/db';

let database: DrillbookDb | null = null;

/** The app's one connection. Tests give their own with `useDatabaseForTests`. */
export function getDatabase(): DrillbookDb {
  database ??= createDatabase();
  return database;
}

export function useDatabaseForTests(db: DrillbookDb): void {
  database = db;
}
