import { configure, screen, within } from '@testing-library/react';
import { vi } from 'vitest';
import type { CompiledDeck } from '../../../src/domain/card-types';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';
import { useAppStore } from '../../../src/stores/app-store';

// These screens wait on fake-indexeddb writes and live queries; on a busy 2-core machine
// they can take longer than Testing Library's one second to show up, and a whole flow
// (a mock interview from setup to saved ratings) longer than Vitest's five. Each test file
// runs in its own context, so this applies only to the files that import this module.
configure({ asyncUtilTimeout: 5000 });
vi.setConfig({ testTimeout: 30_000 });

/** The app's alert is global (the store outlives a screen): every test starts from none. */
export function resetSessionState(): void {
  useAppStore.setState({ alert: null });
}

/** A deck whose cards have real key terms: bold Concepts bullets and a full interview answer. */
export function makeNetworkDeck(): CompiledDeck {
  return compileDeck(
    `---
deck: Networking
id: net
---

## Question 1: What happens when you open a URL?

### Concepts

- **DNS Resolution** finds the address.
- **TLS Handshake** secures the channel.

### Interview-Specific Answer

The browser resolves DNS to find the server IP, opens a TCP connection, and sends an HTTP request.

## Question 2: What is a load balancer?

### Interview-Specific Answer

A load balancer spreads incoming traffic across several servers so none is overloaded.
`,
    'net.md',
  );
}

export async function readQuestion(): Promise<string> {
  const region = await screen.findByRole('region', { name: 'Question' });
  return within(region).getByRole('heading').textContent ?? '';
}

/** The item at `index`, failing the test plainly when there is none. */
export function nth<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`expected an item at ${index} of ${items.length}`);
  return item;
}
