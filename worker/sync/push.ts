/**
 * Applies a push (the contract is in schema/api/sync.ts).
 *
 * Exactly-once: each change is written in a D1 batch together with its `sync_changes` row, whose primary key is
 * the client's change id. A change seen before is answered from that row (same content hash: duplicate; other
 * content: conflict) and never applied again, and two requests racing with one change cannot both win: the second
 * batch fails on the primary key and rolls back whole. The `sync_changes` insert also carries the guard: its
 * content hash is written only if the row the change was planned from still has the seq it was read with, so a
 * batch planned from a stale read fails on NOT NULL, rolls back, and the change is planned again.
 *
 * Rejections are decided before anything is written and are not stored: a rejected change changed nothing, so
 * pushing it again simply asks again (and a change that was `forbidden` or `depends_on_missing` may apply then).
 */
import { eq, inArray, sql } from 'drizzle-orm';
import type { BatchItem } from 'drizzle-orm/batch';
import * as v from 'valibot';
import { type ChangeResult, REJECT_REASONS, SYNC_OPS, SyncChangeEnvelope } from '../../schema/api/sync.ts';
import { meetings, syncChanges } from '../../schema/tables.ts';
import type { Actor, Database } from '../env.ts';
import { issueField } from '../validation.ts';
import { PendingRow, PushContext } from './context.ts';
import { type IncomingChange, isRejection, type Rejection, type SyncModule, type WritePlan } from './types.ts';

const ATTEMPTS = 3;

/**
 * Told, before each batch goes out, the entities the push will have applied if it commits: the route's audit note,
 * which commits in that batch (worker/db/guarded-d1.ts).
 */
export type BeforeWrite = (entities: string[]) => void;

function noteWrite(ctx: PushContext, writing: Planned[]) {
  ctx.beforeWrite([...new Set([...ctx.appliedEntities, ...writing.map((p) => p.change.entity)])].sort());
}
/** changes written in one D1 batch when they do not depend on each other */
const GROUP_SIZE = 50;
const CHUNK = 90;

export type PushInput = { clientId: string; appVersion: string; changes: ({ id: string } & Record<string, unknown>)[] };

/** Canonical JSON: keys sorted at every level, so the same change hashes the same whatever order the client wrote. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/**
 * What the change does, hashed as the client sent it (unknown fields included: it is the same change if it is the
 * same bytes of intent). `createdAt` is left out: it is the device clock, not part of what the change does.
 */
