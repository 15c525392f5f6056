/**
 * Generated plans of the size the plan issue measures: each with 5 target groups × 4 priorities × 10 measures ×
 * 5 activities (1,000 activities), an action plan and an evaluation of its first year, in territories of one
 * region. Ids are derived from a seed key, so two runs write the same data. Reusable by the benchmarks:
 *
 *   import { generatePlans, planDataStatements } from './plan-data.ts';
 *   const data = generatePlans({ plans: 20 });             // rows, typed against the drizzle tables
 *   const sql = planDataStatements(data);                  // INSERTs for `wrangler d1 execute --file`
 *
 * The rows need the code lists of migration 0002 (target groups) and nothing else.
 */
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import { TARGET_GROUPS } from '../schema/codelists.ts';
import * as t from '../schema/tables.ts';
import { demoId } from '../seeds/ids.ts';
import { insertStatements } from '../seeds/sql.ts';

export type PlanDataOptions = {
  /** how many territories, each with one approved plan */
  plans?: number;
  targetGroups?: number;
  prioritiesPerGroup?: number;
  measuresPerPriority?: number;
  activitiesPerMeasure?: number;
  municipalitiesPerTerritory?: number;
  /** NUTS code of the generated region; keep it apart from the demo region CZ031 */
  regionCode?: string;
  periodFrom?: number;
  /** first ČSÚ code of the generated municipalities; move it when another generator's codes share the database */
  municipalityCodeFrom?: number;
};

type Rows<T extends SQLiteTable> = T['$inferInsert'][];

const KINDS = ['system', 'development', 'accompanying', 'cross_cutting'] as const;
const SOURCES = ['municipality', 'region', 'state', 'esf_opz', 'other'] as const;
const STATUSES = ['not_started', 'in_progress', 'done', 'postponed', 'cancelled'] as const;

