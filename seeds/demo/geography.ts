/**
 * The region, the planning territories of South Bohemia and their municipalities.
 *
 * Municipality codes are real ČSÚ/RÚIAN codes, each checked against the municipality list in the public
 * repository pehovorka/covidvobcich-api (src/resolvers/search/assets/municipalities.ts: code, name, district).
 * Which ORP a municipality belongs to comes from that list's district plus local knowledge of ORP borders;
 * membership of the sub-areas (Bechyňsko, Strmilov, Prachaticko, …) is illustrative, not an official list.
 * Prachatice and the MAS get a representative subset of the 58 municipalities of Prachaticko and Strakonicko.
 */
import type { municipalities, regions, territories, territoryMunicipalities } from '../../schema/tables.ts';
import { municipalityId, regionId, REGION_CODE, territoryId, type OrpSlug, type SubTerritorySlug, type TerritorySlug } from './keys.ts';

export const demoRegions = [{ id: regionId, code: REGION_CODE, name: 'Jihočeský kraj' }] satisfies (typeof regions.$inferInsert)[];

type TerritoryRow = typeof territories.$inferInsert;

const territory = (slug: TerritorySlug, row: Omit<TerritoryRow, 'id' | 'slug' | 'regionId' | 'isDemo'>): TerritoryRow => ({
  id: territoryId(slug),
  slug,
  regionId,
  isDemo: true,
  ...row,
});

/** Parents come before their children: territories.parent_id is a foreign key. */
export const demoTerritories: TerritoryRow[] = [
  territory('cesky-krumlov', {
    kind: 'orp',
    name: 'Český Krumlov',
    planningSince: 2011,
    description:
      'Město Český Krumlov plánuje sociální služby od roku 2004, pro celé území ORP od roku 2011. Plán zpracovávají tři pracovní skupiny a řídicí skupina.',
  }),
  territory('trhove-sviny', {
    kind: 'orp',
    name: 'Trhové Sviny',
    planningSince: 2010,
    description: 'Komunitní plánování na Trhovosvinensku běží od roku 2010; čtyři pracovní skupiny podle cílových skupin.',
  }),
  territory('trebon', {
    kind: 'orp',
    name: 'Třeboň',
    planningSince: 2011,
    description: 'Plánování sociálních služeb na Třeboňsku od roku 2011, mimo jiné s analýzou potřeby služby Senior taxi.',
  }),
  territory('jindrichuv-hradec', {
    kind: 'orp',
    name: 'Jindřichův Hradec',
    planningSince: 2008,
    description:
      'Tematické pracovní skupiny doplňují územní skupiny Strmilov, Kardašova Řečice, Nová Bystřice a Nová Včelnice, aby se do plánování zapojily i menší obce.',
  }),
  territory('tabor', {
    kind: 'orp',
    name: 'Tábor',
    planningSince: 2006,
    description: 'Pět tematických pracovních skupin a územní skupiny Bechyňsko, Chýnovsko, Mladovožicko a Sezimoústecko.',
  }),
  territory('prachatice', {
    kind: 'orp',
    name: 'Prachatice',
    planningSince: 2007,
    description:
      'Plánování začalo v roce 2007 projektem MAS Chance in Nature – Local Action Group; pracovní skupiny pracují ve městě Prachatice i na venkově.',
  }),
  territory('mas-chance-in-nature', {
    kind: 'mas',
    parentId: territoryId('prachatice'),
    name: 'MAS Chance in Nature – Local Action Group',
    planningSince: 2007,
    description: 'Místní akční skupina pro Prachaticko a Strakonicko (58 obcí), realizátor prvního plánu v letech 2007–2008.',
  }),
  ...(
    [
      ['bechynsko', 'tabor', 'Bechyňsko'],
      ['chynovsko', 'tabor', 'Chýnovsko'],
      ['mladovozicko', 'tabor', 'Mladovožicko'],
      ['sezimoustecko', 'tabor', 'Sezimoústecko'],
      ['strmilov', 'jindrichuv-hradec', 'Strmilov'],
      ['kardasova-recice', 'jindrichuv-hradec', 'Kardašova Řečice'],
      ['nova-bystrice', 'jindrichuv-hradec', 'Nová Bystřice'],
      ['nova-vcelnice', 'jindrichuv-hradec', 'Nová Včelnice'],
      ['prachaticko', 'prachatice', 'Prachaticko'],
      ['volarsko-netolicko', 'prachatice', 'Volarsko – Netolicko'],
      ['ckynsko', 'prachatice', 'Čkyňsko'],
    ] as const satisfies readonly (readonly [SubTerritorySlug, OrpSlug, string])[]
  ).map(([slug, parent, name]) =>
    territory(slug, { kind: 'subarea', parentId: territoryId(parent), name, description: `Územní pracovní skupina pro ${name}.` }),
  ),
];

/** [ČSÚ code, name, ORP, sub-areas or MAS the municipality also belongs to] */
type MunicipalityEntry = readonly [code: string, name: string, orp: OrpSlug, also?: readonly SubTerritorySlug[]];

