/**
 * Signing in and out, and reading a raw `hc` answer into the app's `ApiError`: not the shell's (session.ts keeps who
 * is signed in), so a citizen who only reads the catalogue never downloads them.
 */
import { ApiError, api } from './api.ts';
import { type SessionUser, currentUser, forgetSession, pendingChangesOf, updateSessionUser } from './session.ts';

type RawResponse = { status: number; statusText: string; json(): Promise<unknown> };

/** Turns a failed response into the app's one error type; the body is the API's `{ error: { code, message } }`. */
export async function apiErrorFrom(response: RawResponse): Promise<ApiError> {
  const body: unknown = await response.json().catch(() => null);
  const error = (body as { error?: { code?: unknown; message?: unknown; issues?: unknown } } | null)?.error;
  if (error && typeof error.code === 'string') {
    const issues = Array.isArray(error.issues) ? (error.issues as ApiError['issues']) : [];
    return new ApiError(response.status, error.code, String(error.message ?? ''), issues);
  }
  return new ApiError(response.status, 'http_error', `${response.status} ${response.statusText}`);
}

/** Awaits a raw `hc` call; a fetch that got no response at all becomes the offline `ApiError` (status 0). */
export async function reach<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw new ApiError(0, 'network_error', error instanceof Error ? error.message : String(error));
  }
}

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
