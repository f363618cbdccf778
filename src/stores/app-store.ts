import { create } from 'zustand';
import { type CramSelectionSlice, createCramSelectionSlice } from './cram-selection-slice';
import { createStatusSlice, type StatusSlice } from './status-slice';

export type AppStore = StatusSlice & CramSelectionSlice;

/**
 * The one store: UI state shared across screens only. Cards, schedule and reviews live in
 * IndexedDB; what belongs to one screen (a revealed answer, a notice) lives in that screen.
 */
export const useAppStore = create<AppStore>()((...args) => ({
  ...createStatusSlice(...args),
  ...createCramSelectionSlice(...args),
}));
