// The optimizer worker: reads the review history, trains FSRS parameters and reschedules cards
// off the main thread. The page makes one per job and ends it afterwards; Cancel ends it early.
import type { OptimizerCommand, OptimizerEvent } from '../domain/scheduler/optimizer-messages';
import { createDatabase } from '../storage/db';
import { runOptimize, runReschedule } from './optimizer-job';

const db = createDatabase();

function send(event: OptimizerEvent, transfer: Transferable[] = []): void {
  globalThis.postMessage(event, { transfer });
}

async function handle(command: OptimizerCommand): Promise<void> {
  if (command.type === 'optimize') {
    const result = await runOptimize(db, command.settings, command.threads, send);
    send({ type: 'optimized', result });
  } else {
    send({ type: 'rescheduled', cardCount: await runReschedule(db, command.settings, send) });
  }
}

globalThis.addEventListener('message', (message: MessageEvent<OptimizerCommand>) => {
  handle(message.data).catch((error: unknown) => {
    send({ type: 'failed', message: describeError(error) });
  });
});

function describeError(error: unknown): string {
  // fsrs-rs stops with a Rust panic, which reaches JavaScript as "unreachable".
  if (error instanceof WebAssembly.RuntimeError) {
    return 'FSRS could not train on this history. More reviews spread over more days may help.';
  }
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
