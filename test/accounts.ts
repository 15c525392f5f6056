import { uuidv7 } from 'uuidv7';
import { userRoles, users } from '../schema/tables.ts';
import { hashPassword } from '../worker/auth/password.ts';
import type { TerritoryRole } from '../worker/env.ts';
import { api, db } from './helpers.ts';

export const PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

/** Creates an account with the test password (hashed once per file: PBKDF2 is slow on purpose). */
export async function createUser(options: { isAdmin?: boolean; roles?: [string, TerritoryRole][]; email?: string } = {}) {
  passwordHash ??= hashPassword(PASSWORD);
  const user = {
    id: uuidv7(),
    email: options.email ?? `user-${uuidv7()}@example.org`,
    name: 'Test User',
    passwordHash: await passwordHash,
    isAdmin: options.isAdmin ?? false,
  };
  await db.insert(users).values(user);
  for (const [territoryId, role] of options.roles ?? []) {
    await db.insert(userRoles).values({ id: uuidv7(), userId: user.id, territoryId, role });
  }
  return user;
}

/** Signs in through the API and returns the Cookie header that a browser would send afterwards. */
export async function signIn(email: string, password = PASSWORD): Promise<string> {
  const res = await api('/api/auth/login', { method: 'POST', json: { email, password } });
  if (res.status !== 200) throw new Error(`sign-in failed with ${res.status}`);
  return cookieFrom(res);
}

export function cookieFrom(res: Response): string {
  const setCookie = res.headers.get('set-cookie') ?? '';
  const match = /(__Host-kpss_session=[^;]+)/.exec(setCookie);
  if (!match?.[1]) throw new Error('no session cookie in the response');
  return match[1];
}

/** A request as the signed-in person, from the app's own origin. */
export const as = (cookie: string, path: string, init: Parameters<typeof api>[1] = {}) =>
  api(path, { ...init, headers: { ...Object.fromEntries(new Headers(init.headers)), cookie, origin: 'https://kpss.test' } });