const MUNICIPALITIES: readonly MunicipalityEntry[] = [
  // ORP Český Krumlov
  ['545392', 'Český Krumlov', 'cesky-krumlov'],
  ['545830', 'Větřní', 'cesky-krumlov'],
  ['545554', 'Kájov', 'cesky-krumlov'],
  ['545546', 'Chvalšiny', 'cesky-krumlov'],
  ['545864', 'Zlatá Koruna', 'cesky-krumlov'],
  ['545724', 'Přídolí', 'cesky-krumlov'],
  ['545571', 'Křemže', 'cesky-krumlov'],
  ['545490', 'Holubov', 'cesky-krumlov'],
  ['545431', 'Brloh', 'cesky-krumlov'],
  ['545511', 'Horní Planá', 'cesky-krumlov'],
  ['545601', 'Loučovice', 'cesky-krumlov'],
  ['545481', 'Frymburk', 'cesky-krumlov'],
  ['545597', 'Lipno nad Vltavou', 'cesky-krumlov'],
  ['545848', 'Vyšší Brod', 'cesky-krumlov'],
  ['545767', 'Rožmberk nad Vltavou', 'cesky-krumlov'],
  ['545457', 'Černá v Pošumaví', 'cesky-krumlov'],
  ['545520', 'Hořice na Šumavě', 'cesky-krumlov'],
  ['545627', 'Mirkovice', 'cesky-krumlov'],
  // ORP Trhové Sviny
  ['545171', 'Trhové Sviny', 'trhove-sviny'],
  ['544281', 'Borovany', 'trhove-sviny'],
  ['544736', 'Ledenice', 'trhove-sviny'],
  ['544868', 'Nové Hrady', 'trhove-sviny'],
  ['544884', 'Olešnice', 'trhove-sviny'],
  ['545376', 'Žár', 'trhove-sviny'],
  ['545023', 'Slavče', 'trhove-sviny'],
  ['545082', 'Strážkovice', 'trhove-sviny'],
  ['545104', 'Svatý Jan nad Malší', 'trhove-sviny'],
  ['544809', 'Ločenice', 'trhove-sviny'],
  ['544817', 'Mladošovice', 'trhove-sviny'],
  ['544515', 'Horní Stropnice', 'trhove-sviny'],
  ['544540', 'Hranice', 'trhove-sviny'],
  ['544639', 'Jílovice', 'trhove-sviny'],
  ['545414', 'Besednice', 'trhove-sviny'],
  ['551503', 'Čížkrajice', 'trhove-sviny'],
  // ORP Třeboň
  ['547336', 'Třeboň', 'trebon'],
  ['546674', 'Lomnice nad Lužnicí', 'trebon'],
  ['547280', 'Suchdol nad Lužnicí', 'trebon'],
  ['546461', 'Chlum u Třeboně', 'trebon'],
  ['546089', 'České Velenice', 'trebon'],
  ['546712', 'Majdalena', 'trebon'],
  ['547247', 'Stříbřec', 'trebon'],
  ['546844', 'Novosedly nad Nežárkou', 'trebon'],
  ['547069', 'Rapšach', 'trebon'],
  // ORP Jindřichův Hradec
  ['545881', 'Jindřichův Hradec', 'jindrichuv-hradec'],
  ['546542', 'Kardašova Řečice', 'jindrichuv-hradec', ['kardasova-recice']],
  ['546968', 'Pluhův Žďár', 'jindrichuv-hradec', ['kardasova-recice']],
  ['546151', 'Deštná', 'jindrichuv-hradec', ['kardasova-recice']],
  ['547239', 'Strmilov', 'jindrichuv-hradec', ['strmilov']],
  ['546615', 'Kunžak', 'jindrichuv-hradec', ['strmilov']],
  ['546798', 'Nová Bystřice', 'jindrichuv-hradec', ['nova-bystrice']],
  ['546101', 'Číměř', 'jindrichuv-hradec', ['nova-bystrice']],
  ['546666', 'Lodhéřov', 'jindrichuv-hradec', ['nova-bystrice']],
  ['546801', 'Nová Včelnice', 'jindrichuv-hradec', ['nova-vcelnice']],
  ['546381', 'Horní Radouň', 'jindrichuv-hradec', ['nova-vcelnice']],
  ['546402', 'Hospříz', 'jindrichuv-hradec'],
  ['547221', 'Stráž nad Nežárkou', 'jindrichuv-hradec'],
  ['546364', 'Horní Pěna', 'jindrichuv-hradec'],
  ['546500', 'Jarošov nad Nežárkou', 'jindrichuv-hradec'],
  ['546992', 'Popelín', 'jindrichuv-hradec'],
  ['546623', 'Lásenice', 'jindrichuv-hradec'],
  // ORP Tábor
  ['552046', 'Tábor', 'tabor'],
  ['553069', 'Sezimovo Ústí', 'tabor', ['sezimoustecko']],
  ['552828', 'Planá nad Lužnicí', 'tabor', ['sezimoustecko']],
  ['553018', 'Roudná', 'tabor', ['sezimoustecko']],
  ['552283', 'Dražice', 'tabor', ['sezimoustecko']],
  ['552054', 'Bechyně', 'tabor', ['bechynsko']],
  ['552224', 'Dobronice u Bechyně', 'tabor', ['bechynsko']],
  ['553166', 'Sudoměřice u Bechyně', 'tabor', ['bechynsko']],
  ['552801', 'Opařany', 'tabor', ['bechynsko']],
  ['552321', 'Hlavatce', 'tabor', ['bechynsko']],
  ['552496', 'Chýnov', 'tabor', ['chynovsko']],
  ['552763', 'Nová Ves u Chýnova', 'tabor', ['chynovsko']],
  ['552917', 'Radenín', 'tabor', ['chynovsko']],
  ['552704', 'Mladá Vožice', 'tabor', ['mladovozicko']],
  ['552852', 'Pohnání', 'tabor', ['mladovozicko']],
  ['552861', 'Pojbuky', 'tabor', ['mladovozicko']],
  ['552666', 'Malšice', 'tabor'],
  ['552992', 'Ratibořské Hory', 'tabor'],
  ['552470', 'Choustník', 'tabor'],
  ['552534', 'Jistebnice', 'tabor'],
  ['552461', 'Chotoviny', 'tabor'],
  ['553417', 'Želeč', 'tabor'],
  // ORP Prachatice and the MAS (a representative subset of Prachaticko and Strakonicko)
  ['550094', 'Prachatice', 'prachatice', ['mas-chance-in-nature', 'prachaticko']],
  ['550230', 'Husinec', 'prachatice', ['mas-chance-in-nature', 'prachaticko']],
  ['550264', 'Chroboly', 'prachatice', ['mas-chance-in-nature', 'prachaticko']],
  ['550329', 'Ktiš', 'prachatice', ['mas-chance-in-nature', 'prachaticko']],
  ['550434', 'Nebahovy', 'prachatice', ['mas-chance-in-nature', 'prachaticko']],
  ['550582', 'Těšovice', 'prachatice', ['mas-chance-in-nature', 'prachaticko']],
  ['550701', 'Zbytiny', 'prachatice', ['mas-chance-in-nature', 'prachaticko']],
  ['550540', 'Strunkovice nad Blanicí', 'prachatice', ['mas-chance-in-nature', 'prachaticko']],
  ['550671', 'Volary', 'prachatice', ['mas-chance-in-nature', 'volarsko-netolicko']],
  ['550442', 'Netolice', 'prachatice', ['mas-chance-in-nature', 'volarsko-netolicko']],
  ['550361', 'Lhenice', 'prachatice', ['mas-chance-in-nature', 'volarsko-netolicko']],
  ['550426', 'Mičovice', 'prachatice', ['mas-chance-in-nature', 'volarsko-netolicko']],
  ['550418', 'Malovice', 'prachatice', ['mas-chance-in-nature', 'volarsko-netolicko']],
  ['550167', 'Čkyně', 'prachatice', ['mas-chance-in-nature', 'ckynsko']],
  ['550663', 'Vlachovo Březí', 'prachatice', ['mas-chance-in-nature', 'ckynsko']],
  ['550116', 'Bohumilice', 'prachatice', ['mas-chance-in-nature', 'ckynsko']],
  ['550183', 'Dub', 'prachatice', ['mas-chance-in-nature', 'ckynsko']],
  ['550485', 'Radhostice', 'prachatice', ['mas-chance-in-nature', 'ckynsko']],
  // Strakonicko: in the MAS only, outside ORP Prachatice
  ['550809', 'Bavorov', 'prachatice', ['mas-chance-in-nature']],
  ['550957', 'Čestice', 'prachatice', ['mas-chance-in-nature']],
  ['551970', 'Volyně', 'prachatice', ['mas-chance-in-nature']],
];

/** Strakonicko belongs to the MAS, not to ORP Prachatice: those three rows get no ORP link. */
const MAS_ONLY = new Set(['550809', '550957', '551970']);

export const demoMunicipalities = MUNICIPALITIES.map(([code, name]) => ({
  id: municipalityId(code),
  code,
  name,
  regionId,
})) satisfies (typeof municipalities.$inferInsert)[];

export const demoTerritoryMunicipalities = MUNICIPALITIES.flatMap(([code, , orp, also = []]) => [
  ...(MAS_ONLY.has(code) ? [] : [{ territoryId: territoryId(orp), municipalityId: municipalityId(code) }]),
  ...also.map((slug) => ({ territoryId: territoryId(slug), municipalityId: municipalityId(code) })),
]) satisfies (typeof territoryMunicipalities.$inferInsert)[];

/** The municipality codes of an ORP, for services that serve the whole district. */
export const municipalityCodesOf = (orp: OrpSlug): string[] =>
  MUNICIPALITIES.filter(([code, , o]) => o === orp && !MAS_ONLY.has(code)).map(([code]) => code);
