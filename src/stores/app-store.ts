import { create } from 'zustand';
import { type CramSelectionSlice, createCramSelectionSlice } from './cram-selection-slice';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createStatusSlice, type StatusSlice } from './status-slice';

export type AppStore = StatusSlice & SessionSlice & CramSelectionSlice;

/** The one store: UI and session state only. Cards, schedule and reviews live in IndexedDB. */
export const useAppStore = create<AppStore>()((...args) => ({
  ...createStatusSlice(...args),
  ...createSessionSlice(...args),
  ...createCramSelectionSlice(...args),
}));
