import { create } from 'zustand';
import { createSessionSlice, type SessionSlice } from './session-slice';
import { createStatusSlice, type StatusSlice } from './status-slice';

export type AppStore = StatusSlice & SessionSlice;

/** The one store: UI and session state only. Cards, schedule and reviews live in IndexedDB. */
export const useAppStore = create<AppStore>()((...args) => ({
  ...createStatusSlice(...args),
  ...createSessionSlice(...args),
}));
