// Relays training progress to the page. fsrs-rs keeps [items done, items total] as two u32 in
// the wasm memory while computeParameters blocks the optimizer worker; this worker reads them
// and posts plain numbers. It holds the shared wasm memory so that the page never does: the
// page's heap would count that memory (hundreds of MB) as its own and collect garbage in long
// pauses, which is what the optimizer's own thread must spare the page.
export type ProgressRelayStart = { memory: SharedArrayBuffer; pointer: number; port: MessagePort };
export type RelayedProgress = { done: number; total: number };

const intervalMs = 200;

globalThis.addEventListener('message', (message: MessageEvent<ProgressRelayStart>) => {
  const { memory, pointer, port } = message.data;
  const counters = new Uint32Array(memory, pointer, 2);
  const post = () => {
    const progress: RelayedProgress = { done: counters[0] ?? 0, total: counters[1] ?? 0 };
    port.postMessage(progress);
  };
  post();
  setInterval(post, intervalMs);
  globalThis.postMessage('relaying');
});
