import { A, Navigate } from '@solidjs/router';
import { type JSX, Show } from 'solid-js';
import { ApiError } from '../lib/api.ts';
import { currentUser } from '../lib/session.ts';
import { signInHref } from '../sign-in/sign-in-page.tsx';
import { geographyMessages } from './messages.ts';
import '../sign-in/form.css';
import '../catalogue-admin/catalogue-admin.css';
import './geography.css';

export const geographyPath = '/sprava/uzemi';
export const regionPath = (code: string) => `${geographyPath}/${encodeURIComponent(code)}`;
export const territoryAdminPath = (code: string, slug: string) => `${regionPath(code)}/${encodeURIComponent(slug)}`;

/** The geography is the admin's: anyone else signed in is told so, the signed-out go to sign in and come back. */
export function AdminScreen(props: { path: string; children: JSX.Element }) {
  const m = geographyMessages;
  return (
    <Show when={currentUser()} fallback={<Navigate href={signInHref(props.path)} />}>
      {(user) => (
        <Show
          when={user().isAdmin}
          fallback={
            <div class="geography">
              <h1>{m().title}</h1>
              <p class="notice notice--error" role="alert">
                {m().forbidden}
              </p>
              <p>
                <A href="/ucet">{m().back}</A>
              </p>
            </div>
          }
        >
          <div class="geography">{props.children}</div>
        </Show>
      )}
    </Show>
  );
}

/** What a failed save or load says when it is not (only) about fields. */
export function failureText(error: unknown): string {
  const m = geographyMessages().errors;
  if (!(error instanceof ApiError)) return m.server;
  if (error.isNetworkError) return m.offline;
  if (error.status === 401) return m.signedOut;
  if (error.status === 403) return m.forbidden;
  if (error.status === 404) return m.notFound;
  if (error.status >= 400 && error.status < 500) return geographyMessages().issue(error.issues[0]?.message ?? error.message);
  return m.server;
}
