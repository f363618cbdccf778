import type { StateCreator } from 'zustand';

export type SessionSlice = {
  /** The card whose answer is showing; keyed by id so a card that changes under us is never shown revealed. */
  revealedCardId: string | null;
  /** The card on screen and when it appeared, for the review's duration. */
  shownCardId: string | null;
  shownAt: number;
  /** A short status line for the review screen ("Undone", "Already rated in another tab"). */
  notice: string | null;
  showCard: (cardId: string, now: number) => void;
  revealAnswer: (cardId: string) => void;
  setNotice: (notice: string | null) => void;
};

export const createSessionSlice: StateCreator<SessionSlice, [], [], SessionSlice> = (set, get) => ({
  revealedCardId: null,
  shownCardId: null,
  shownAt: 0,
  notice: null,
  showCard: (cardId, now) => {
    if (get().shownCardId === cardId) return;
    set({ shownCardId: cardId, shownAt: now, revealedCardId: null });
  },
  revealAnswer: (cardId) => set({ revealedCardId: cardId }),
  setNotice: (notice) => set({ notice }),
});
