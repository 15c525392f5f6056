/**
 * Funded phases of planning. Registration numbers, implementers, partners, periods and the Prachatice budget are
 * those of the real projects; names of the projects and the period of the Jihočeská rozvojová project
 * (not known here) are plausible stand-ins.
 */
import type { planningProjects, projectActivities } from '../../schema/tables.ts';
import { childId, projectId, territoryId, type OrpSlug } from './keys.ts';

type ProjectRow = typeof planningProjects.$inferInsert;

const JRR_NUMBER = 'CZ.03.2.63/0.0/0.0/15_007/0003792';

/** One project of Jihočeská rozvojová o.p.s. covered three ORPs; each territory gets its own row with the same number. */
const jihoceskaRozvojova = (orp: OrpSlug, town: string, area: string): ProjectRow => ({
  id: projectId(`jrr-${orp}`),
  territoryId: territoryId(orp),
  registrationNumber: JRR_NUMBER,
  name: `Plánování sociálních služeb na ${area}`,
  implementer: 'Jihočeská rozvojová o.p.s.',
  partners: [town],
  startsOn: '2017-04-01',
  endsOn: '2019-12-31',
  programme: 'OPZ',
  isDemo: true,
});

export const demoProjects: ProjectRow[] = [
  {
    id: projectId('jh-2018'),
    territoryId: territoryId('jindrichuv-hradec'),
    registrationNumber: 'CZ.03.2.63/0.0/0.0/16_063/0006571',
    name: 'Komunitní plánování sociálních služeb na Jindřichohradecku',
    implementer: 'Centrum pro komunitní práci jižní Čechy',
    partners: ['Město Jindřichův Hradec'],
    startsOn: '2018-01-01',
    endsOn: '2019-12-31',
    programme: 'OPZ',
    isDemo: true,
  },
  {
    id: projectId('tabor-2018'),
    territoryId: territoryId('tabor'),
    registrationNumber: 'CZ.03.2.63/0.0/0.0/16_063/0006569',
    name: 'Střednědobé plánování sociálních služeb na Táborsku',
    implementer: 'Město Tábor',
    partners: [],
    startsOn: '2018-05-01',
    endsOn: '2020-04-30',
    programme: 'OPZ',
    isDemo: true,
  },
  {
    id: projectId('prachatice-2007'),
    territoryId: territoryId('prachatice'),
    registrationNumber: null,
    name: 'Komunitní plánování sociálních služeb na Prachaticku',
    implementer: 'MAS Chance in Nature – Local Action Group',
    partners: ['Město Prachatice', 'o.s. Rybka (Husinec)', 'Úřad práce v Prachaticích'],
    startsOn: '2007-01-01',
    endsOn: '2008-02-29',
    programme: 'SROP',
    budgetCzk: 1_900_000,
    isDemo: true,
  },
  jihoceskaRozvojova('cesky-krumlov', 'Město Český Krumlov', 'Českokrumlovsku'),
  jihoceskaRozvojova('trhove-sviny', 'Město Trhové Sviny', 'Trhovosvinensku'),
  jihoceskaRozvojova('trebon', 'Město Třeboň', 'Třeboňsku'),
];

type ActivityRow = typeof projectActivities.$inferInsert;
type ChecklistEntry = readonly [kind: ActivityRow['kind'], status: NonNullable<ActivityRow['status']>, note?: string];

const CHECKLISTS: Record<string, readonly ChecklistEntry[]> = {
  'jh-2018': [
    ['statute_update', 'done', 'Aktualizovaná základní listina a jednací řád schváleny řídicí skupinou v březnu 2018.'],
    ['previous_process_evaluation', 'done'],
    ['information_campaign', 'done', 'Tiskové zprávy, zpravodaj města, plakáty v obcích.'],
    ['public_meetings', 'done', 'Veřejné projednání 12. 4. 2018 v Muzeu fotografie.'],
    ['user_needs_analysis', 'done'],
    ['provider_needs_analysis', 'done'],
    ['action_plans', 'done', 'Akční plány na roky 2019 a 2020.'],
    ['medium_term_plan', 'done'],
    ['plan_approval', 'in_progress', 'Plán 2020–2022 v připomínkovém řízení.'],
  ],
  'tabor-2018': [
    ['statute_update', 'done'],
    ['mayors_round_tables', 'done', 'Kulatý stůl starostů ve čtyřech územních skupinách.'],
    ['sociodemographic_analysis', 'done'],
    ['service_provision_analysis', 'done'],
    ['commissioner_needs_analysis', 'in_progress'],
    ['medium_term_plan', 'in_progress'],
    ['catalogue', 'planned', 'Katalog sociálních a návazných služeb Táborska.'],
  ],
  'prachatice-2007': [
    ['sociodemographic_analysis', 'done'],
    ['user_needs_analysis', 'done'],
    ['medium_term_plan', 'done'],
    ['catalogue', 'done'],
  ],
  'jrr-trebon': [
    ['previous_plan_monitoring', 'done'],
    ['user_needs_analysis', 'done', 'Analýza potřebnosti služby Senior taxi na Třeboňsku.'],
    ['medium_term_plan', 'done'],
  ],
  'jrr-trhove-sviny': [
    ['previous_plan_monitoring', 'done', 'Vyhodnocení plánu 2015–2017 prodlouženého do roku 2018.'],
    ['medium_term_plan', 'done'],
    ['action_plans', 'done'],
  ],
};

export const demoProjectActivities: ActivityRow[] = Object.entries(CHECKLISTS).flatMap(([project, entries]) =>
  entries.map(([kind, status, note]) => ({
    id: childId('project_activity', `${project}/${kind}`),
    projectId: projectId(project),
    kind,
    status,
    note: note ?? null,
  })),
);
