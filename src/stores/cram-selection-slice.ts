import type { StateCreator } from 'zustand';

export type CramSelectionSlice = {
  /** Cards chosen elsewhere (a Browse result) for the cram screen to run, in order; null: none. */
  cramCardIds: string[] | null;
  setCramCardIds: (ids: string[] | null) => void;
};

export const createCramSelectionSlice: StateCreator<
  CramSelectionSlice,
  [],
  [],
  CramSelectionSlice
> = (set) => ({
  cramCardIds: null,
  setCramCardIds: (ids) => set({ cramCardIds: ids }),
});
