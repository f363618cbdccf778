import { createDatabase, type DrillbookDb } from '../../storage/db';

let database: DrillbookDb | null = null;

/** The app's one connection. Tests give their own with `setDatabaseForTests`. */
export function getDatabase(): DrillbookDb {
  database ??= createDatabase();
  return database;
}

export function setDatabaseForTests(db: DrillbookDb): void {
  database = db;
}