export async function contentHash(change: Record<string, unknown>): Promise<string> {
  const { entity, op, entityId, baseRevisionId, resolvesConflict, data } = change;
  const text = canonical({ entity, op, entityId, baseRevisionId: baseRevisionId ?? null, resolvesConflict: resolvesConflict ?? false, data: data ?? {} });
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const errorChain = (err: unknown): string[] => {
  const messages: string[] = [];
  for (let e: unknown = err; e instanceof Error && messages.length < 5; e = e.cause) messages.push(e.message);
  return messages;
};

/** Logged with ids and codes only: the change itself may carry personal data. */
function serverError(change: IncomingChange, input: PushInput, err: unknown): Rejection {
  // the innermost message is the database's own; drizzle's wrapper around it quotes the parameters
  const cause = (errorChain(err).at(-1) ?? 'unknown error').slice(0, 200);
  console.error(JSON.stringify({ level: 'error', message: 'sync change failed', entity: change.entity, op: change.op, appVersion: input.appVersion, error: cause }));
  return { rejected: 'server_error', message: 'The server could not apply this change; it will be tried again' };
}

function rejected(change: { id: string; entityId?: unknown }, rejection: Rejection): ChangeResult {
  return {
    id: change.id,
    entityId: typeof change.entityId === 'string' ? change.entityId : '',
    status: 'rejected',
    reason: rejection.rejected,
    message: rejection.message,
    ...(rejection.issues ? { issues: rejection.issues } : {}),
    retryable: REJECT_REASONS[rejection.rejected],
  };
}

async function seenBefore(db: Database, ids: string[]) {
  const seen = new Map<string, string>();
  for (let i = 0; i < ids.length; i += CHUNK) {
    const rows = await db
      .select({ id: syncChanges.id, contentHash: syncChanges.contentHash })
      .from(syncChanges)
      .where(inArray(syncChanges.id, ids.slice(i, i + CHUNK)));
    for (const row of rows) seen.set(row.id, row.contentHash);
  }
  return seen;
}

const answerSeen = (id: string, entityId: string, storedHash: string, hash: string): ChangeResult =>
  storedHash === hash
    ? { id, entityId, status: 'duplicate' }
    : { id, entityId, status: 'conflict', reason: 'change_id_reused', message: 'The server holds a different change under this id; it was not applied' };

function parseEnvelope(raw: Record<string, unknown>, modules: Record<string, SyncModule>): IncomingChange | Rejection {
  if (typeof raw.entity === 'string' && !Object.hasOwn(modules, raw.entity)) {
    return { rejected: 'unknown_entity', message: `This server does not sync "${raw.entity}"`, issues: [{ field: 'entity', message: 'is not known to this server' }] };
  }
  if (typeof raw.op === 'string' && !(SYNC_OPS as readonly string[]).includes(raw.op)) {
    return { rejected: 'unknown_op', message: `"${raw.op}" is not an op; use ${SYNC_OPS.join(' or ')}`, issues: [{ field: 'op', message: `must be one of ${SYNC_OPS.join(', ')}` }] };
  }
  const parsed = v.safeParse(SyncChangeEnvelope, raw);
  if (!parsed.success) {
    const issues = parsed.issues.map((issue) => ({ field: issueField('', issue).replace(/^\./, '') || 'change', message: issue.message }));
    return { rejected: 'invalid', message: issues.map((i) => `${i.field}: ${i.message}`).join('; '), issues };
  }
  const change = parsed.output;
  return {
    id: change.id,
    entity: change.entity,
    op: change.op as IncomingChange['op'],
    entityId: change.entityId,
    baseRevisionId: change.baseRevisionId ?? null,
    resolvesConflict: change.resolvesConflict ?? false,
    data: change.data,
  };
}

type Planned = { index: number; change: IncomingChange; hash: string; plan: WritePlan; module: SyncModule };

/** The client's change checked against what the server has seen: answered at once, or ready to plan. */
function screen(raw: { id: string } & Record<string, unknown>, hash: string, seen: Map<string, string>, modules: Record<string, SyncModule>): ChangeResult | IncomingChange {
  const storedHash = seen.get(raw.id);
  if (storedHash !== undefined) return answerSeen(raw.id, typeof raw.entityId === 'string' ? raw.entityId : '', storedHash, hash);
  const change = parseEnvelope(raw, modules);
  return 'rejected' in change ? rejected(raw, change) : change;
}

async function plan(ctx: PushContext, module: SyncModule, change: IncomingChange, flush: () => Promise<void>) {
  try {
    return await module.plan(ctx, change);
  } catch (err) {
    if (!(err instanceof PendingRow)) throw err;
    // it needs a row that a change waiting in the group writes: write the group first, then plan on what it wrote
    await flush();
    return module.plan(ctx, change);
  }
}

/**
 * Changes are planned one after another; the writes of consecutive changes that do not touch each other's rows go
 * to D1 together (a batch per change would cost one round trip each). Should such a batch fail, nothing of it was
 * written and its changes are written again one by one, so a failure stays with the change that caused it.
 */
export async function pushChanges(db: Database, actor: Actor | null, input: PushInput, modules: Record<string, SyncModule>, beforeWrite: BeforeWrite = () => {}) {
  const ctx = new PushContext(db, actor);
  ctx.beforeWrite = beforeWrite;
  const seen = await seenBefore(db, [...new Set(input.changes.map((c) => c.id))]);
  await ctx.prefetch(input.changes);
  const results: ChangeResult[] = [];
  let group: Planned[] = [];
  const flush = async () => {
    const writing = group;
    group = [];
    if (writing.length) await writeGroup(ctx, writing, seen, results, input);
    ctx.pending.clear();
  };
  for (const [index, raw] of input.changes.entries()) {
    if (ctx.pending.has(raw.id) || group.length >= GROUP_SIZE) await flush();
    const hash = await contentHash(raw);
    const change = screen(raw, hash, seen, modules);
    if ('status' in change) {
      results[index] = change;
      continue;
    }
    const module = modules[change.entity]!;
    let planned: WritePlan | Rejection;
    try {
      planned = await plan(ctx, module, change, flush);
    } catch (err) {
      planned = serverError(change, input, err);
    }
    if (isRejection(planned)) {
      results[index] = rejected(change, planned);
      continue;
    }
    group.push({ index, change, hash, plan: planned, module });
    for (const id of [change.id, change.entityId, planned.rowId]) ctx.pending.add(id);
  }
  await flush();
  return { results, appliedEntities: [...ctx.appliedEntities].sort() };
}

/** The change's writes with its `sync_changes` row first (carrying the guard) and the row read back last. */
function batchOf(ctx: PushContext, { change, hash, plan }: Planned): BatchItem<'sqlite'>[] {
  const table = plan.table as typeof meetings;
  const record = ctx.db.insert(syncChanges).values({
    id: change.id,
    userId: ctx.actor?.userId ?? null,
    entity: change.entity,
    entityId: change.entityId,
    contentHash: sql`CASE WHEN (SELECT ${table.seq} FROM ${table} WHERE ${table.id} = ${plan.rowId}) IS ${plan.readSeq} THEN ${hash} END`,
    result: 'applied',
    receivedAt: Date.now(),
  });
  return [record, ...plan.statements, ctx.db.select().from(table).where(eq(table.id, plan.rowId))];
}

function applied(ctx: PushContext, { change, hash, plan }: Planned, rows: unknown, seen: Map<string, string>): ChangeResult {
  const row = (rows as Record<string, unknown>[])[0];
  seen.set(change.id, hash);
  ctx.appliedEntities.add(change.entity);
  if (row) ctx.rememberRow(change.entity, row);
  plan.afterApply?.(ctx);
  return {
    id: change.id,
    entityId: change.entityId,
    status: 'applied',
    ...(typeof row?.seq === 'number' ? { serverSeq: row.seq } : {}),
    ...(row?.conflicted === true ? { conflicted: true } : {}),
    ...(plan.warnings?.length ? { warnings: plan.warnings } : {}),
  };
}

const asBatch = (items: BatchItem<'sqlite'>[]) => items as [BatchItem<'sqlite'>, ...BatchItem<'sqlite'>[]];

async function writeGroup(ctx: PushContext, group: Planned[], seen: Map<string, string>, results: ChangeResult[], input: PushInput) {
  if (group.length > 1) {
    const batches = group.map((planned) => batchOf(ctx, planned));
    try {
      noteWrite(ctx, group);
      const out = await ctx.db.batch(asBatch(batches.flat()));
      let end = 0;
      group.forEach((planned, i) => {
        end += batches[i]!.length;
        results[planned.index] = applied(ctx, planned, out[end - 1], seen);
      });
      return;
    } catch {
      // rolled back whole; below, each change on its own finds out which one failed and why
    }
  }
  ctx.pending.clear();
  for (const planned of group) results[planned.index] = await writeAlone(ctx, planned, seen, input);
}

async function writeAlone(ctx: PushContext, planned: Planned, seen: Map<string, string>, input: PushInput): Promise<ChangeResult> {
  const { change, hash } = planned;
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    if (attempt > 0) {
      const again = await planned.module.plan(ctx, change).catch((err: unknown) => serverError(change, input, err));
      if (isRejection(again)) return rejected(change, again);
      planned = { ...planned, plan: again };
    }
    try {
      noteWrite(ctx, [planned]);
      const out = await ctx.db.batch(asBatch(batchOf(ctx, planned)));
      return applied(ctx, planned, out.at(-1), seen);
    } catch (err) {
      const [stored] = await ctx.db.select({ contentHash: syncChanges.contentHash }).from(syncChanges).where(eq(syncChanges.id, change.id));
      if (stored) {
        seen.set(change.id, stored.contentHash);
        return answerSeen(change.id, change.entityId, stored.contentHash, hash);
      }
      const messages = errorChain(err);
      if (messages.some((m) => m.includes('sync_changes.content_hash'))) {
        // planned from a row that another request has written since: read it again and plan again
        ctx.forgetRow(change.entity, planned.plan.rowId);
        continue;
      }
      return rejected(change, serverError(change, input, err));
    }
  }
  return rejected(change, { rejected: 'busy', message: 'Others kept changing this row at the same moment; it will be tried again' });
}
