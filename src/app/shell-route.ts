// The prerendered shell in index.html is the Decks screen, but the server (and the service
// worker) answers every path with that page. Elsewhere the shell keeps its header and says
// that the screen is loading, until React renders the screen itself.

/** Fits the shell to the path it was served for: the main area and the current nav link. */
export function adaptShellToRoute(document: Document, pathname: string): void {
  if (pathname === '/') return;
  const main = document.querySelector('#root main');
  if (main === null || main.classList.contains('startup')) return;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.textContent = 'Loading…';
  main.replaceChildren(status);
  for (const link of document.querySelectorAll('#root nav[aria-label="Main"] a')) {
    const isCurrent = link.getAttribute('href') === pathname;
    link.classList.toggle('active', isCurrent);
    if (isCurrent) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}
