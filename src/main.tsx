// The page's entry, kept tiny: index.html already shows the app shell (the layout and the
// Decks screen, prerendered at build time). The app's code is fetched and run once the shell
// is painted, so the first paint never waits for it.
import './app/styles.css';
import './app/phone.css';
import { afterFirstPaint } from './app/after-first-paint';
import { adaptShellToRoute } from './app/shell-route';
import { yieldToMain } from './app/yield-to-main';
import { applyTheme, readThemeMirror } from './data/services/theme-mirror';
import { getInstallPrompt } from './pwa/install-service';

// A forced theme is on <html> as early as a script can put it (the CSP forbids inline ones).
applyTheme(readThemeMirror());
adaptShellToRoute(document, window.location.pathname);
// The browser may offer installing while the app's code is still loading: listen from the start.
getInstallPrompt();

async function startWhenPainted(container: HTMLElement): Promise<void> {
  // React, the database library, then the app: the code is fetched at once but set up in three
  // shorter tasks instead of one long one (a module runs when its own imports have arrived).
  const react = import('react-dom/client');
  const database = import('./storage/open-database').then((m) => m.loadDatabaseLibrary());
  await react;
  await yieldToMain();
  await database;
  await yieldToMain();
  const { startClient } = await import('./app/start-client');
  await startClient(container);
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
afterFirstPaint(() => void startWhenPainted(container));
