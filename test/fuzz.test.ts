/// <reference types="vite/types/importMeta.d.ts" />
/**
 * Every route the app has (read from app.routes, so a route added later is fuzzed without a line here) gets
 * generated bad requests: wrong methods, wrong types, missing and unknown fields, huge strings, bytes that are not
 * UTF-8, SQL and HTML injection, bad path and query parameters, bogus cookies and cross-site origins, as the public,
 * a member and a coordinator of the demo data. A run passes when
 *   - nothing answers 5xx,
 *   - no answer carries a stack trace or internals (SQL, D1 or SQLite errors, source paths) the request did not,
 *   - every 4xx is the one error shape, and a 4xx changed nothing: no insert, update or delete in any D1 table
 *     (counted by triggers, below), no new or deleted file in R2.
 * FUZZ_RUNS (environment, via vitest.config.ts) sets the runs per route: small in `npm test`, 10,000 in
 * `npm run fuzz`. FUZZ_SEED replays a failure that fast-check reported.
 */
import { env, exports } from 'cloudflare:workers';
import fc from 'fast-check';
import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { newToken, sha256Hex } from '../worker/auth/tokens.ts';
import app from '../worker/index.ts';
import { type Body, body, pathParam, query, schemaVocabulary, type Vocabulary } from './fuzz-inputs.ts';
import { loadDemoSeed } from './helpers.ts';

const RUNS = Number(env.FUZZ_RUNS) || 10;
const SEED = env.FUZZ_SEED ? Number(env.FUZZ_SEED) : undefined;
const ORIGIN = 'https://kpss.test';
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'] as const;
/**
 * Counting requests is a throttle's whole job, refused ones included (or a hearing's code could be guessed for
 * free): a refused sign-in may write to the sign-in throttle's table, a refused public-hearing request to the rate
 * limiter's, and nowhere else.
 */
