import type { InferResponseType } from 'hono/client';
import type * as v from 'valibot';
import { ApiError, api, apiErrorFrom, request } from '../lib/api.ts';
import { StoredPlanSnapshot } from '../../schema/stored/plan.ts';
import type { StoredPlanMeta } from '../../schema/stored/plan-pages.ts';
import { writeSnapshot } from '../lib/local-db.ts';
import { readSnapshot } from '../lib/saved-reads.ts';
import { noCopyError } from '../lib/unusable-copy.ts';
import { currentUser } from '../lib/session.ts';

export type PlanSnapshot = InferResponseType<(typeof api.api.plans)[':id']['snapshot']['$get'], 200>;
/** the plan's versions and lifecycle, as schema/stored/plan-pages.ts reads the saved copy of `GET /api/plans/:id` */
export type PlanMeta = v.InferOutput<typeof StoredPlanMeta>;
export type Section = PlanSnapshot['sections'][number];
export type Priority = Section['priorities'][number];
export type Measure = Priority['measures'][number];
export type Activity = Measure['activities'][number];
export type PlanStatus = PlanSnapshot['plan']['status'];

export type LoadedSnapshot = { data: PlanSnapshot; savedAt: number; fromSnapshot: boolean };

const snapshotKey = (planId: string) => `plan:${planId}`;

/** The saved copy, if it still fits schema/stored/plan.ts; one that does not is dropped and fetched again. */
async function saved(planId: string): Promise<{ key: string; version: string | number; etag?: string; savedAt: number; data: PlanSnapshot } | undefined> {
  try {
    return await readSnapshot(snapshotKey(planId), StoredPlanSnapshot);
  } catch {
    return undefined; // IndexedDB blocked (private mode): nothing saved.
  }
}

/**
 * The plan snapshot, kept in IndexedDB for offline reading. Online, the saved copy's ETag goes along, so an unchanged
 * plan costs a 304 and no body; offline or with the server down, the saved copy is shown. A 404 never falls back: a
 * deleted plan or a draft the person may no longer see should not live on.
 */
export async function loadPlanSnapshot(planId: string): Promise<LoadedSnapshot> {
  // For bench/plan-render.bench.ts: from here to `kpss:plan-tree-rendered` (plan-page.tsx) is "loads and renders".
  performance.mark('kpss:plan-load-start');
  const copy = await saved(planId);
  if (copy && navigator.onLine === false) return { data: copy.data, savedAt: copy.savedAt, fromSnapshot: true };
  let response: Awaited<ReturnType<typeof api.api.plans[':id']['snapshot']['$get']>>;
  try {
    response = await api.api.plans[':id'].snapshot.$get({ param: { id: planId } }, { headers: copy?.etag ? { 'If-None-Match': copy.etag } : {} });
  } catch (error) {
    if (copy) return { data: copy.data, savedAt: copy.savedAt, fromSnapshot: true };
    throw noCopyError(snapshotKey(planId), error);
  }
  if (response.status === 304 && copy) {
    const savedAt = Date.now();
    await writeSnapshot({ ...copy, savedAt }).catch(() => undefined);
    return { data: copy.data, savedAt, fromSnapshot: false };
  }
  if (!response.ok) {
    if (copy && response.status >= 500) return { data: copy.data, savedAt: copy.savedAt, fromSnapshot: true };
    throw await apiErrorFrom(response);
  }
  const data = (await response.json()) as PlanSnapshot;
  const savedAt = Date.now();
  await writeSnapshot({ key: snapshotKey(planId), version: data.plan.updatedAt, etag: response.headers.get('ETag') ?? undefined, savedAt, data }).catch(() => undefined);
  return { data, savedAt, fromSnapshot: false };
}

export const fetchPlanMeta = (planId: string) => request(api.api.plans[':id'].$get({ param: { id: planId } }));

export const nodeAnchor = (id: string) => `uzel-${id}`;

export type NodeKind = 'section' | 'priority' | 'measure' | 'activity';
/** Every node's ancestors by id, so a deep link can open the branches above it. */
export function ancestorsIndex(sections: Section[]): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const s of sections) {
    index.set(s.id, []);
    for (const p of s.priorities) {
      index.set(p.id, [s.id]);
      for (const m of p.measures) {
        index.set(m.id, [s.id, p.id]);
        for (const a of m.activities) index.set(a.id, [s.id, p.id, m.id]);
      }
    }
  }
  return index;
}

/** Lower case without diacritics: "pecovatelska" finds "Pečovatelská", as people type on phones. */
export const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();

const activityText = (a: Activity) => fold([a.code, a.title, a.description, a.responsible, ...(a.partners ?? [])].filter(Boolean).join(' '));

/**
 * The tree cut down to what matches every word of the query: a node is kept when it matches or has a matching
 * descendant; a matching node keeps its whole branch below it. Returns the kept tree and the number of matches.
 */
export function filterTree(sections: Section[], query: string): { sections: Section[]; matches: number } {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return { sections, matches: 0 };
  const hit = (text: string) => words.every((w) => text.includes(w));
  let matches = 0;
  const count = <T>(keep: boolean, node: T) => {
    if (keep) matches += 1;
    return node;
  };
  const kept = sections.flatMap((s) => {
    if (hit(fold(s.title))) return [count(true, s)];
    const priorities = s.priorities.flatMap((p) => {
      if (hit(fold(`${p.code} ${p.title}`))) return [count(true, p)];
      const measures = p.measures.flatMap((m) => {
        if (hit(fold([m.code, m.title, m.description, m.need].filter(Boolean).join(' ')))) return [count(true, m)];
        const activities = m.activities.filter((a) => {
          const found = hit(activityText(a));
          return count(found, found);
        });
        return activities.length ? [{ ...m, activities }] : [];
      });
      return measures.length ? [{ ...p, measures }] : [];
    });
    return priorities.length ? [{ ...s, priorities }] : [];
  });
  return { sections: kept, matches };
}

export const isFrozen = (status: PlanStatus) => status === 'approved' || status === 'archived';

/** Every id in the tree (for "expand all"). */
export function allNodeIds(sections: Section[]): string[] {
  return sections.flatMap((s) => [s.id, ...s.priorities.flatMap((p) => [p.id, ...p.measures.map((m) => m.id)])]);
}

export const isMissing = (error: unknown) => error instanceof ApiError && (error.status === 404 || error.status === 400);

/** Whether the signed-in person coordinates the territory (the API checks again on every write). */
export const coordinates = (territoryId: string | undefined) => {
  const user = currentUser();
  return Boolean(user && territoryId && (user.isAdmin || user.roles.some((grant) => grant.territoryId === territoryId && grant.role === 'coordinator')));
};
