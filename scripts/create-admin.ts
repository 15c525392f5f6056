/**
 * Makes the first admin (or makes an existing account an admin):
 *   npm run create-admin -- --email jana@example.org [--name "Jana Nováková"] [--remote] [--persist-to DIR]
 * A new account gets a random password that is printed once; pipe one in with --password-stdin instead.
 * Local D1 by default; --remote writes to the deployed database.
 */
import { execFileSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import * as v from 'valibot';
import { Email, NewPassword, PersonName } from '../schema/api/accounts.ts';
import { hashPassword } from '../worker/auth/password.ts';

const { values } = parseArgs({
  options: {
    email: { type: 'string' },
    name: { type: 'string', default: 'Správce KPSS' },
    remote: { type: 'boolean', default: false },
    'persist-to': { type: 'string' },
    'password-stdin': { type: 'boolean', default: false },
  },
});

const email = v.safeParse(Email, values.email ?? '');
const name = v.safeParse(PersonName, values.name);
if (!email.success || !name.success) {
  console.error('Usage: npm run create-admin -- --email ADDRESS [--name NAME] [--remote] [--password-stdin]');
  process.exit(2);
}
const password = values['password-stdin'] ? readFileSync(0, 'utf8').trim() : randomBytes(15).toString('base64url');
if (!v.is(NewPassword, password)) {
  console.error('The password must have at least 10 characters.');
  process.exit(2);
}

const quote = (text: string) => `'${text.replaceAll("'", "''")}'`;
const wrangler = join(import.meta.dirname, '..', 'node_modules', '.bin', 'wrangler');
const target = values.remote ? ['--remote'] : ['--local', ...(values['persist-to'] ? ['--persist-to', values['persist-to']] : [])];
const d1 = (sql: string) =>
  (JSON.parse(execFileSync(wrangler, ['d1', 'execute', 'kpss', ...target, '--json', '--command', sql], { encoding: 'utf8' })) as { results: unknown[] }[])[0]?.results ?? [];

const now = Date.now();
const existing = d1(`SELECT id FROM users WHERE email = ${quote(email.output)}`);
if (existing.length > 0) {
  d1(`UPDATE users SET is_admin = 1, updated_at = ${now} WHERE email = ${quote(email.output)}`);
  console.log(`${email.output} already had an account: it is now an admin and keeps its password.`);
} else {
  d1(`INSERT INTO users (id, email, name, password_hash, is_admin, locale, created_at, updated_at)
VALUES (${quote(randomUUID())}, ${quote(email.output)}, ${quote(name.output)}, ${quote(await hashPassword(password))}, 1, 'cs', ${now}, ${now})`);
  console.log(`Admin ${email.output} created.`);
  if (!values['password-stdin']) console.log(`Password (shown once, change it after signing in): ${password}`);
}