const THROTTLE_TABLES = ['login_attempts', 'rate_limits'];
const THROTTLED_PATHS = [/^\/api\/auth\/login$/, /^\/api\/public-hearings\//];

const routes = [...new Set(app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`))];

/** Internals that must never reach a client, unless the request itself carried the same text. */
const LEAKS = [
  /\n\s+at \S/,
  /\bat [\w$.<>]+ \([^)]*:\d+/,
  /SQLITE_\w+/,
  /D1_\w+/,
  /Failed query/i,
  /\bselect\b[^"]{0,120}\bfrom\b/i,
  /\binsert into\b/i,
  /\bdelete from\b/i,
  /\bupdate "?\w+"? set\b/i,
  /[\w/-]+\.(?:ts|js):\d+/,
  /node_modules/,
  /cloudflare-internal/,
  /\b(?:TypeError|ReferenceError|RangeError|SyntaxError|URIError)\b/,
  /no such (?:table|column)/i,
  /constraint failed/i,
];

type Actor = 'public' | 'member' | 'coordinator' | 'bogus';
type Sessions = Record<'member' | 'coordinator', { id: string; userId: string; cookie: string }>;

let vocab: Vocabulary;
let sessions: Sessions;
let tables: string[];
const realValues = new Map<string, string[]>();

/** A session row made directly, as sign-in would make it, without paying for PBKDF2 on every re-login. */
async function mintSession(userId: string) {
  const token = newToken();
  const id = uuidv7();
  const now = Date.now();
  await env.DB.prepare('INSERT INTO sessions (id, user_id, token_hash, expires_at, last_used_at, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
    .bind(id, userId, await sha256Hex(token), now + 86_400_000, now, now, now)
    .run();
  return { id, userId, cookie: `__Host-kpss_session=${token}` };
}

/** A fuzzed logout or session revocation that succeeded ends a session: the next run gets a fresh one. */
async function keepSessionsAlive() {
  for (const who of ['member', 'coordinator'] as const) {
    const alive = await env.DB.prepare('SELECT 1 FROM sessions WHERE id = ?').bind(sessions[who].id).first();
    if (!alive) sessions[who] = await mintSession(sessions[who].userId);
  }
}

/**
 * Counts every insert, update and delete in D1: a trigger on every table (the test's own, made here; the search
 * index's shadow tables follow `services`, which is counted) adds one to a counter, and the throttles' tables to a
 * counter of their own. SQLite's total_changes() would do it without triggers, but local D1 counts every
 * statement there, reads too.
 */
async function countWrites() {
  const statements = ['CREATE TABLE fuzz_writes (id INTEGER PRIMARY KEY, writes INTEGER NOT NULL, throttle INTEGER NOT NULL)', 'INSERT INTO fuzz_writes VALUES (1, 0, 0)'];
  for (const table of tables.filter((t) => !t.startsWith('services_fts'))) {
    const counter = THROTTLE_TABLES.includes(table) ? 'throttle' : 'writes';
    for (const op of ['INSERT', 'UPDATE', 'DELETE']) {
      statements.push(`CREATE TRIGGER "fuzz_${table}_${op}" AFTER ${op} ON "${table}" BEGIN UPDATE fuzz_writes SET ${counter} = ${counter} + 1 WHERE id = 1; END`);
    }
  }
  await env.DB.batch(statements.map((sql) => env.DB.prepare(sql)));
}

async function fingerprint(throttled: boolean): Promise<string> {
  const row = (await env.DB.prepare('SELECT writes, throttle FROM fuzz_writes').first<{ writes: number; throttle: number }>())!;
  return throttled ? String(row.writes) : `${row.writes}/${row.throttle}`;
}

async function files(): Promise<number> {
  return (await env.FILES.list({ limit: 1000 })).objects.length;
}

/** Real values for a path parameter, so that the handler behind a valid-looking id runs too. */
async function valuesFor(name: string, segment: string): Promise<string[]> {
  const column = async (table: string, col: string) => {
    const { results } = await env.DB.prepare(`SELECT DISTINCT "${col}" AS v FROM "${table}" WHERE "${col}" IS NOT NULL LIMIT 6`).all<{ v: string | number }>();
    return results.map((r) => String(r.v));
  };
  if (name === 'territory') return ['jindrichuv-hradec', 'tabor', ...(await column('territories', 'slug'))];
  if (name === 'code') return column('regions', 'code');
  if (name === 'year') return ['2025', '2026', '2027'];
  if (name === 'userId') return [sessions.member.userId, ...(await column('users', 'id'))];
  if (name === 'sessionId') return [sessions.member.id, sessions.coordinator.id];
  const snake = name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
  // `:id` after `/plans/` is a plan; a name like `memberId` is the id of a group member, `kind` a kind column
  const byName = snake.endsWith('_id') ? [snake.slice(0, -3), `${snake.slice(0, -3)}s`, `group_${snake.slice(0, -3)}s`] : [];
  const seg = segment.replace(/-/g, '_');
  for (const table of [...byName, seg, `plan_${seg}`, `planning_${seg}`]) {
    if (tables.includes(table)) return column(table, 'id');
  }
  for (const table of tables) {
    const cols = (await env.DB.prepare(`SELECT name FROM pragma_table_info('${table}')`).all<{ name: string }>()).results.map((c) => c.name);
    if (cols.includes(snake)) return column(table, snake);
  }
  return vocab.ids;
}

beforeAll(async () => {
  await loadDemoSeed();
  tables = (await env.DB.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_cf_%'").all<{ name: string }>()).results.map(
    (r) => r.name,
  );
  await countWrites();
  const userId = async (email: string) => (await env.DB.prepare('SELECT id FROM users WHERE email = ?').bind(email).first<{ id: string }>())!.id;
  sessions = { member: await mintSession(await userId('clen@kpss.example')), coordinator: await mintSession(await userId('koordinator@kpss.example')) };
  const ids = (await env.DB.prepare("SELECT id FROM meetings UNION ALL SELECT id FROM plans UNION ALL SELECT id FROM services LIMIT 12").all<{ id: string }>()).results.map((r) => r.id);
  vocab = { ...schemaVocabulary(import.meta.glob('../schema/api/*.ts', { eager: true })), ids };
  for (const route of routes) {
    const path = route.split(' ')[1]!;
    for (const m of path.matchAll(/([^/]+)\/:(\w+)/g)) {
      const key = `${m[1]}/:${m[2]}`;
      if (!realValues.has(key)) realValues.set(key, await valuesFor(m[2]!, m[1]!));
    }
  }
});

type Case = { method: string; path: string; query: string; body: Body; actor: Actor; origin: string | undefined; bogus: string };

function caseFor(route: string): fc.Arbitrary<Case> {
  const [method, pattern] = route.split(' ') as [string, string];
  const params = [...pattern.matchAll(/([^/]+)\/:(\w+)/g)].map((m) => ({ at: m[0], prefix: m[1]!, arb: pathParam(realValues.get(`${m[1]}/:${m[2]}`) ?? []) }));
  const path = fc.tuple(...params.map((p) => p.arb)).map((values) => params.reduce((p, param, i) => p.replace(param.at, `${param.prefix}/${values[i]}`), pattern));
  return fc.record({
    method: fc.oneof({ weight: 5, arbitrary: fc.constant(method) }, fc.constantFrom(...METHODS)),
    path: params.length ? path : fc.constant(pattern),
    query: fc.oneof(fc.constant(''), query(vocab)),
    body: body(vocab),
    actor: fc.constantFrom<Actor>('public', 'member', 'coordinator', 'bogus'),
    origin: fc.oneof({ weight: 6, arbitrary: fc.constant(ORIGIN) }, fc.constantFrom(undefined, 'https://evil.example', 'null', 'http://kpss.test')),
    bogus: fc.oneof(
      fc.string({ maxLength: 60 }).map((s) => `__Host-kpss_session=${encodeURIComponent(s)}`),
      fc.constantFrom(`__Host-kpss_session=${'A'.repeat(43)}`, `__Host-kpss_session=${'a'.repeat(5000)}`, 'kpss_session=x', '__Host-kpss_session=%FF%FE', ';;;==;', '__Host-kpss_session'),
    ),
  });
}

function request(c: Case): Request {
  const headers = new Headers();
  if (c.actor === 'member' || c.actor === 'coordinator') headers.set('cookie', sessions[c.actor].cookie);
  if (c.actor === 'bogus') headers.set('cookie', c.bogus);
  if (c.origin) headers.set('origin', c.origin);
  const withBody = c.method !== 'GET' && c.method !== 'HEAD' && c.body.body !== undefined;
  if (withBody && c.body.contentType) headers.set('content-type', c.body.contentType);
  return new Request(`${ORIGIN}${c.path}${c.query ? `?${c.query}` : ''}`, { method: c.method, headers, body: withBody ? c.body.body : undefined });
}

async function check(c: Case) {
  const throttled = THROTTLED_PATHS.some((path) => path.test(c.path));
  const before = { rows: await fingerprint(throttled), files: await files() };
  const res = await exports.default.fetch(request(c));
  const text = await res.text();
  const what = `${c.method} ${c.path}${c.query ? `?${c.query.slice(0, 200)}` : ''} as ${c.actor} → ${res.status} ${text.slice(0, 300)}`;
  expect(res.status, what).toBeLessThan(500);
  const sent = `${c.path} ${decodeSafely(c.path)} ${c.query} ${decodeSafely(c.query)} ${c.body.text}`.toLowerCase();
  for (const leak of LEAKS) {
    const found = leak.exec(text)?.[0];
    if (found && !sent.includes(found.toLowerCase())) expect.fail(`internal detail "${found}" in ${what}`);
  }
  if ((res.headers.get('content-type') ?? '').includes('html')) expect(text, what).not.toMatch(/<script>alert|onerror=alert|onload=alert/);
  if (res.status >= 400) {
    if (c.method !== 'HEAD') {
      const json = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
      expect(typeof json.error?.code, what).toBe('string');
      expect(typeof json.error?.message, what).toBe('string');
    }
    expect(await files(), `R2 changed: ${what}`).toBe(before.files);
    expect(await fingerprint(throttled), `D1 changed: ${what}`).toBe(before.rows);
  } else if (c.actor === 'member' || c.actor === 'coordinator') {
    await keepSessionsAlive();
  }
}

function decodeSafely(text: string): string {
  try {
    return decodeURIComponent(text.replaceAll('+', ' '));
  } catch {
    return text;
  }
}

describe(`every route, ${RUNS} generated bad requests each`, () => {
  it('finds the routes in the app itself, the ones of every resource among them', () => {
    expect(routes.length).toBeGreaterThan(100);
    expect(routes).toContain('POST /api/sync/push');
    expect(routes).toContain('GET /api/catalogue/search');
  });

  it.each(routes)('%s', async (route) => {
    await fc.assert(fc.asyncProperty(caseFor(route), check), { numRuns: RUNS, seed: SEED, endOnFailure: false });
  }, 600_000);
});
