/**
 * A generated catalogue for benchmarks: by default one region, one ORP with three sub-areas, 120 municipalities,
 * providers and any number of services; with `orps` and `municipalities` a whole country (14 regions), each
 * service in the ORP of its town. Services that look like a Czech district's (names from kinds and towns, descriptions from a
 * phrase bank, Czech inflections, 1 % secret addresses). Deterministic: the same options give the same rows.
 *
 *   generateCatalogue({ services: 10_000 })  → rows typed against the drizzle tables
 *   catalogueDataSql(data)                    → INSERT statements for `wrangler d1 execute --file`
 */
import { CLIENT_GROUPS, SERVICE_KINDS } from '../schema/codelists.ts';
import * as t from '../schema/tables.ts';
import { insertStatements } from '../seeds/sql.ts';

export type CatalogueData = {
  regions: (typeof t.regions.$inferInsert)[];
  territories: (typeof t.territories.$inferInsert)[];
  municipalities: (typeof t.municipalities.$inferInsert)[];
  territoryMunicipalities: (typeof t.territoryMunicipalities.$inferInsert)[];
  providers: (typeof t.providers.$inferInsert)[];
  services: (typeof t.services.$inferInsert)[];
  serviceForms: (typeof t.serviceFormLinks.$inferInsert)[];
  serviceClientGroups: (typeof t.serviceClientGroups.$inferInsert)[];
  serviceMunicipalities: (typeof t.serviceMunicipalities.$inferInsert)[];
};

export type CatalogueOptions = {
  services: number;
  providers?: number;
  seed?: number;
  territorySlug?: string;
  /** ORPs (the first one has three sub-areas); a country has about 200, spread over 14 regions */
  orps?: number;
  /** a country has about 6,250; each belongs to one ORP, and a service serves municipalities of its own ORP */
  municipalities?: number;
};

