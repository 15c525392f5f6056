import { A, type RouteSectionProps, useLocation } from '@solidjs/router';
import { createEffect, on } from 'solid-js';
import { t } from '../lib/i18n.ts';
import { SyncBadge } from '../meetings/sync-badge.tsx';
import { HeaderAccount } from '../sign-in/header-account.tsx';
import { SessionNotices } from '../sign-in/session-notices.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { OfflineIndicator } from './offline-indicator.tsx';
import { ReloadPrompt } from './reload-prompt.tsx';

export function Layout(props: RouteSectionProps) {
  let main!: HTMLElement;
  const location = useLocation();

  // "Území" stays marked while a territory is open; aria-current still names only the exact page.
  const inTerritories = () => location.pathname === '/' || location.pathname.startsWith('/uzemi/');

  // After an in-app navigation, start keyboard and screen-reader users at the new content, as a page load would.
  createEffect(on(() => location.pathname, () => main.focus({ preventScroll: true }), { defer: true }));

  return (
    <>
      <a class="skip-link" href="#main">
        {t().layout.skipToContent}
      </a>
      <header class="site-header">
        <div class="site-header__bar">
          <A href="/" class="brand" end>
            <img class="brand__logo" src="/favicon.svg" alt="" width="40" height="40" />
            <span class="brand__text">
              <span class="brand__name">{t().app.name}</span>
              <span class="brand__full-name">{t().app.fullName}</span>
            </span>
          </A>
          <LanguageSwitch />
        </div>
        <nav class="site-nav" aria-label={t().layout.navLabel}>
          <ul class="site-nav__list">
            <li>
              <A
                href="/"
                end
                class="site-nav__link"
                activeClass=""
                inactiveClass=""
                classList={{ 'site-nav__link--active': inTerritories() }}
              >
                {t().nav.territories}
              </A>
            </li>
            <SyncBadge />
            <HeaderAccount />
          </ul>
        </nav>
        <OfflineIndicator />
        <SessionNotices />
      </header>
      <main id="main" class="site-main" tabindex="-1" ref={main}>
        {props.children}
      </main>
      <footer class="site-footer">
        <p>{t().layout.footer}</p>
      </footer>
      <ReloadPrompt />
    </>
  );
}