export function generatePlans(options: PlanDataOptions = {}) {
  const o = {
    plans: 20,
    targetGroups: 5,
    prioritiesPerGroup: 4,
    measuresPerPriority: 10,
    activitiesPerMeasure: 5,
    municipalitiesPerTerritory: 10,
    regionCode: 'CZ099',
    periodFrom: 2022,
    municipalityCodeFrom: 900000,
    ...options,
  };
  const id = (key: string) => demoId(`bench:${o.regionCode}:${key}`);
  const regionId = id('region');
  const data = {
    regions: [{ id: regionId, code: o.regionCode, name: `Generovaný kraj ${o.regionCode}` }] as Rows<typeof t.regions>,
    territories: [] as Rows<typeof t.territories>,
    municipalities: [] as Rows<typeof t.municipalities>,
    territoryMunicipalities: [] as Rows<typeof t.territoryMunicipalities>,
    plans: [] as Rows<typeof t.plans>,
    sections: [] as Rows<typeof t.planSections>,
    priorities: [] as Rows<typeof t.priorities>,
    measures: [] as Rows<typeof t.measures>,
    activities: [] as Rows<typeof t.activities>,
    activityMunicipalities: [] as Rows<typeof t.activityMunicipalities>,
    actionPlans: [] as Rows<typeof t.actionPlans>,
    actionPlanItems: [] as Rows<typeof t.actionPlanItems>,
    evaluations: [] as Rows<typeof t.evaluations>,
  };
  const groups = TARGET_GROUPS.slice(0, o.targetGroups);
  let n = 0;
  for (let p = 0; p < o.plans; p++) {
    const slug = `bench-${o.regionCode.toLowerCase()}-${p + 1}`;
    const territoryId = id(`territory:${p}`);
    data.territories.push({ id: territoryId, regionId, kind: 'orp', slug, name: `Generované ORP ${p + 1}` });
    const municipalityIds: string[] = [];
    for (let m = 0; m < o.municipalitiesPerTerritory; m++) {
      const municipalityId = id(`municipality:${p}:${m}`);
      municipalityIds.push(municipalityId);
      // ČSÚ codes are 6 digits; 9xxxxx keeps clear of the demo data's real codes.
      const code = String(o.municipalityCodeFrom + p * o.municipalitiesPerTerritory + m);
      data.municipalities.push({ id: municipalityId, code, name: `Obec ${p + 1}-${m + 1}`, regionId });
      data.territoryMunicipalities.push({ territoryId, municipalityId });
    }
    const planId = id(`plan:${p}`);
    const periodTo = o.periodFrom + 2;
    data.plans.push({
      id: planId, territoryId, title: `Střednědobý plán ORP ${p + 1} ${o.periodFrom}–${periodTo}`, periodFrom: o.periodFrom, periodTo,
      status: 'approved', approvedOn: `${o.periodFrom - 1}-12-10`, approvalResolution: `usnesení č. ${p + 1}/${o.periodFrom - 1}`,
    });
    const actionPlanId = id(`action-plan:${p}`);
    data.actionPlans.push({ id: actionPlanId, planId, year: o.periodFrom, approvedOn: `${o.periodFrom - 1}-12-10` });
    groups.forEach((group, g) => {
      const sectionId = id(`section:${p}:${g}`);
      data.sections.push({ id: sectionId, planId, targetGroupCode: group.code, title: group.name, position: g + 1 });
      for (let r = 0; r < o.prioritiesPerGroup; r++) {
        const priorityId = id(`priority:${p}:${g}:${r}`);
        const kind = KINDS[r % KINDS.length]!;
        data.priorities.push({ id: priorityId, planId, sectionId, kind, code: String(r + 1), title: `Priorita ${r + 1}`, position: r + 1 });
        for (let m = 0; m < o.measuresPerPriority; m++) {
          const measureId = id(`measure:${p}:${g}:${r}:${m}`);
          const measureCode = `${g + 1}.${r + 1}.${m + 1}`;
          data.measures.push({ id: measureId, planId, priorityId, code: measureCode, title: `Opatření ${measureCode}`, need: 'Potřeba z analýzy.', position: m + 1 });
          for (let a = 0; a < o.activitiesPerMeasure; a++) {
            n++;
            const activityId = id(`activity:${p}:${g}:${r}:${m}:${a}`);
            const cost = 10_000 * ((n % 50) + 1);
            data.activities.push({
              id: activityId, planId, measureId, code: `${measureCode}.${a + 1}`, title: `Aktivita ${measureCode}.${a + 1}`,
              description: 'Popis aktivity pro měření.', responsible: 'Město', partners: ['Poskytovatel A', 'Poskytovatel B'],
              startYear: o.periodFrom + (n % 2), endYear: periodTo, estimatedCostCzk: cost,
              funding: [{ source: SOURCES[n % SOURCES.length]!, amountCzk: cost }],
              indicators: [{ name: 'klienti', unit: 'osoby', target: 10 + (n % 90) }], position: a + 1,
            });
            if (n % 3 === 0) data.activityMunicipalities.push({ activityId, municipalityId: municipalityIds[n % municipalityIds.length]! });
            data.actionPlanItems.push({ id: id(`item:${p}:${n}`), actionPlanId, activityId, plannedCostCzk: Math.round(cost / 3) });
            data.evaluations.push({
              id: id(`evaluation:${p}:${n}`), activityId, planId, year: o.periodFrom, status: STATUSES[n % STATUSES.length]!, progress: (n * 7) % 101,
              indicatorValues: [{ name: 'klienti', value: n % 100 }], spentCzk: Math.round(cost / 4), comment: n % 4 === 0 ? 'Komentář k vyhodnocení.' : null,
            });
          }
        }
      }
    });
  }
  return { regionCode: o.regionCode, ...data };
}

export type PlanData = ReturnType<typeof generatePlans>;

/** INSERTs in foreign-key order, 100 rows a statement (D1 limits one statement to 100 KB). */
export function planDataStatements(data: PlanData): string[] {
  const chunked = <T extends SQLiteTable>(table: T, rows: T['$inferInsert'][]) => {
    const out: string[] = [];
    for (let i = 0; i < rows.length; i += 100) out.push(...insertStatements(table, rows.slice(i, i + 100), { multiRow: true, orIgnore: true }));
    return out;
  };
  return [
    ...chunked(t.regions, data.regions),
    ...chunked(t.territories, data.territories),
    ...chunked(t.municipalities, data.municipalities),
    ...chunked(t.territoryMunicipalities, data.territoryMunicipalities),
    ...chunked(t.plans, data.plans),
    ...chunked(t.planSections, data.sections),
    ...chunked(t.priorities, data.priorities),
    ...chunked(t.measures, data.measures),
    ...chunked(t.activities, data.activities),
    ...chunked(t.activityMunicipalities, data.activityMunicipalities),
    ...chunked(t.actionPlans, data.actionPlans),
    ...chunked(t.actionPlanItems, data.actionPlanItems),
    ...chunked(t.evaluations, data.evaluations),
  ];
}
