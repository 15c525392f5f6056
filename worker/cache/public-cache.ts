/**
 * Public answers that are expensive to build (the catalogue and plan snapshots, the region view) are kept in the
 * Workers Cache API under a key made of the deployment, the path and the GLOBAL change sequence (`sync_sequence`,
 * raised by a trigger on every write of a synced row and of the geography). Any write makes every key new, so a
 * kept answer is never stale; a repeated request costs one one-row query and a cache lookup instead of the build.
 * Only anonymous requests use it: a signed-in person may see drafts or private fields.
 *
 * Reading the sequence is a D1 round trip, which at the edge costs more than the cache lookup itself. So an isolate
 * reuses the sequence it last read for up to SEQUENCE_REUSE_MS, for requests without a D1 bookmark (which start at
 * any replica, however far behind, so may be stale anyway): a write made in another isolate shows in this one at most
 * that much later. A write through this isolate forgets it at once (`forgetSequenceAfterWrites`), and a request with
 * a bookmark always reads the sequence in its own session, so a device never gets an answer older than what it saw.
 *
 * On a `*.workers.dev` host the Cache API keeps nothing (Cloudflare caches only on a custom domain): the answer is
 * then built every time, exactly as without this module.
 */
import type { Context, MiddlewareHandler, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { D1_BOOKMARK_HEADER } from '../../schema/d1-bookmark.ts';
import type { AppEnv } from '../env.ts';

/**
 * An answer in two steps: its ETag (cheap: what a client revalidates with) and, only when the client does not hold
 * that version, its JSON body.
 */
export type Prepared<T> = { etag: string; cacheControl: string; headers?: Record<string, string>; body: () => Promise<T> };

/** What hc's typed client sees: the 200 with the body's type (a 304 has no body to type). */
type JsonAnswer<T> = (Response & TypedResponse<JSONParsed<T>, 200, 'json'>) | (Response & TypedResponse<null, 304, 'body'>);

const KEY_ORIGIN = 'https://public-cache.kpss.invalid';
/** How long the edge may keep an entry; any write replaces the key long before, this only bounds the garbage. */
const KEEP_SECONDS = 86_400;

export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  return ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t === etag || t === `W/${etag}`;
  });
}

/** A short content hash for an ETag of an answer that has no version of its own. */
export async function digest(text: string): Promise<string> {
  const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(hash).slice(0, 12)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export async function changeSequence(db: D1Database): Promise<number> {
  const row = await db.prepare('SELECT value FROM sync_sequence WHERE id = 1').first<{ value: number }>();
  return row?.value ?? 0;
}

/** How long an isolate reuses the change sequence it read, for a request without a bookmark. */
export const SEQUENCE_REUSE_MS = 1_000;

let lastRead: { sequence: number; readAt: number } | undefined;

/**
 * The sequence this isolate read less than SEQUENCE_REUSE_MS ago, or a fresh read in the request's session
 * (`inSession`, which the answer may then be kept under).
 */
async function recentChangeSequence(db: D1Database): Promise<{ sequence: number; inSession: boolean }> {
  const now = Date.now();
  if (lastRead && now - lastRead.readAt < SEQUENCE_REUSE_MS && now >= lastRead.readAt) return { sequence: lastRead.sequence, inSession: false };
  const sequence = await changeSequence(db);
  lastRead = { sequence, readAt: now };
  return { sequence, inSession: true };
}

/** Forgets the reused sequence; also what a test calls to act as another isolate's write. */
export function forgetChangeSequence() {
  lastRead = undefined;
}

/** After any request that may have written, this isolate reads the sequence again: its own writes show at once. */
export const forgetSequenceAfterWrites: MiddlewareHandler<AppEnv> = async (c, next) => {
  try {
    await next();
  } finally {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') forgetChangeSequence();
  }
};

function notModified(c: Context<AppEnv>, etag: string, headers: Record<string, string>) {
  return etagMatches(c.req.header('If-None-Match'), etag) ? c.body(null, 304, { ETag: etag, ...headers }) : null;
}

const json = (c: Context<AppEnv>, text: string | ReadableStream, headers: Record<string, string>) =>
  c.body(text, 200, { 'Content-Type': 'application/json; charset=UTF-8', ...headers });

/** A JSON GET through the cache: `prepare` runs on a miss (or for a signed-in person), the body only when needed. */
export async function servedFromPublicCache<T>(c: Context<AppEnv>, prepare: () => Promise<Prepared<T>>): Promise<JsonAnswer<T>> {
  return (await answerFromCache(c, prepare)) as JsonAnswer<T>;
}

async function answerFromCache<T>(c: Context<AppEnv>, prepare: () => Promise<Prepared<T>>): Promise<Response> {
  // Spelled out: the PWA's build type-checks this file with the DOM's CacheStorage, which has no `default`.
  const cache = typeof caches === 'undefined' ? undefined : (caches as unknown as { default: Cache }).default;
  let key: Request | undefined;
  if (!c.var.actor && cache) {
    const url = new URL(c.req.url);
    const deployment = c.env.CF_VERSION_METADATA?.id ?? 'local';
    const keyAt = (sequence: number) => new Request(`${KEY_ORIGIN}/${deployment}/${sequence}${url.pathname}${url.search}`);
    const read = c.req.header(D1_BOOKMARK_HEADER) ? { sequence: await changeSequence(c.var.d1), inSession: true } : await recentChangeSequence(c.var.d1);
    const kept = await cache.match(keyAt(read.sequence));
    if (kept) {
      const headers: Record<string, string> = JSON.parse(kept.headers.get('X-KPSS-Headers') ?? '{}');
      const etag = kept.headers.get('ETag') ?? '';
      return notModified(c, etag, { ...headers, 'X-KPSS-Cache': 'hit' }) ?? json(c, kept.body ?? '', { ETag: etag, ...headers, 'X-KPSS-Cache': 'hit' });
    }
    // An answer is kept under the sequence read in the request's own D1 session, from the same copy its body is built
    // from: under a newer sequence (the primary's, or one this isolate reused) a body from a replica that lags would
    // keep the older answer under the newer key until the next write.
    key = keyAt(read.inSession ? read.sequence : await changeSequence(c.var.d1));
  }
  const prepared = await prepare();
  const headers = { 'Cache-Control': prepared.cacheControl, ...prepared.headers };
  const unchanged = notModified(c, prepared.etag, headers);
  if (unchanged) return unchanged;
  const text = JSON.stringify(await prepared.body());
  if (key && cache) {
    const stored = new Response(text, {
      headers: { ETag: prepared.etag, 'X-KPSS-Headers': JSON.stringify(headers), 'Cache-Control': `public, max-age=${KEEP_SECONDS}` },
    });
    const putting = cache.put(key, stored);
    try {
      c.executionCtx.waitUntil(putting);
    } catch {
      // No execution context (a direct app.request): keep it before answering.
      await putting;
    }
  }
  return json(c, text, { ETag: prepared.etag, ...headers });
}
