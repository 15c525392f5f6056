import type { InferResponseType } from 'hono/client';
import { createEffect, createResource, createRoot, createSignal, on } from 'solid-js';
import { observeApiResponses, observedFetch } from './api-fetch.ts';
import type { api } from './api.ts';

/**
 * The signed-in person. The server is the judge (`GET /api/auth/me`), but a field worker opens the app without a
 * network: the last answer is kept in localStorage so that offline they still see themselves signed in with their
 * roles, and the server is asked again as soon as the browser is back online. A 401 from any API call means the
 * server no longer knows the session: the person stays on screen (and so does whatever they were typing) and is
 * asked to sign in again.
 *
 * Signing out, and a session that ends, clear what the device kept of private screens (lib/private-data.ts); what was
 * on screen stays there until the page changes, and the changes that wait stay in the outbox for their author.
 */
type MeAnswer = InferResponseType<typeof api.api.auth.me.$get, 200>;
export type SessionUser = NonNullable<MeAnswer['user']>;
export type TerritoryRole = SessionUser['roles'][number]['role'];

const CACHE_KEY = 'kpss.session';
const LOGIN_PATH = '/api/auth/login';

type CachedSession = { user: SessionUser; checkedAt: number };

const isSessionUser = (value: unknown): value is SessionUser =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as SessionUser).id === 'string' &&
  typeof (value as SessionUser).name === 'string' &&
  typeof (value as SessionUser).email === 'string' &&
  Array.isArray((value as SessionUser).roles);

function readCache(): CachedSession | null {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(CACHE_KEY) ?? 'null');
    if (typeof parsed !== 'object' || parsed === null) return null;
    const { user, checkedAt } = parsed as Partial<CachedSession>;
    return isSessionUser(user) && typeof checkedAt === 'number' ? { user, checkedAt } : null;
  } catch {
    return null;
  }
}

function writeCache(user: SessionUser | null) {
  try {
    if (user) localStorage.setItem(CACHE_KEY, JSON.stringify({ user, checkedAt: Date.now() } satisfies CachedSession));
    else localStorage.removeItem(CACHE_KEY);
  } catch {
    // Storage blocked or full: the session still works while the page is open, just not offline after a reload.
  }
}

/** Loaded when needed: the outbox and the local database behind it are not the shell's, most visitors never sign in. */
const forgetPrivateData = () => import('./private-data.ts').then((module) => module.forgetPrivateData());

type SignOutGuard = (userId: string) => Promise<number>;
const NO_PENDING_CHANGES: SignOutGuard = async () => 0;
let signOutGuard: SignOutGuard = NO_PENDING_CHANGES;

/**
 * The outbox registers here how many of a person's changes still wait to be sent, so that signing out warns first.
 * Returns the function that removes the guard again.
 */
export function registerSignOutGuard(guard: SignOutGuard): () => void {
  signOutGuard = guard;
  return () => {
    if (signOutGuard === guard) signOutGuard = NO_PENDING_CHANGES;
  };
}

/** How many changes of this person wait in this device (0 until an outbox registers its guard). */
export async function pendingChangesOf(userId: string): Promise<number> {
  try {
    return await signOutGuard(userId);
  } catch {
    // Unknown is not zero: better one warning too many than changes that seem to vanish.
    return 1;
  }
}

type SignedInListener = (user: SessionUser) => void;
const signedInListeners = new Set<SignedInListener>();

/** Called after every successful sign-in (also a renewed one after expiry): the outbox sends what waited. */
export function onSignedIn(listener: SignedInListener): () => void {
  signedInListeners.add(listener);
  return () => signedInListeners.delete(listener);
}

const session = createRoot(() => {
  const cached = readCache();
  const [expired, setExpired] = createSignal(false);
  /** true once the server has confirmed (or denied) the session during this visit */
  const [confirmed, setConfirmed] = createSignal(false);
  // Each local change (sign-in, sign-out) bumps this, so a check that started before it cannot undo it.
  let generation = 0;

  const [user, { mutate, refetch }] = createResource<SessionUser | null>(
    async (_source, { value: previous }): Promise<SessionUser | null> => {
      const started = generation;
      let next: SessionUser | null;
      try {
        // A plain fetch, typed from the route: the typed client is the screens', not the shell's.
        const response = await observedFetch('/api/auth/me');
        if (!response.ok) return previous ?? null;
        next = ((await response.json()) as MeAnswer).user;
      } catch {
        // Offline or the server unreachable: whoever was signed in last stays signed in on this device.
        return previous ?? null;
      }
      if (started !== generation) return user.latest;
      setConfirmed(true);
      if (next === null && previous) {
        // The server forgot the session (expired, revoked elsewhere): keep the person on screen and ask again.
        setExpired(true);
        return previous;
      }
      setExpired(false);
      writeCache(next);
      return next;
    },
    { initialValue: cached?.user ?? null },
  );

  const set = (next: SessionUser | null) => {
    generation++;
    writeCache(next);
    setExpired(false);
    setConfirmed(true);
    mutate(next);
  };

  observeApiResponses((response) => {
    if (response.status !== 401 || !user.latest) return;
    if (new URL(response.url, location.origin).pathname === LOGIN_PATH) return;
    setExpired(true);
  });

  // The server ended the session (expired, revoked from another device, perhaps because this one was lost): nothing
  // private stays on the device; after the next sign-in the person's meetings are pulled afresh.
  createEffect(
    on(expired, (isExpired, wasExpired) => {
      if (isExpired && !wasExpired) void forgetPrivateData();
    }),
  );

  window.addEventListener('online', () => void refetch());
  // Signing in or out in another tab of the app applies here as well.
  window.addEventListener('storage', (event) => {
    if (event.key !== CACHE_KEY) return;
    generation++;
    const fromOtherTab = readCache()?.user ?? null;
    setExpired(false);
    mutate(fromOtherTab);
  });

  return { user, set, expired, confirmed, refetch };
});

/** The signed-in person (possibly from the cache while offline), or null. Reactive. */
export const currentUser = (): SessionUser | null => session.user.latest;

/** The server no longer accepts this device's session: the person should sign in again. Reactive. */
export const sessionExpired = (): boolean => session.expired();

/** Whether the server has answered about the session during this visit (false while offline on the cache). */
export const sessionConfirmed = (): boolean => session.confirmed();

/** Asks the server again who is signed in (e.g. after coming back online). */
export const recheckSession = () => session.refetch();

/** After the server changed the person's own profile or roles (an accepted invitation), show the new state. */
export function updateSessionUser(user: SessionUser) {
  session.set(user);
  for (const listener of signedInListeners) listener(user);
}

export const rolesIn = (user: SessionUser | null, role: TerritoryRole) =>
  (user?.roles ?? []).filter((grant) => grant.role === role);

/** After the account is deleted or this device's session revoked: the server has already ended the session. */
export function forgetSession(): Promise<void> {
  session.set(null);
  return forgetPrivateData();
}

