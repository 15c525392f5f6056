import { A, useLocation, useNavigate } from '@solidjs/router';
import { Show, createSignal } from 'solid-js';
import { t } from '../lib/i18n.ts';
import { currentUser } from '../lib/session.ts';
import { signInHref } from '../lib/links.ts';
import './sign-in.css';

/** Pages that make no sense signed out: leaving them is part of signing out. */
const SIGNED_IN_ONLY = ['/ucet'];

/** The end of the header's navigation: "Přihlásit", or the person's name (their account) and "Odhlásit". */
export function HeaderAccount() {
  const location = useLocation();
  const navigate = useNavigate();
  const [busy, setBusy] = createSignal(false);

  // Back to the same page after signing in; from the sign-in page itself, nowhere new.
  const signInLink = () =>
    location.pathname === '/prihlaseni' ? `/prihlaseni${location.search}` : signInHref(`${location.pathname}${location.search}`);

  const onSignOut = async () => {
    if (busy()) return;
    setBusy(true);
    // Read before signing out: a signed-in-only page sends the signed-out reader to the sign-in page by itself.
    const leaving = SIGNED_IN_ONLY.includes(location.pathname);
    try {
      // The dialogs of signing out are loaded with it: a citizen who never signs in never downloads them.
      const { requestSignOut } = await import('./session-notices.tsx');
      const signedOut = await requestSignOut();
      if (signedOut && leaving) navigate('/', { replace: true });
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="header-account">
      <Show
        when={currentUser()}
        fallback={
          <A href={signInLink()} class="site-nav__link" activeClass="" inactiveClass="">
            {t().account.signIn}
          </A>
        }
      >
        {(user) => (
          <>
            <A
              href="/ucet"
              class="site-nav__link header-account__name"
              activeClass="site-nav__link--active"
              inactiveClass=""
              aria-label={t().account.accountOf(user().name)}
            >
              <svg class="header-account__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
                <circle cx="12" cy="8" r="4" />
                <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7z" />
              </svg>
              <span class="header-account__text">{user().name}</span>
            </A>
            <button type="button" class="header-account__sign-out" onClick={() => void onSignOut()} disabled={busy()}>
              {t().account.signOut}
            </button>
          </>
        )}
      </Show>
    </li>
  );
}
