import type { RegisterSWOptions } from 'vite-plugin-pwa/types';
import { describe, expect, it, vi } from 'vitest';
import { createUpdateController, type WaitingWorker } from '../../src/pwa/update-controller';

/** A stand-in for the browser and vite-plugin-pwa: the test plays the worker's events. */
function setUp(options: { hasController?: boolean; waiting?: WaitingWorker } = {}) {
  const reload = vi.fn();
  const activateWaiting = vi.fn(async () => undefined);
  let events: RegisterSWOptions = {};
  let controllerChange: () => void = () => undefined;
  const scheduled: (() => void)[] = [];
  const delays: number[] = [];
  const controller = createUpdateController({
    reload,
    hasController: () => options.hasController ?? true,
    watchControllerChange: (listener) => {
      controllerChange = listener;
    },
    schedule: (callback, ms) => {
      scheduled.push(callback);
      delays.push(ms);
    },
    readWaitingWorker: () => options.waiting ?? null,
  });
  controller.start((registerOptions) => {
    events = registerOptions;
    return activateWaiting;
  });
  return {
    controller,
    reload,
    activateWaiting,
    delays,
    newVersionWaits: () => events.onNeedRefresh?.(),
    /** What a returning page sees: the browser's controllerchange, and vite-plugin-pwa's report. */
    newWorkerTakesControl: () => {
      controllerChange();
      events.onNeedReload?.();
    },
    /** What a page first opened without a worker sees: only the browser's controllerchange. */
    controllerChanges: () => controllerChange(),
    /** Time passes: what the controller scheduled runs. */
    runScheduled: () => {
      for (const callback of scheduled.splice(0)) callback();
    },
  };
}

describe('update controller', () => {
  it('offers a waiting version without reloading, and activates it only when accepted', async () => {
    const page = setUp();
    const { controller, reload, activateWaiting, newVersionWaits, newWorkerTakesControl } = page;
    expect(controller.state.get().isUpdateAvailable).toBe(false);

    newVersionWaits();
    expect(controller.state.get().isUpdateAvailable).toBe(true);
    expect(activateWaiting).not.toHaveBeenCalled();
    expect(reload).not.toHaveBeenCalled();

    await controller.accept();
    expect(activateWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    newWorkerTakesControl();
    expect(reload).toHaveBeenCalledTimes(1);
    page.runScheduled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads after accepting even if the waiting worker never takes over', async () => {
    const { controller, reload, newVersionWaits, runScheduled } = setUp();
    newVersionWaits();
    await controller.accept();
    expect(reload).not.toHaveBeenCalled();
    runScheduled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('never reloads on a timer when the user did not accept', () => {
    const { reload, newVersionWaits, runScheduled } = setUp();
    newVersionWaits();
    runScheduled();
    expect(reload).not.toHaveBeenCalled();
  });

  it('does not reload when another tab activated the new version, but keeps offering it', async () => {
    const { controller, reload, activateWaiting, newVersionWaits, newWorkerTakesControl } = setUp();
    newVersionWaits();
    controller.dismiss();
    expect(controller.state.get().isDismissed).toBe(true);

    newWorkerTakesControl();
    expect(reload).not.toHaveBeenCalled();
    expect(controller.state.get()).toMatchObject({ isUpdateAvailable: true, isDismissed: false });

    await controller.accept();
    // The new worker already controls the page: no worker to activate, just the reload.
    expect(activateWaiting).not.toHaveBeenCalled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('takes the first install claiming a new page for what it is, not for an update', async () => {
    const { controller, reload, activateWaiting, newVersionWaits, controllerChanges } = setUp({
      hasController: false,
    });
    controllerChanges();
    expect(controller.state.get().isUpdateAvailable).toBe(false);

    newVersionWaits();
    await controller.accept();
    expect(activateWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();
    controllerChanges();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('registers the worker once however often start-up runs', () => {
    const controller = createUpdateController({
      reload: vi.fn(),
      hasController: () => false,
      watchControllerChange: vi.fn(),
      schedule: vi.fn(),
    });
    const registerSW = vi.fn(() => async () => undefined);
    controller.start(registerSW);
    controller.start(registerSW);
    expect(registerSW).toHaveBeenCalledTimes(1);
  });

  it('reloads into the new version once its worker is active, however slow, not on a short timer', async () => {
    const waiting = Object.assign(new EventTarget(), { state: 'installed' });
    const { controller, reload, newVersionWaits, runScheduled, delays } = setUp({ waiting });
    newVersionWaits();
    await controller.accept();
    expect(delays).toEqual([30_000]);

    waiting.state = 'activating';
    waiting.dispatchEvent(new Event('statechange'));
    expect(reload).not.toHaveBeenCalled();
    waiting.state = 'activated';
    waiting.dispatchEvent(new Event('statechange'));
    expect(reload).toHaveBeenCalledTimes(1);
    runScheduled();
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('reloads at once when the waiting worker it accepted is made redundant by a newer one', async () => {
    const waiting = Object.assign(new EventTarget(), { state: 'installed' });
    const { controller, reload, newVersionWaits } = setUp({ waiting });
    newVersionWaits();
    await controller.accept();
    waiting.state = 'redundant';
    waiting.dispatchEvent(new Event('statechange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
