import { A, type RouteSectionProps, useLocation } from '@solidjs/router';
import { Show, createEffect, createMemo, createSignal, lazy, on, onMount } from 'solid-js';
import { t } from '../lib/i18n.ts';
import { currentUser } from '../lib/session.ts';
import { HeaderAccount } from '../sign-in/header-account.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { OfflineIndicator } from './offline-indicator.tsx';

// The outbox's badge and the session's notices and dialogs are for people who sign in: loaded only then, so the shell a
// citizen downloads holds no sync engine, no local database and no sign-in form.
const SyncBadge = lazy(() => import('../meetings/sync-badge.tsx').then((module) => ({ default: module.SyncBadge })));
const SessionNotices = lazy(() => import('../sign-in/session-notices.tsx').then((module) => ({ default: module.SessionNotices })));

// The service worker is registered once the page has loaded and the browser is idle: its precache of the whole app
// must not compete with the first screen on a slow connection.
const ReloadPrompt = lazy(() => import('./reload-prompt.tsx').then((module) => ({ default: module.ReloadPrompt })));

function whenLoadedAndIdle(then: () => void) {
  const idle = () => (window.requestIdleCallback ? window.requestIdleCallback(then, { timeout: 2_000 }) : setTimeout(then, 200));
  if (document.readyState === 'complete') idle();
  else window.addEventListener('load', idle, { once: true });
}

export function Layout(props: RouteSectionProps) {
  let main!: HTMLElement;
  const location = useLocation();
  const [pageLoaded, setPageLoaded] = createSignal(false);
  onMount(() => whenLoadedAndIdle(() => setPageLoaded(true)));
  // Once someone has signed in during this visit the notices stay: "you have been signed out" comes after it.
  const signedInThisVisit = createMemo<boolean>((was) => was || currentUser() !== null, false);

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
            <Show when={currentUser()}>
              <SyncBadge />
            </Show>
            <HeaderAccount />
          </ul>
        </nav>
        <OfflineIndicator />
        <Show when={signedInThisVisit()}>
          <SessionNotices />
        </Show>
      </header>
      <main id="main" class="site-main" tabindex="-1" ref={main}>
        {props.children}
      </main>
      <footer class="site-footer">
        <p>{t().layout.footer}</p>
      </footer>
      <Show when={pageLoaded()}>
        <ReloadPrompt />
      </Show>
    </>
  );
}