/** mulberry32: small, fast, and the same sequence on every machine. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r = (r + Math.imul(r ^ (r >>> 7), 61 | r)) ^ r;
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}


function ico(firstSeven: string): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(firstSeven[i]) * (8 - i);
  return `${firstSeven}${(11 - (sum % 11)) % 10}`;
}

const TOWNS = [
  'Třeboň', 'Lomnice nad Lužnicí', 'Suchdol nad Lužnicí', 'Chlum u Třeboně', 'České Velenice', 'Tábor', 'Sezimovo Ústí', 'Planá nad Lužnicí',
  'Bechyně', 'Chýnov', 'Mladá Vožice', 'Soběslav', 'Veselí nad Lužnicí', 'Jindřichův Hradec', 'Nová Bystřice', 'Kardašova Řečice',
  'Strmilov', 'Nová Včelnice', 'Dačice', 'Slavonice', 'Prachatice', 'Netolice', 'Vimperk', 'Volary', 'Husinec', 'Vlachovo Březí',
  'Strakonice', 'Volyně', 'Blatná', 'Bavorov', 'Vodňany', 'Protivín', 'Písek', 'Mirotice', 'Milevsko', 'Český Krumlov', 'Kaplice',
  'Velešín', 'Vyšší Brod', 'Horní Planá', 'Trhové Sviny', 'Borovany', 'Nové Hrady', 'Lišov', 'Hluboká nad Vltavou', 'Týn nad Vltavou',
];
const HAMLETS = ['Lhota', 'Újezd', 'Dvorce', 'Hrachoviště', 'Smrčná', 'Dolní Ves', 'Horní Ves', 'Zahájí', 'Radkov', 'Kojákovice', 'Břilice', 'Spolí'];
const STREETS = ['Husova', 'Žižkova', 'Palackého', 'Nádražní', 'Školní', 'Zahradní', 'Jiráskova', 'Komenského', 'Masarykovo nám.', 'Riegrova', 'Budějovická', 'Svobody'];
const PROVIDER_KINDS = ['Farní charita', 'Oblastní charita', 'Sociální služby města', 'Domov', 'Spolek', 'Centrum', 'Diakonie', 'Sdružení', 'Poradna'];
const PROVIDER_NAMES = ['Naděje', 'Rozmarýn', 'Jitřenka', 'Vlaštovka', 'Úsměv', 'Porozumění', 'Most', 'Světlo', 'Domino', 'Klíček', 'Archa', 'Pohoda'];
const LEGAL_FORMS = ['spolek', 'ústav', 'obecně prospěšná společnost', 'příspěvková organizace', 'evidovaná církevní právnická osoba'];
const PHRASES = [
  'Poskytujeme podporu seniorům a jejich rodinám v domácím prostředí.',
  'Služba pomáhá lidem se zdravotním postižením zvládat péči o sebe a domácnost.',
  'Nabízíme bezplatné a anonymní poradenství v tíživých životních situacích.',
  'Pomáháme rodinám s dětmi, které se ocitly v nepříznivé sociální situaci.',
  'Pečovatelky dochází za klienty domů, pomáhají s hygienou, nákupy a dovozem obědů.',
  'Zajišťujeme celoroční pobyt, stravu, ošetřovatelskou péči a aktivizační programy pro seniory.',
  'Klub nabízí volnočasové aktivity pro děti a mládež ohrožené sociálním vyloučením.',
  'Terénní pracovníci vyhledávají osoby bez přístřeší a lidi ohrožené závislostí.',
  'Odlehčovací pobyty umožní pečujícím osobám odpočinek.',
  'Služba je poskytována v Třeboni, Lomnici nad Lužnicí a okolních obcích.',
  'Dluhové poradenství, pomoc s exekucemi a hospodařením domácnosti.',
  'Tísňová péče zajišťuje nepřetržitou pomoc osamělým seniorům na zavolání.',
  'Chráněné bydlení pro lidi s mentálním postižením v malých domácnostech.',
  'Krizová pomoc obětem domácího násilí a osobám v krizi, nonstop linka.',
];

/** Kinds in proportions a district's catalogue has: much home care and counselling, few shelters. */
const KIND_WEIGHTS: [string, number][] = [
  ['pecovatelska-sluzba', 14], ['odborne-socialni-poradenstvi', 14], ['domovy-pro-seniory', 8], ['osobni-asistence', 6],
  ['sas-pro-rodiny-s-detmi', 8], ['nizkoprahova-zarizeni-pro-deti-a-mladez', 5], ['terenni-programy', 5], ['odlehcovaci-sluzby', 5],
  ['domovy-se-zvlastnim-rezimem', 4], ['chranene-bydleni', 3], ['denni-stacionare', 3], ['tisnova-pece', 2], ['azylove-domy', 2],
  ['krizova-pomoc', 2], ['socialne-terapeuticke-dilny', 2], ['socialni-rehabilitace', 3], ['rel-senior-taxi', 4], ['rel-debt-counselling', 3],
  ['rel-meals-on-wheels', 3], ['rel-volunteer-centre', 2],
];
const SECRET_KINDS = new Set(['azylove-domy', 'krizova-pomoc']);
const RESIDENTIAL = new Set(['domovy-pro-seniory', 'domovy-se-zvlastnim-rezimem', 'chranene-bydleni', 'azylove-domy']);
const OUTREACH = new Set(['pecovatelska-sluzba', 'osobni-asistence', 'terenni-programy', 'tisnova-pece', 'rel-senior-taxi', 'rel-meals-on-wheels']);

/** Office hours Monday to Friday, some with a lunch break, as catalogues list them. */
function weekdays(opens: string, closes: string, lunchBreak: boolean): { day: number; opens: string; closes: string }[] {
  return [1, 2, 3, 4, 5].flatMap((day) =>
    lunchBreak ? [{ day, opens, closes: '12:00' }, { day, opens: '12:30', closes }] : [{ day, opens, closes }],
  );
}

