import type { StateCreator } from 'zustand';

export type StartupPhase = 'starting' | 'ready' | 'failed';

export type StatusSlice = {
  phase: StartupPhase;
  /** A message every screen shows until dismissed: storage failures, blocked upgrades. */
  alert: string | null;
  markReady: () => void;
  markFailed: (message: string) => void;
  showAlert: (message: string) => void;
  dismissAlert: () => void;
};

export const createStatusSlice: StateCreator<StatusSlice, [], [], StatusSlice> = (set) => ({
  phase: 'starting',
  alert: null,
  markReady: () => set({ phase: 'ready' }),
  markFailed: (message) => set({ phase: 'failed', alert: message }),
  showAlert: (message) => set({ alert: message }),
  dismissAlert: () => set({ alert: null }),
});
