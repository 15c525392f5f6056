/**
 * The planning groups of each territory as the districts run them, with made-up members. Every person is fictional
 * (surnames Ukázková, Vzorový, Příkladná, …) and has an example.org address.
 */
import type { TargetGroupCode } from '../../schema/codelists.ts';
import type { groupMembers, groups, people } from '../../schema/tables.ts';
import { childId, groupId, personId, territoryId, type OrpSlug, type SubTerritorySlug } from './keys.ts';

type GroupRow = typeof groups.$inferInsert;
type GroupKind = GroupRow['kind'];

/** [key, kind, name, target group or sub-area] in the order the territory lists them */
type GroupEntry = readonly [key: string, kind: GroupKind, name: string, focus?: TargetGroupCode | SubTerritorySlug];

const GROUPS: Record<OrpSlug, readonly GroupEntry[]> = {
  'cesky-krumlov': [
    ['ck-steering', 'steering', 'Řídicí skupina'],
    // one group plans for two target groups; the first is the one its chapter of the plan is filed under
    ['ck-seniors', 'working_thematic', 'PS senioři a osoby se zdravotním postižením', 'seniors'],
    ['ck-families', 'working_thematic', 'PS děti, mládež, rodiny', 'families'],
    ['ck-crisis', 'working_thematic', 'PS osoby v krizi (v nepříznivé sociální situaci)', 'adverse_situation'],
  ],
  'trhove-sviny': [
    ['ts-steering', 'steering', 'Řídicí skupina'],
    ['ts-seniors', 'working_thematic', 'Senioři', 'seniors'],
    ['ts-disabled', 'working_thematic', 'Osoby se zdravotním postižením', 'disabled'],
    ['ts-families', 'working_thematic', 'Děti, mládež a rodiny', 'families'],
    ['ts-adverse', 'working_thematic', 'Osoby v nepříznivé sociální situaci', 'adverse_situation'],
  ],
  trebon: [
    ['tr-steering', 'steering', 'Řídicí skupina'],
    ['tr-seniors', 'working_thematic', 'Senioři', 'seniors'],
    ['tr-disabled', 'working_thematic', 'Osoby se zdravotním postižením', 'disabled'],
    ['tr-families', 'working_thematic', 'Mládež, rodiny s dětmi', 'families'],
    ['tr-adverse', 'working_thematic', 'Ostatní osoby v nepříznivé sociální situaci', 'adverse_situation'],
  ],
  'jindrichuv-hradec': [
    ['jh-steering', 'steering', 'Řídicí skupina'],
    ['jh-coordination', 'coordination', 'Koordinační skupina'],
    ['jh-seniors', 'working_thematic', 'Senioři', 'seniors'],
    ['jh-disabled', 'working_thematic', 'Osoby se zdravotním postižením', 'disabled'],
    ['jh-families', 'working_thematic', 'Děti, mládež a rodina', 'families'],
    ['jh-excluded', 'working_thematic', 'Osoby ohrožené sociálním vyloučením', 'adverse_situation'],
    ['jh-strmilov', 'working_territorial', 'Územní skupina Strmilov', 'strmilov'],
    ['jh-kardasova-recice', 'working_territorial', 'Územní skupina Kardašova Řečice', 'kardasova-recice'],
    ['jh-nova-bystrice', 'working_territorial', 'Územní skupina Nová Bystřice', 'nova-bystrice'],
    ['jh-nova-vcelnice', 'working_territorial', 'Územní skupina Nová Včelnice', 'nova-vcelnice'],
  ],
  tabor: [
    ['ta-steering', 'steering', 'Řídicí skupina'],
    ['ta-families', 'working_thematic', 'Děti, mládež a rodina', 'families'],
    ['ta-minorities', 'working_thematic', 'Menšiny', 'minorities'],
    ['ta-adverse', 'working_thematic', 'Osoby v nepříznivé životní situaci', 'adverse_situation'],
    ['ta-seniors', 'working_thematic', 'Senioři', 'seniors'],
    ['ta-disabled', 'working_thematic', 'Zdravotně postižení', 'disabled'],
    ['ta-bechynsko', 'working_territorial', 'Bechyňsko', 'bechynsko'],
    ['ta-chynovsko', 'working_territorial', 'Chýnovsko', 'chynovsko'],
    ['ta-mladovozicko', 'working_territorial', 'Mladovožicko', 'mladovozicko'],
    ['ta-sezimoustecko', 'working_territorial', 'Sezimoústecko', 'sezimoustecko'],
  ],
  prachatice: [
    // groups in the town of Prachatice …
    ['pt-disabled', 'working_thematic', 'Lidé se zdravotním postižením', 'disabled'],
    ['pt-seniors', 'working_thematic', 'Senioři', 'seniors'],
    ['pt-families', 'working_thematic', 'Rodiny s dětmi', 'families'],
    ['pt-adverse', 'working_thematic', 'Osoby v nepříznivé sociální situaci', 'adverse_situation'],
    // … and in the countryside
    ['pt-prachaticko', 'working_territorial', 'Prachaticko', 'prachaticko'],
    ['pt-volarsko-netolicko', 'working_territorial', 'Volarsko – Netolicko', 'volarsko-netolicko'],
    ['pt-ckynsko', 'working_territorial', 'Čkyňsko', 'ckynsko'],
  ],
};

