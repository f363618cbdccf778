import { NavLink, Outlet } from 'react-router';
import { useAppStore } from '../stores/app-store';

const links = [
  { to: '/', label: 'Decks' },
  { to: '/review', label: 'Review' },
] as const;

export function Layout() {
  const alert = useAppStore((s) => s.alert);
  const dismissAlert = useAppStore((s) => s.dismissAlert);
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">Drillbook</span>
        <nav aria-label="Main">
          <ul>
            {links.map((link) => (
              <li key={link.to}>
                <NavLink to={link.to} end={link.to === '/'}>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {alert && (
        <div className="alert" role="alert">
          <p>{alert}</p>
          <button type="button" onClick={dismissAlert}>
            Dismiss
          </button>
        </div>
      )}
      <main id="main">
        <Outlet />
      </main>
    </>
  );
}
