import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAfterStartUp, type StartUpWindow } from '../../src/pwa/after-start-up';

type FakeWindow = StartUpWindow & { load: () => void; idle: () => void };

function createWindow(readyState: DocumentReadyState, hasIdleCallback = true): FakeWindow {
  const loadListeners = new Set<() => void>();
  let idleTask: (() => void) | null = null;
  const win: FakeWindow = {
    document: { readyState },
    addEventListener: (_type, listener) => {
      loadListeners.add(listener);
    },
    removeEventListener: (_type, listener) => {
      loadListeners.delete(listener);
    },
    setTimeout: (task, ms) => Number(setTimeout(task, ms)),
    clearTimeout: (handle) => clearTimeout(handle),
    load: () => {
      for (const listener of loadListeners) listener();
      loadListeners.clear();
    },
    idle: () => idleTask?.(),
  };
  if (hasIdleCallback) {
    win.requestIdleCallback = (task) => {
      idleTask = task;
      return 1;
    };
    win.cancelIdleCallback = () => {
      idleTask = null;
    };
  }
  return win;
}

describe('runAfterStartUp', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('waits for the load event, then the settle time, then an idle moment', () => {
    const win = createWindow('interactive');
    const task = vi.fn();
    runAfterStartUp(task, 3000, win);
    vi.advanceTimersByTime(10_000);
    win.idle();
    expect(task).not.toHaveBeenCalled();

    win.load();
    vi.advanceTimersByTime(2999);
    win.idle();
    expect(task).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(task).not.toHaveBeenCalled();
    win.idle();
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('counts the settle time from now when the page has already loaded', () => {
    const win = createWindow('complete', false);
    const task = vi.fn();
    runAfterStartUp(task, 500, win);
    vi.advanceTimersByTime(499);
    expect(task).not.toHaveBeenCalled();
    // Without requestIdleCallback, the task gets a task of its own just after the settle time.
    vi.advanceTimersByTime(2);
    expect(task).toHaveBeenCalledTimes(1);
  });

  it('never runs once cancelled, at whichever step it waits', () => {
    const task = vi.fn();
    const beforeLoad = createWindow('loading');
    runAfterStartUp(task, 100, beforeLoad)();
    beforeLoad.load();
    vi.advanceTimersByTime(1000);
    beforeLoad.idle();

    const settling = createWindow('complete');
    const cancelSettling = runAfterStartUp(task, 100, settling);
    vi.advanceTimersByTime(50);
    cancelSettling();
    vi.advanceTimersByTime(1000);
    settling.idle();

    const waitingForIdle = createWindow('complete');
    const cancelIdle = runAfterStartUp(task, 100, waitingForIdle);
    vi.advanceTimersByTime(100);
    cancelIdle();
    waitingForIdle.idle();
    expect(task).not.toHaveBeenCalled();
  });
});