const TARGET_GROUP_CODES = new Set<string>(['seniors', 'disabled', 'families', 'adverse_situation', 'minorities']);

export const demoGroups: GroupRow[] = Object.entries(GROUPS).flatMap(([orp, entries]) =>
  entries.map(([key, kind, name, focus], index) => ({
    id: groupId(key),
    territoryId: territoryId(orp as OrpSlug),
    kind,
    name,
    targetGroupCode: focus && TARGET_GROUP_CODES.has(focus) ? (focus as TargetGroupCode) : null,
    subTerritoryId: focus && !TARGET_GROUP_CODES.has(focus) ? territoryId(focus as SubTerritorySlug) : null,
    position: index + 1,
    isDemo: true,
  })),
);

type PersonRow = typeof people.$inferInsert;
type PlanningRole = PersonRow['planningRole'];

/** [key, ORP, name, organization, usual planning role] */
const PEOPLE: readonly (readonly [string, OrpSlug, string, string, PlanningRole])[] = [
  ['ck-coordinator', 'cesky-krumlov', 'Jana Ukázková', 'Město Český Krumlov (ukázka)', 'commissioner'],
  ['ck-charita', 'cesky-krumlov', 'Pavel Vzorový', 'Oblastní charita Český Krumlov (ukázka)', 'provider'],
  ['ck-user', 'cesky-krumlov', 'Marie Příkladná', 'Klub seniorů Větřní (ukázka)', 'user'],
  ['ts-coordinator', 'trhove-sviny', 'Lucie Smyšlená', 'Město Trhové Sviny (ukázka)', 'commissioner'],
  ['ts-ps', 'trhove-sviny', 'Karel Modelový', 'Pečovatelská služba Trhové Sviny (ukázka)', 'provider'],
  ['ts-mayor', 'trhove-sviny', 'Jiří Fiktivní', 'Obec Žár (ukázka)', 'commissioner'],
  ['ts-user', 'trhove-sviny', 'Alena Cvičná', 'uživatelka služeb (ukázka)', 'user'],
  ['tr-coordinator', 'trebon', 'Petra Náhodná', 'Město Třeboň (ukázka)', 'commissioner'],
  ['tr-css', 'trebon', 'Martin Zkušební', 'Centrum sociálních služeb Třeboň (ukázka)', 'provider'],
  ['tr-rc', 'trebon', 'Eva Vymyšlená', 'Rodinné centrum Rybka Třeboň (ukázka)', 'provider'],
  ['jh-manager', 'jindrichuv-hradec', 'Hana Ukázková', 'Centrum pro komunitní práci jižní Čechy (ukázka)', 'public'],
  ['jh-methodologist', 'jindrichuv-hradec', 'Tomáš Vzorový', 'metodik KPSS (ukázka)', 'public'],
  ['jh-coordinator', 'jindrichuv-hradec', 'Veronika Příkladná', 'Město Jindřichův Hradec (ukázka)', 'commissioner'],
  ['jh-analyst', 'jindrichuv-hradec', 'Ondřej Smyšlený', 'analytik a evaluátor (ukázka)', 'public'],
  ['jh-charita', 'jindrichuv-hradec', 'Lenka Modelová', 'Oblastní charita Jindřichův Hradec (ukázka)', 'provider'],
  ['jh-klub', 'jindrichuv-hradec', 'David Fiktivní', 'Klub Na Nábřeží (ukázka)', 'provider'],
  ['jh-strmilov-mayor', 'jindrichuv-hradec', 'František Cvičný', 'Město Strmilov (ukázka)', 'commissioner'],
  ['jh-user', 'jindrichuv-hradec', 'Zdeňka Náhodná', 'uživatelka služeb (ukázka)', 'user'],
  ['ta-coordinator', 'tabor', 'Michaela Zkušební', 'Město Tábor (ukázka)', 'commissioner'],
  ['ta-csp', 'tabor', 'Roman Vymyšlený', 'Centrum sociální pomoci Tábor (ukázka)', 'provider'],
  ['ta-jordan', 'tabor', 'Kateřina Ukázková', 'Klub Jordán (ukázka)', 'provider'],
  ['ta-bechyne-mayor', 'tabor', 'Josef Vzorový', 'Město Bechyně (ukázka)', 'commissioner'],
  ['ta-user', 'tabor', 'Anna Příkladná', 'Svaz tělesně postižených (ukázka)', 'user'],
  ['pt-coordinator', 'prachatice', 'Barbora Smyšlená', 'MAS Chance in Nature (ukázka)', 'public'],
  ['pt-charita', 'prachatice', 'Vojtěch Modelový', 'Charita Prachatice (ukázka)', 'provider'],
  ['pt-town', 'prachatice', 'Ivana Fiktivní', 'Město Prachatice (ukázka)', 'commissioner'],
  ['pt-user', 'prachatice', 'Stanislav Cvičný', 'uživatel služeb (ukázka)', 'user'],
];

