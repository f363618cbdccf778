import { join } from 'node:path';
import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { compileBank } from '../../scripts/vite-plugin-bank';
import { AppRoutes } from '../../src/app/AppRoutes';
import { Layout } from '../../src/app/Layout';
import { renderAppShell } from '../../src/app/render-app-shell';
import type { CompiledDeck } from '../../src/domain/card-types';
import { syncDecks } from '../../src/storage/bank-sync';
import { renderAt } from '../support/render-at';
import { installTestDatabase } from '../support/test-database';

const root = join(import.meta.dirname, '..', '..');
const bank: CompiledDeck[] = compileBank(root, join(root, 'cards')).decks;

/**
 * A tree's boxes as text: elements with their attributes (sorted) and their text, adjacent text
 * nodes joined (React's client render splits "20" and " cards"; they lay out as one). The
 * shell's `data-pending` marks (counts hidden until the database is read) are left out.
 */
function describeTree(node: Node): string {
  if (!(node instanceof Element)) return '';
  const attributes = [...node.attributes]
    .filter((attribute) => attribute.name !== 'data-pending')
    .map((attribute) => ` ${attribute.name}=${JSON.stringify(attribute.value)}`)
    .sort();
  const parts: string[] = [];
  let text = '';
  for (const child of node.childNodes) {
    if (child.nodeType === Node.TEXT_NODE) {
      text += child.textContent ?? '';
      continue;
    }
    if (text !== '') parts.push(JSON.stringify(text));
    text = '';
    parts.push(describeTree(child));
  }
  if (text !== '') parts.push(JSON.stringify(text));
  return `<${node.localName}${attributes.join('')}>${parts.join('')}</${node.localName}>`;
}

function parseShell(html: string): HTMLElement {
  const container = document.createElement('div');
  container.innerHTML = html;
  return container;
}

describe('the prerendered app shell', () => {
  it('is the Decks screen that the app renders on a first visit, box for box', async () => {
    await syncDecks(installTestDatabase(), bank, 'builtin', Date.UTC(2026, 10, 24, 9));
    const shell = parseShell(renderAppShell(bank));

    const { container } = renderAt(
      '/',
      <Layout>
        <AppRoutes />
      </Layout>,
    );
    const [first] = bank;
    await screen.findByRole('link', { name: first?.deck.title ?? '' });

    expect(describeTree(container)).toBe(describeTree(shell));
  });

  it('shows the header, the navigation and each built-in deck without JavaScript', () => {
    const shell = parseShell(renderAppShell(bank));
    const links = [...shell.querySelectorAll('nav[aria-label="Main"] a')].map((a) => a.textContent);
    expect(links).toEqual(['Decks', 'Review', 'Browse', 'Stats', 'Import', 'Settings']);
    expect(shell.querySelector('main h1')?.textContent).toBe('Decks');
    const titles = [...shell.querySelectorAll('.deck-list h2')].map((h2) => h2.textContent);
    expect(titles).toEqual(bank.map((deck) => deck.deck.title));
  });

  it('marks the counts as pending, since a returning user has other counts than the bank', () => {
    const shell = parseShell(renderAppShell(bank));
    expect(shell.querySelector('.deck-list')).toHaveAttribute('data-pending');
    expect(shell.querySelector('.actions')).toHaveAttribute('data-pending');
    expect(shell.querySelectorAll('[style], script, style')).toHaveLength(0);
  });
});
