/**
 * One demo account per role, with passwords documented in the README. Hashes are made here with Node's PBKDF2 in
 * the same "pbkdf2-sha256$count$salt$hash" form as worker/auth/password.ts, with a salt derived from the e-mail so
 * that the seed stays byte-identical between runs.
 */
import { createHash, pbkdf2Sync } from 'node:crypto';
import type { userRoles, users } from '../../schema/tables.ts';
import { PBKDF2_ITERATIONS } from '../../worker/auth/password.ts';
import { childId, personId, territoryId, type OrpSlug } from './keys.ts';

type DemoAccount = {
  key: string;
  email: string;
  name: string;
  password: string;
  isAdmin: boolean;
  roles: [OrpSlug, 'member' | 'coordinator'][];
  /** the planning participant (demo person) this account is */
  personKey?: string;
};

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { key: 'admin', email: 'admin@kpss.example', name: 'Správce KPSS (ukázka)', password: 'demo-heslo-admin', isAdmin: true, roles: [] },
  {
    key: 'coordinator',
    email: 'koordinator@kpss.example',
    name: 'Veronika Příkladná',
    password: 'demo-heslo-koordinator',
    isAdmin: false,
    roles: [['jindrichuv-hradec', 'coordinator'], ['tabor', 'coordinator']],
    personKey: 'jh-coordinator',
  },
  {
    key: 'member',
    email: 'clen@kpss.example',
    name: 'Lenka Modelová',
    password: 'demo-heslo-clen',
    isAdmin: false,
    roles: [['jindrichuv-hradec', 'member']],
    personKey: 'jh-charita',
  },
];

export const accountId = (key: string) => childId('user', key);

function demoPasswordHash(email: string, password: string): string {
  const salt = createHash('sha256').update(`kpss-demo-salt:${email}`).digest().subarray(0, 16);
  const hash = pbkdf2Sync(password, salt, PBKDF2_ITERATIONS, 32, 'sha256');
  return ['pbkdf2-sha256', PBKDF2_ITERATIONS, salt.toString('base64'), hash.toString('base64')].join('$');
}

export const demoUsers: (typeof users.$inferInsert)[] = DEMO_ACCOUNTS.map((account) => ({
  id: accountId(account.key),
  email: account.email,
  name: account.name,
  passwordHash: demoPasswordHash(account.email, account.password),
  isAdmin: account.isAdmin,
}));

export const demoUserRoles: (typeof userRoles.$inferInsert)[] = DEMO_ACCOUNTS.flatMap((account) =>
  account.roles.map(([territory, role]) => ({
    id: childId('user_role', `${account.key}/${territory}`),
    userId: accountId(account.key),
    territoryId: territoryId(territory),
    role,
  })),
);

/** person id → account id, for the demo people who also sign in */
export const demoPersonAccounts = new Map(
  DEMO_ACCOUNTS.flatMap((account) => (account.personKey ? [[personId(account.personKey), accountId(account.key)] as const] : [])),
);