export function generateCatalogue(options: CatalogueOptions): CatalogueData {
  const next = random(options.seed ?? 42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const some = <T>(list: readonly T[], min: number, max: number) => {
    const count = min + Math.floor(next() * (max - min + 1));
    return [...new Set(Array.from({ length: count }, () => pick(list)))];
  };
  const totalWeight = KIND_WEIGHTS.reduce((sum, [, w]) => sum + w, 0);
  const pickKind = () => {
    let r = next() * totalWeight;
    for (const [code, weight] of KIND_WEIGHTS) if ((r -= weight) < 0) return code;
    return KIND_WEIGHTS[0]![0];
  };
  const kinds = new Map<string, (typeof SERVICE_KINDS)[number]>(SERVICE_KINDS.map((k) => [k.code, k]));
  const slug = options.territorySlug ?? 'bench';
  // Random-looking UUIDv7-shaped ids, as the PWA makes them: ids that counted up would compress unrealistically well.
  const hex = (digits: number) => Array.from({ length: digits }, () => Math.floor(next() * 16).toString(16)).join('');
  const uuid = () => `${hex(8)}-${hex(4)}-7${hex(3)}-${(8 + Math.floor(next() * 4)).toString(16)}${hex(3)}-${hex(12)}`;
  const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

  const region = { id: uuid(), code: 'CZ031-BENCH', name: 'Jihočeský kraj' };
  const orp = { id: uuid(), regionId: region.id, kind: 'orp' as const, slug, name: 'Benchmarkov' };
  const subareas = [1, 2, 3].map((n) => ({ id: uuid(), regionId: region.id, parentId: orp.id, kind: 'subarea' as const, slug: `${slug}-${n}`, name: `Mikroregion ${n}` }));
  const regionCount = (options.orps ?? 1) > 1 ? 14 : 1;
  const regions = [region, ...Array.from({ length: regionCount - 1 }, (_, i) => ({ id: uuid(), code: `CZ0${i + 1}-BENCH`, name: `Kraj ${i + 2}` }))];
  const orps = [
    orp,
    ...Array.from({ length: (options.orps ?? 1) - 1 }, (_, i) => ({ id: uuid(), regionId: regions[(i + 1) % regions.length]!.id, kind: 'orp' as const, slug: `${slug}-orp-${i + 2}`, name: `ORP ${i + 2}` })),
  ];
  const territories = [orp, ...subareas, ...orps.slice(1)];

  const municipalities = Array.from({ length: options.municipalities ?? 120 }, (_, i) => {
    const name = i < TOWNS.length ? TOWNS[i]! : `${pick(HAMLETS)} u ${pick(TOWNS)}`;
    return { id: uuid(), code: String(900_000 + i), name, regionId: orps[i % orps.length]!.regionId, lat: round6(48.7 + next() * 0.9), lng: round6(13.8 + next() * 1.5) };
  });
  const orpOf = (index: number) => orps[index % orps.length]!;
  const byOrp = new Map<string, typeof municipalities>(orps.map((o) => [o.id, []]));
  municipalities.forEach((m, i) => byOrp.get(orpOf(i).id)!.push(m));
  const orpIndex = new Map(municipalities.map((m, i) => [m.id, orpOf(i)]));
  const territoryMunicipalities = municipalities.flatMap((m, i) => [
    { territoryId: orpOf(i).id, municipalityId: m.id },
    ...(orpOf(i) === orp ? [{ territoryId: subareas[Math.floor(i / orps.length) % 3]!.id, municipalityId: m.id }] : []),
  ]);

  const providerCount = options.providers ?? Math.max(10, Math.round(options.services / 7));
  const providers = Array.from({ length: providerCount }, (_, i) => {
    const town = pick(municipalities);
    const name = `${pick(PROVIDER_KINDS)} ${pick(PROVIDER_NAMES)} ${town.name}`;
    const domain = `p${i}.example.cz`;
    return {
      id: uuid(), ico: ico(String(1_000_000 + i * 7).padStart(7, '0')), name, legalForm: pick(LEGAL_FORMS),
      web: next() < 0.8 ? `https://www.${domain}` : null, email: `info@${domain}`, phone: `+420 38${Math.floor(next() * 10)} ${String(100 + (i % 900)).padStart(3, '0')} ${String(100 + Math.floor(next() * 900))}`,
      street: `${pick(STREETS)} ${1 + Math.floor(next() * 300)}`, city: town.name, postcode: String(37_000 + Math.floor(next() * 3000)), source: 'manual' as const,
    };
  });

  const services: CatalogueData['services'] = [];
  const serviceForms: CatalogueData['serviceForms'] = [];
  const serviceClientGroups: CatalogueData['serviceClientGroups'] = [];
  const serviceMunicipalities: CatalogueData['serviceMunicipalities'] = [];
  for (let i = 0; i < options.services; i++) {
    const id = uuid();
    const kindCode = pickKind();
    const kind = kinds.get(kindCode)!;
    const provider = pick(providers);
    const town = pick(municipalities);
    const residential = RESIDENTIAL.has(kindCode);
    const outreach = OUTREACH.has(kindCode);
    const secret = SECRET_KINDS.has(kindCode) && next() < 0.5;
    const name = `${kind.name[0]!.toUpperCase()}${kind.name.slice(1)} ${next() < 0.4 ? `${pick(PROVIDER_NAMES)} ` : ''}${town.name}`;
    const registered = kind.category !== 'related';
    const located = next() < 0.8;
    const home = orpIndex.get(town.id)!;
    services.push({
      id, providerId: provider.id, territoryId: orps.length > 1 ? (home === orp ? pick([orp, ...subareas]) : home).id : pick(territories).id, kindCode, name,
      registrationId: registered ? String(1_000_000 + i) : null,
      description: some(PHRASES, 1, 3).join(' '),
      capacity: 5 + Math.floor(next() * 150), capacityUnit: residential ? 'luzka' : outreach ? 'klient' : pick(['klient', 'kontakt', 'interv']),
      openingHours: residential ? null : weekdays(pick(['07:00', '07:30', '08:00', '09:00']), pick(['15:00', '15:30', '16:00', '17:00']), next() < 0.3),
      alwaysOpen: residential || kindCode === 'tisnova-pece',
      phone: `+420 ${pick(['381', '384', '386', '388', '603', '731', '777'])} ${String(100 + Math.floor(next() * 900))} ${String(100 + Math.floor(next() * 900))}`,
      email: `sluzba${i}@${provider.web ? provider.web.replace('https://www.', '') : 'example.cz'}`,
      web: next() < 0.6 ? `${provider.web ?? 'https://example.cz'}/sluzby/${i}` : null,
      street: `${pick(STREETS)} ${1 + Math.floor(next() * 400)}`, city: town.name, postcode: String(37_000 + Math.floor(next() * 3000)),
      lat: located ? round6((town.lat ?? 49) + (next() - 0.5) * 0.02) : null, lng: located ? round6((town.lng ?? 14.5) + (next() - 0.5) * 0.02) : null,
      addressSecret: secret, source: 'manual',
    });
    const forms = residential ? ['pob'] : outreach ? (next() < 0.3 ? ['ter', 'amb'] : ['ter']) : next() < 0.3 ? ['amb', 'ter'] : ['amb'];
    for (const formCode of forms) serviceForms.push({ serviceId: id, formCode });
    for (const group of some(CLIENT_GROUPS, 1, 4)) serviceClientGroups.push({ serviceId: id, clientGroupCode: group.code });
    const served = outreach ? some(byOrp.get(home.id)!, 3, Math.min(15, byOrp.get(home.id)!.length)) : [town];
    for (const m of new Set(served)) serviceMunicipalities.push({ serviceId: id, municipalityId: m.id });
  }
  return { regions, territories, municipalities, territoryMunicipalities, providers, services, serviceForms, serviceClientGroups, serviceMunicipalities };
}

/**
 * The data as INSERTs in foreign-key order, many rows per statement (wrangler's --file runs them one by one), few
 * enough that a statement stays under D1's 100 KB.
 */
export function catalogueDataSql(data: CatalogueData): string[] {
  const insert = <T extends Parameters<typeof insertStatements>[0]>(table: T, rows: readonly T['$inferInsert'][], perStatement = 200) =>
    Array.from({ length: Math.ceil(rows.length / perStatement) }, (_, i) => rows.slice(i * perStatement, (i + 1) * perStatement)).flatMap((chunk) =>
      insertStatements(table, chunk, { multiRow: true }),
    );
  return [
    ...insert(t.regions, data.regions),
    ...insert(t.territories, data.territories),
    ...insert(t.municipalities, data.municipalities),
    ...insert(t.territoryMunicipalities, data.territoryMunicipalities),
    ...insert(t.providers, data.providers, 50),
    ...insert(t.services, data.services, 40),
    ...insert(t.serviceFormLinks, data.serviceForms),
    ...insert(t.serviceClientGroups, data.serviceClientGroups),
    ...insert(t.serviceMunicipalities, data.serviceMunicipalities),
  ];
}
