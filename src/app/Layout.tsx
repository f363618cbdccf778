import type { ReactNode } from 'react';
import { Link, useRoute } from 'wouter';
import { mainNavigation } from '../components/routes';
import { useDisclosure } from '../components/use-disclosure';
import { InstallButton } from '../pwa/InstallButton';
import { PwaNotices } from '../pwa/PwaNotices';
import { useAppStore } from '../stores/app-store';

function NavItem({ href, label }: { href: string; label: string }) {
  const [isActive] = useRoute(href);
  return (
    <li>
      <Link
        href={href}
        className={isActive ? 'active' : undefined}
        aria-current={isActive ? 'page' : undefined}
      >
        {label}
      </Link>
    </li>
  );
}

export function Layout({ children }: { children: ReactNode }) {
  const alert = useAppStore((s) => s.alert);
  const dismissAlert = useAppStore((s) => s.dismissAlert);
  const menu = useDisclosure();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <span className="brand">Drillbook</span>
        <nav aria-label="Main">
          {/* Shown on narrow screens only (phone.css), where the links fold into a menu. */}
          <button
            type="button"
            className="menu-toggle"
            aria-expanded={menu.isOpen}
            aria-controls="main-nav-links"
            onClick={menu.toggle}
          >
            Menu
          </button>
          <ul id="main-nav-links" className={menu.isOpen ? 'is-open' : undefined}>
            {mainNavigation.map((link) => (
              <NavItem key={link.href} {...link} />
            ))}
          </ul>
        </nav>
        <InstallButton />
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
        <PwaNotices />
        {children}
      </main>
    </>
  );
}
