// Dexie's live queries for React, behind the storage layer: screens and stores observe the
// database through this module and never import a Dexie package themselves.
export { useLiveQuery } from 'dexie-react-hooks';
