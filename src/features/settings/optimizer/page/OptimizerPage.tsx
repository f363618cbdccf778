import { useCallback, useId } from 'react';

import { mainNavigation, routes } from '../../../../components/routes';
import { OptimizerPanel } from '../OptimizerPanel';

/**
 * The optimizer's own page. Its links are plain ones: leaving loads the app's ordinary,
 * non-isolated page again, where card images from other sites keep working.
 */
export function OptimizerPage() {
  const headingId = useId();
  const startAtOnce = window.location.hash === '#start';
  // A reload of this page must not train again unasked.
  const forgetStart = useCallback(() => {
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
  }, []);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">Drillbook</span>
        <nav aria-label="Main">
          <ul>
            {mainNavigation.map(({ href, label }) => (
              <li key={href}>
                <a href={href}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="main">
        <section className="settings-section" aria-labelledby={headingId}>
          <h1 id={headingId}>Optimize parameters</h1>
          <p className="meta">
            Trains FSRS on your reviews in this browser, then compares the current and the new
            parameters on your own history. Nothing changes until you apply them.{' '}
            <a href={routes.settings}>Back to Settings</a>
          </p>
          <OptimizerPanel startAtOnce={startAtOnce} onStarted={forgetStart} />
        </section>
      </main>
    </>
  );
}
