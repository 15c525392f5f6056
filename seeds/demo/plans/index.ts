/**
 * Every demo plan and the structure of the two that have one (Trhové Sviny 2019–2021, Jindřichův Hradec 2020–2022,
 * plus the slice of Jindřichův Hradec 2015–2017 that the action plan 2019 needs). Older plans are archived; Trhové
 * Sviny 2019–2021 is approved because it carries an evaluation; the newest of Jindřichův Hradec and Tábor are in
 * consultation and draft.
 */
import type { plans } from '../../../schema/tables.ts';
import { planId, territoryId, type OrpSlug } from '../keys.ts';
import {
  JH_PLAN,
  JH_PREVIOUS_PLAN,
  jindrichuvHradec2015Sections,
  jindrichuvHradec2020Sections,
  jindrichuvHradecActionPlans,
  jindrichuvHradecEvaluations,
} from './jindrichuv-hradec.ts';
import { expandActionPlans, expandEvaluations, expandPlan } from './structure.ts';
import { TS_PLAN, trhoveSviny2019ActionPlans, trhoveSviny2019Evaluations, trhoveSviny2019Sections } from './trhove-sviny-2019.ts';

type PlanRow = typeof plans.$inferInsert;

const plan = (key: string, orp: OrpSlug, title: string, row: Omit<PlanRow, 'id' | 'territoryId' | 'title' | 'isDemo'>): PlanRow => ({
  id: planId(key),
  territoryId: territoryId(orp),
  title,
  isDemo: true,
  ...row,
});

export const demoPlans: PlanRow[] = [
  plan('ts-2011', 'trhove-sviny', 'Komunitní plán sociálních služeb ORP Trhové Sviny 2011–2015', { periodFrom: 2011, periodTo: 2015, status: 'archived', approvedOn: '2011-06-20', approvalResolution: 'usnesení ZM č. 54/2011' }),
  plan('ts-2015', 'trhove-sviny', 'Střednědobý plán sociálních služeb ORP Trhové Sviny 2015–2017', {
    periodFrom: 2015, periodTo: 2017, extendedTo: 2018, status: 'archived', approvedOn: '2015-03-16', approvalResolution: 'usnesení ZM č. 21/2015; prodloužení do 2018 usnesením č. 160/2017',
  }),
  plan(TS_PLAN, 'trhove-sviny', 'Střednědobý plán sociálních služeb ORP Trhové Sviny 2019–2021', { periodFrom: 2019, periodTo: 2021, status: 'approved', approvedOn: '2018-12-10', approvalResolution: 'usnesení ZM č. 198/2018' }),
  plan(JH_PREVIOUS_PLAN, 'jindrichuv-hradec', 'Komunitní plán sociálních služeb ORP Jindřichův Hradec 2015–2017', {
    periodFrom: 2015, periodTo: 2017, extendedTo: 2019, status: 'archived', approvedOn: '2014-12-17', approvalResolution: 'usnesení ZM č. 412/2014',
  }),
  plan(JH_PLAN, 'jindrichuv-hradec', 'Komunitní plán sociálních služeb ORP Jindřichův Hradec 2020–2022', { periodFrom: 2020, periodTo: 2022, status: 'consultation' }),
  plan('tabor-2013', 'tabor', 'Komunitní plán sociálních služeb ORP Tábor 2013–2015', { periodFrom: 2013, periodTo: 2015, status: 'archived', approvedOn: '2013-02-25', approvalResolution: 'usnesení ZM č. 12/2013' }),
  plan('tabor-2020', 'tabor', 'Střednědobý plán sociálních služeb ORP Tábor 2020–2022', { periodFrom: 2020, periodTo: 2022, status: 'draft' }),
  plan('ck-2019', 'cesky-krumlov', 'Komunitní plán sociálních služeb ORP Český Krumlov 2019–2021', { periodFrom: 2019, periodTo: 2021, status: 'approved', approvedOn: '2018-12-13', approvalResolution: 'usnesení ZM č. 231/2018' }),
  plan('trebon-2019', 'trebon', 'Střednědobý plán sociálních služeb ORP Třeboň 2019–2021', { periodFrom: 2019, periodTo: 2021, status: 'approved', approvedOn: '2018-12-12', approvalResolution: 'usnesení ZM č. 144/2018' }),
  plan('prachatice-2008', 'prachatice', 'Komunitní plán sociálních služeb Prachaticka 2008–2013', { periodFrom: 2008, periodTo: 2013, status: 'archived', approvedOn: '2008-02-21' }),
];

const structures = [
  expandPlan(TS_PLAN, trhoveSviny2019Sections),
  expandPlan(JH_PLAN, jindrichuvHradec2020Sections),
  expandPlan(JH_PREVIOUS_PLAN, jindrichuvHradec2015Sections),
];

export const demoPlanSections = structures.flatMap((s) => s.sections);
export const demoPriorities = structures.flatMap((s) => s.priorities);
export const demoMeasures = structures.flatMap((s) => s.measures);
export const demoActivities = structures.flatMap((s) => s.activities);
export const demoActivityServices = structures.flatMap((s) => s.activityServices);
export const demoActivityMunicipalities = structures.flatMap((s) => s.activityMunicipalities);

const actionPlans = expandActionPlans([...trhoveSviny2019ActionPlans, ...jindrichuvHradecActionPlans]);
export const demoActionPlans = actionPlans.plans;
export const demoActionPlanItems = actionPlans.items;
export const demoEvaluations = expandEvaluations([...trhoveSviny2019Evaluations, ...jindrichuvHradecEvaluations]);
