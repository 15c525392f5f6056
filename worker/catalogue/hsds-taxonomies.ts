/**
 * The code lists KPSS classifies services by, as HSDS taxonomies and taxonomy terms: the service kinds (zákon
 * č. 108/2006 Sb.), the planning target groups, the registry's client groups and its capacity units. They are the
 * same for every territory, so their name-based UUIDs (version 5) are computed once per isolate and looked up both
 * ways: term → JSON for the answers, UUID → code for the `taxonomy_term_id` and `taxonomy_id` filters.
 */
import { CLIENT_GROUPS, SERVICE_KINDS, TARGET_GROUPS } from '../../schema/codelists.ts';
import { CAPACITY_UNITS } from '../../schema/api/catalogue.ts';

/** Random, fixed: the namespace of KPSS's version-5 UUIDs. */
const NAMESPACE = Uint8Array.from('9a4c2d7e5b1f4e0a8c3d6f2b1e7a9c40'.match(/../g)!.map((h) => parseInt(h, 16)));

export async function nameUuid(name: string): Promise<string> {
  const text = new TextEncoder().encode(name);
  const data = new Uint8Array(NAMESPACE.length + text.length);
  data.set(NAMESPACE);
  data.set(text, NAMESPACE.length);
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-1', data)).slice(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

export type TaxonomyKey = 'service-kind' | 'target-group' | 'client-group' | 'capacity-unit';

export const UNIT_NAMES: Record<string, string> = {
  klient: 'klienti',
  luzka: 'lůžka',
  kontakt: 'kontakty (10 minut)',
  interv: 'intervence (30 minut)',
  hovor: 'hovory',
};

type TermSource = { code: string; name: string; description: string };
const TAXONOMY_SOURCES: { key: TaxonomyKey; name: string; description: string; terms: TermSource[] }[] = [
  {
    key: 'service-kind',
    name: 'KPSS: druhy sociálních služeb',
    description: 'Druhy sociálních služeb podle zákona č. 108/2006 Sb. a související služby',
    terms: SERVICE_KINDS.map((k) => ({ code: k.code, name: k.name, description: [k.paragraph ? `${k.paragraph} zákona č. 108/2006 Sb.` : 'související služba', k.nameEn].join('; ') })),
  },
  {
    key: 'target-group',
    name: 'KPSS: cílové skupiny plánování',
    description: 'Cílové skupiny komunitního plánování sociálních služeb',
    terms: TARGET_GROUPS.map((g) => ({ code: g.code, name: g.name, description: g.nameEn })),
  },
  {
    key: 'client-group',
    name: 'MPSV: cílové skupiny osob',
    description: 'Cílové skupiny osob, jak je vede registr poskytovatelů sociálních služeb',
    terms: CLIENT_GROUPS.map((g) => ({ code: g.code, name: g.name, description: g.nameEn })),
  },
  {
    key: 'capacity-unit',
    name: 'MPSV: typy kapacity sociální služby',
    description: 'Jednotky registrované kapacity (TypKapacitySocialniSluzby); hodnota atributu je registrovaná kapacita, ne počet volných míst',
    terms: CAPACITY_UNITS.map((unit) => ({ code: unit, name: UNIT_NAMES[unit] ?? unit, description: `Registrovaná kapacita: ${UNIT_NAMES[unit] ?? unit}` })),
  },
];

export type HsdsTaxonomy = { id: string; name: string; description: string };
export type HsdsTaxonomyTerm = {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  taxonomy_detail: HsdsTaxonomy;
  language: string;
};
export type TermRef = { taxonomy: TaxonomyKey; code: string };

type Registry = {
  taxonomies: (HsdsTaxonomy & { key: TaxonomyKey })[];
  terms: (HsdsTaxonomyTerm & { key: TaxonomyKey })[];
  termByCode: Map<string, HsdsTaxonomyTerm>;
  termById: Map<string, TermRef>;
  taxonomyById: Map<string, TaxonomyKey>;
};

let registry: Promise<Registry> | undefined;

async function build(): Promise<Registry> {
  const taxonomies: Registry['taxonomies'] = [];
  const terms: Registry['terms'] = [];
  for (const source of TAXONOMY_SOURCES) {
    const taxonomy = { id: await nameUuid(`taxonomy:${source.key}`), name: source.name, description: source.description };
    taxonomies.push({ ...taxonomy, key: source.key });
    for (const term of source.terms) {
      terms.push({
        id: await nameUuid(`term:${source.key}:${term.code}`),
        code: term.code,
        name: term.name,
        description: term.description,
        taxonomy: source.name,
        taxonomy_id: taxonomy.id,
        taxonomy_detail: taxonomy,
        language: 'ces',
        key: source.key,
      });
    }
  }
  return {
    taxonomies,
    terms,
    termByCode: new Map(terms.map(({ key, ...term }) => [`${key}:${term.code}`, term])),
    termById: new Map(terms.map((t) => [t.id, { taxonomy: t.key, code: t.code }])),
    taxonomyById: new Map(taxonomies.map((t) => [t.id, t.key])),
  };
}

const loaded = () => (registry ??= build());

/** The HSDS taxonomy_term of a code in one of KPSS's taxonomies, or undefined for a code the list no longer has. */
export async function termOf(taxonomy: TaxonomyKey, code: string): Promise<HsdsTaxonomyTerm | undefined> {
  return (await loaded()).termByCode.get(`${taxonomy}:${code}`);
}

export async function termById(id: string): Promise<TermRef | undefined> {
  return (await loaded()).termById.get(id);
}

export async function taxonomyById(id: string): Promise<TaxonomyKey | undefined> {
  return (await loaded()).taxonomyById.get(id);
}

const matches = (search: string | undefined, ...texts: string[]) =>
  !search || texts.some((text) => text.toLocaleLowerCase('cs').includes(search.toLocaleLowerCase('cs')));

export async function listTaxonomies(search?: string): Promise<HsdsTaxonomy[]> {
  return (await loaded()).taxonomies.filter((t) => matches(search, t.name, t.description)).map(({ key: _key, ...t }) => t);
}

/** Every term, or those of one taxonomy; KPSS's lists are flat, so no term has a parent or children. */
export async function listTerms(filter: { search?: string; taxonomyId?: string; parentId?: string }): Promise<HsdsTaxonomyTerm[]> {
  if (filter.parentId !== undefined) return [];
  return (await loaded()).terms
    .filter((t) => (filter.taxonomyId === undefined || t.taxonomy_id === filter.taxonomyId) && matches(filter.search, t.code, t.name, t.description))
    .map(({ key: _key, ...t }) => t);
}
