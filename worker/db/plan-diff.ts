import type { Plan } from './plan-access.ts';
import type { PlanTree } from './plan-tree.ts';

type Change = { field: string; before: unknown; after: unknown };
type Row = { id: string; originId: string | null };

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

function changes<T extends Record<string, unknown>>(before: T, after: T, fields: readonly (keyof T & string)[]): Change[] {
  return fields.filter((f) => !same(before[f], after[f])).map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
}

/**
 * Pairs the rows of two plans: first by origin (the id a row was first copied from, kept through versions and
 * copies into a new period), then, for rows of unrelated plans such as an import, by a natural key (a code within
 * its chapter). Returns the pairs as old → new and the rows left on each side.
 */
function pair<T extends Row>(before: T[], after: T[], naturalKey: (row: T, side: 'before' | 'after') => string) {
  const origin = (row: T) => row.originId ?? row.id;
  const byOrigin = new Map(before.map((row) => [origin(row), row]));
  const matched = new Map<string, T>(); // new id → old row
  const used = new Set<string>();
  const rest: T[] = [];
  for (const row of after) {
    const old = byOrigin.get(origin(row)) ?? byOrigin.get(row.id);
    if (old && !used.has(old.id)) {
      matched.set(row.id, old);
      used.add(old.id);
    } else rest.push(row);
  }
  const byNatural = new Map<string, T>();
  for (const row of before) if (!used.has(row.id) && !byNatural.has(naturalKey(row, 'before'))) byNatural.set(naturalKey(row, 'before'), row);
  const added: T[] = [];
  for (const row of rest) {
    const old = byNatural.get(naturalKey(row, 'after'));
    if (old && !used.has(old.id)) {
      matched.set(row.id, old);
      used.add(old.id);
    } else added.push(row);
  }
  return { matched, added, removed: before.filter((row) => !used.has(row.id)) };
}

/** What changed from `before` (an older version or period) to `after`: added, removed and changed rows per level. */
export function diffPlans(beforePlan: Plan, before: PlanTree, afterPlan: Plan, after: PlanTree) {
  const lookups = (tree: PlanTree) => ({
    section: new Map(tree.sections.map((s) => [s.id, s])),
    priority: new Map(tree.priorities.map((p) => [p.id, p])),
    measure: new Map(tree.measures.map((m) => [m.id, m])),
  });
  const find = { before: lookups(before), after: lookups(after) };
  const sectionKey = (id: string, side: 'before' | 'after') => {
    const section = find[side].section.get(id);
    return section ? (section.targetGroupCode ?? `title:${section.title}`) : '?';
  };
  const sectionOfPriority = (id: string, side: 'before' | 'after') => find[side].priority.get(id)?.sectionId ?? '';
  const sectionOfMeasure = (id: string, side: 'before' | 'after') => sectionOfPriority(find[side].measure.get(id)?.priorityId ?? '', side);

  const sections = pair(before.sections, after.sections, (s, side) => sectionKey(s.id, side));
  const prioritiesPaired = pair(before.priorities, after.priorities, (p, side) => `${sectionKey(p.sectionId, side)}|${p.code}`);
  const measuresPaired = pair(before.measures, after.measures, (m, side) => `${sectionKey(sectionOfPriority(m.priorityId, side), side)}|${m.code}`);
  const activitiesPaired = pair(before.activities, after.activities, (a, side) => `${sectionKey(sectionOfMeasure(a.measureId, side), side)}|${a.code}`);

  /** A move under another parent, named by the parents' labels. */
  const moved = (oldParentId: string, newParentId: string, pairs: Map<string, Row>, label: (id: string, side: 'before' | 'after') => string | null, field: string): Change[] =>
    pairs.get(newParentId)?.id === oldParentId ? [] : [{ field, before: label(oldParentId, 'before'), after: label(newParentId, 'after') }];
  const sectionLabel = (id: string, side: 'before' | 'after') => find[side].section.get(id)?.title ?? null;
  const priorityLabel = (id: string, side: 'before' | 'after') => {
    const p = find[side].priority.get(id);
    return p ? `${sectionLabel(p.sectionId, side)} / ${p.code}` : null;
  };
  const measureLabel = (id: string, side: 'before' | 'after') => find[side].measure.get(id)?.code ?? null;

  const report = <T extends Row, S>(paired: ReturnType<typeof pair<T>>, list: T[], summary: (row: T) => S, diff: (old: T, now: T) => Change[]) => ({
    added: paired.added.map(summary),
    removed: paired.removed.map(summary),
    changed: list.flatMap((row) => {
      const old = paired.matched.get(row.id);
      const fields = old ? diff(old, row) : [];
      return old && fields.length ? [{ ...summary(row), againstId: old.id, changes: fields }] : [];
    }),
  });

  const result = {
    from: { id: beforePlan.id, version: beforePlan.version, title: beforePlan.title, status: beforePlan.status },
    to: { id: afterPlan.id, version: afterPlan.version, title: afterPlan.title, status: afterPlan.status },
    plan: changes(beforePlan, afterPlan, ['title', 'periodFrom', 'periodTo', 'extendedTo']),
    sections: report(sections, after.sections, (s) => ({ id: s.id, title: s.title, targetGroupCode: s.targetGroupCode }), (old, now) =>
      changes(old, now, ['title', 'targetGroupCode', 'workingGroupId']),
    ),
    priorities: report(prioritiesPaired, after.priorities, (p) => ({ id: p.id, code: p.code, title: p.title }), (old, now) => [
      ...changes(old, now, ['kind', 'code', 'title']),
      ...moved(old.sectionId, now.sectionId, sections.matched, sectionLabel, 'section'),
    ]),
    measures: report(measuresPaired, after.measures, (m) => ({ id: m.id, code: m.code, title: m.title }), (old, now) => [
      ...changes(old, now, ['code', 'title', 'description', 'need']),
      ...moved(old.priorityId, now.priorityId, prioritiesPaired.matched, priorityLabel, 'priority'),
    ]),
    activities: report(activitiesPaired, after.activities, (a) => ({ id: a.id, code: a.code, title: a.title }), (old, now) => [
      ...changes(old, now, [
        'code',
        'title',
        'description',
        'responsible',
        'partners',
        'startYear',
        'endYear',
        'estimatedCostCzk',
        'funding',
        'indicators',
        'municipalityIds',
        'services',
      ]),
      ...moved(old.measureId, now.measureId, measuresPaired.matched, measureLabel, 'measure'),
    ]),
  };
  const levels = [result.sections, result.priorities, result.measures, result.activities];
  return {
    ...result,
    summary: {
      added: levels.reduce((n, l) => n + l.added.length, 0),
      removed: levels.reduce((n, l) => n + l.removed.length, 0),
      changed: levels.reduce((n, l) => n + l.changed.length, 0) + (result.plan.length ? 1 : 0),
    },
  };
}
