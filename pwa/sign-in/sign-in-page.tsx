import { A, useLocation, useNavigate, useSearchParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { currentUser, sessionExpired } from '../lib/session.ts';
import { usePageTitle } from '../ui/page-title.ts';
import { signInMessages } from './messages.ts';
import { SignInForm } from './sign-in-form.tsx';
import './sign-in.css';

/** Where to go after signing in: only a path of this app, never another site (an open redirect). */
export function safeNext(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  try {
    const url = new URL(next, location.origin);
    return url.origin === location.origin ? `${url.pathname}${url.search}${url.hash}` : fallback;
  } catch {
    return fallback;
  }
}

// In lib/links.ts so that the header's link does not bring this page into the shell.
export { signInHref } from '../lib/links.ts';

/** /prihlaseni?next=/ucet */
export function SignInPage() {
  const m = signInMessages;
  usePageTitle(() => m().page.title);
  const [search] = useSearchParams<{ next: string }>();
  const location = useLocation<{ email?: string } | undefined>();
  const navigate = useNavigate();
  const next = () => safeNext(search.next);
  const initialEmail = () => location.state?.email ?? (sessionExpired() ? currentUser()?.email : undefined);

  return (
    <section class="sign-in" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">{m().page.title}</h1>
      <Show
        when={!sessionExpired() && currentUser()}
        fallback={
          <>
            <p>{m().page.intro}</p>
            <SignInForm idPrefix="sign-in" initialEmail={initialEmail()} onSignedIn={() => navigate(next(), { replace: true })} />
            <p class="sign-in__no-account muted">{m().page.noAccount}</p>
          </>
        }
      >
        {(user) => (
          <div class="notice notice--info">
            <p>{m().page.alreadySignedIn(user().name)}</p>
            <p class="form__actions">
              <A class="button" href={next()}>
                {m().page.continue}
              </A>
              <A class="button button--secondary" href="/ucet">
                {m().page.toAccount}
              </A>
            </p>
          </div>
        )}
      </Show>
    </section>
  );
}
