import { screen, within } from '@testing-library/react';
import type { CompiledDeck } from '../../../src/domain/card-types';
import { compileDeck } from '../../../src/domain/compiler/compile-deck';
import { useAppStore } from '../../../src/stores/app-store';

/** Session state is global (the store outlives a screen): every test starts from none. */
export function resetSessionState(): void {
  useAppStore.setState({
    revealedCardId: null,
    shownCardId: null,
    pinnedCardId: null,
    notice: null,
    alert: null,
  });
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