const emailOf = (name: string) =>
  `${name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, '.')}@example.org`;

export const demoPeople: PersonRow[] = PEOPLE.map(([key, orp, name, organization, planningRole], index) => ({
  id: personId(key),
  territoryId: territoryId(orp),
  name,
  organization,
  email: emailOf(name),
  phone: `+420 777 555 ${String(100 + index).padStart(3, '0')}`,
  planningRole,
  isDemo: true,
}));

type MemberRow = typeof groupMembers.$inferInsert;
type MemberRole = NonNullable<MemberRow['role']>;

/** [group, person, role in the group, the planning role the person represents there] */
const MEMBERS: readonly (readonly [string, string, MemberRole, PlanningRole])[] = [
  ['ck-steering', 'ck-coordinator', 'chair', 'commissioner'],
  ['ck-steering', 'ck-charita', 'member', 'provider'],
  ['ck-seniors', 'ck-user', 'member', 'user'],
  ['ck-seniors', 'ck-coordinator', 'coordinator', 'commissioner'],
  ['ck-crisis', 'ck-charita', 'chair', 'provider'],
  ['ts-steering', 'ts-mayor', 'chair', 'commissioner'],
  ['ts-steering', 'ts-coordinator', 'coordinator', 'commissioner'],
  ['ts-seniors', 'ts-ps', 'chair', 'provider'],
  ['ts-seniors', 'ts-user', 'member', 'user'],
  ['ts-disabled', 'ts-user', 'member', 'user'],
  ['tr-steering', 'tr-coordinator', 'chair', 'commissioner'],
  ['tr-seniors', 'tr-css', 'chair', 'provider'],
  ['tr-families', 'tr-rc', 'chair', 'provider'],
  ['jh-steering', 'jh-coordinator', 'chair', 'commissioner'],
  ['jh-steering', 'jh-charita', 'member', 'provider'],
  ['jh-coordination', 'jh-manager', 'project_manager', 'public'],
  ['jh-coordination', 'jh-methodologist', 'methodologist', 'public'],
  ['jh-coordination', 'jh-coordinator', 'coordinator', 'commissioner'],
  ['jh-coordination', 'jh-analyst', 'analyst', 'public'],
  ['jh-seniors', 'jh-charita', 'chair', 'provider'],
  ['jh-seniors', 'jh-user', 'member', 'user'],
  ['jh-families', 'jh-klub', 'chair', 'provider'],
  ['jh-excluded', 'jh-klub', 'member', 'provider'],
  ['jh-excluded', 'jh-charita', 'chair', 'provider'],
  ['jh-excluded', 'jh-user', 'member', 'user'],
  ['jh-excluded', 'jh-methodologist', 'methodologist', 'public'],
  ['jh-strmilov', 'jh-strmilov-mayor', 'chair', 'commissioner'],
  ['ta-steering', 'ta-coordinator', 'chair', 'commissioner'],
  ['ta-steering', 'ta-csp', 'member', 'provider'],
  ['ta-families', 'ta-jordan', 'chair', 'provider'],
  ['ta-disabled', 'ta-user', 'member', 'user'],
  ['ta-seniors', 'ta-csp', 'chair', 'provider'],
  ['ta-bechynsko', 'ta-bechyne-mayor', 'chair', 'commissioner'],
  ['pt-seniors', 'pt-charita', 'chair', 'provider'],
  ['pt-seniors', 'pt-user', 'member', 'user'],
  ['pt-disabled', 'pt-town', 'member', 'commissioner'],
  ['pt-prachaticko', 'pt-coordinator', 'coordinator', 'public'],
];

export const demoGroupMembers: MemberRow[] = MEMBERS.map(([group, person, role, planningRole]) => ({
  id: childId('group_member', `${group}/${person}`),
  groupId: groupId(group),
  personId: personId(person),
  role,
  planningRole,
}));
