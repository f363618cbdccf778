import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { compileBank } from '../../scripts/vite-plugin-bank';
import { renderAppShell } from '../../src/app/render-app-shell';
import { adaptShellToRoute } from '../../src/app/shell-route';

const root = join(import.meta.dirname, '..', '..');
const shell = renderAppShell(compileBank(root, join(root, 'cards')).decks);

function currentNavLinks(): string[] {
  return [...document.querySelectorAll('nav[aria-label="Main"] a[aria-current="page"]')].map(
    (link) => link.textContent ?? '',
  );
}

beforeEach(() => {
  document.body.innerHTML = `<div id="root">${shell}</div>`;
});

describe('the shell served for another path than Decks', () => {
  it('keeps the Decks screen on /', () => {
    adaptShellToRoute(document, '/');
    expect(document.querySelector('main h1')?.textContent).toBe('Decks');
    expect(currentNavLinks()).toEqual(['Decks']);
  });

  it('says the screen is loading instead of showing Decks, and marks the right nav link', () => {
    adaptShellToRoute(document, '/review');
    const main = document.querySelector('#root main');
    expect(main?.querySelector('h1')).toBeNull();
    expect(main?.querySelector('[role="status"]')?.textContent).toBe('Loading…');
    expect(currentNavLinks()).toEqual(['Review']);
    expect(document.querySelector('nav[aria-label="Main"] a.active')?.textContent).toBe('Review');
  });

  it('marks no nav link on a path that has none (a deck)', () => {
    adaptShellToRoute(document, '/decks/backend-fundamentals');
    expect(document.querySelector('#root main h1')).toBeNull();
    expect(currentNavLinks()).toEqual([]);
  });

  it('leaves the development start-up screen alone', () => {
    document.body.innerHTML =
      '<div id="root"><main id="main" class="startup"><h1>Drillbook</h1></main></div>';
    adaptShellToRoute(document, '/stats');
    expect(document.querySelector('main h1')?.textContent).toBe('Drillbook');
  });
});
