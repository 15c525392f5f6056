/**
 * Signing in and out: not the shell's (session.ts keeps who is signed in), so a citizen who only reads the catalogue
 * never downloads them.
 */
import { ApiError, apiErrorFrom, reach } from './api-error.ts';
import { api } from './api.ts';
import { type SessionUser, currentUser, forgetSession, pendingChangesOf, updateSessionUser } from './session.ts';

/** Sign-in refused after too many failures; `retryAfterSeconds` comes from the Retry-After header. */
export class TooManyAttemptsError extends ApiError {
  readonly retryAfterSeconds: number;
  constructor(retryAfterSeconds: number) {
    super(429, 'too_many_attempts', 'Too many failed sign-ins');
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/**
 * Signs in; throws `ApiError` (401 invalid_credentials, 400 with field issues, status 0 offline) or
 * `TooManyAttemptsError`.
 */
export async function signIn(email: string, password: string): Promise<SessionUser> {
  const response = await reach(() => api.api.auth.login.$post({ json: { email, password } }));
  // The route's type lists only its own statuses; the limiter's 429 comes from a shared helper.
  if ((response.status as number) === 429) {
    const seconds = Number(response.headers.get('retry-after'));
    throw new TooManyAttemptsError(Number.isFinite(seconds) && seconds > 0 ? seconds : 15 * 60);
  }
  if (!response.ok) throw await apiErrorFrom(response);
  const { user } = (await response.json()) as { user: SessionUser };
  updateSessionUser(user);
  return user;
}

export type SignOutResult = 'signed_out' | 'cancelled';

/**
 * Signs out on the server, then forgets the person on this device. Changes still waiting in the outbox are asked
 * about first: `confirmPendingChanges` gets their number and decides whether to go on (they stay on the device and
 * are sent after the author signs in again). Signing out needs the network: the session cookie is HttpOnly, so only
 * the server can end it, and forgetting the person locally while the cookie lives on would sign them back in later.
 */
export async function signOut(confirmPendingChanges: (count: number) => Promise<boolean>): Promise<SignOutResult> {
  const user = currentUser();
  if (user) {
    const pending = await pendingChangesOf(user.id);
    if (pending > 0 && !(await confirmPendingChanges(pending))) return 'cancelled';
  }
  const response = await reach(() => api.api.auth.logout.$post());
  // 401: the session had already ended on the server; this device still has to forget it.
  if (!response.ok && (response.status as number) !== 401) throw await apiErrorFrom(response);
  await forgetSession();
  return 'signed_out';
}
