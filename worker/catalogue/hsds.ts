/**
 * The catalogue as Open Referral HSDS 3.1 (https://docs.openreferral.org): organizations with the IČO as an
 * organization_identifier (scheme CZ-ICO), services with phones, schedules, capacities, locations and the service kind
 * and target groups as taxonomy terms (attributes). HSDS wants UUIDs for every object; the ones KPSS does not store
 * (phones, schedules, locations, …) are name-based UUIDs (version 5) of the service id and their role, so they stay
 * the same between requests.
 *
 * Trade-offs, stated where a consumer can read them:
 * - service_capacity requires `available`; the registry knows only the registered capacity (the most clients,
 *   beds, … the service takes at once), never free places. Both `maximum` and `available` carry that number and
 *   the description says it is not a count of free places.
 * - schedule times are local Prague time without an offset (it changes with daylight saving); `notes` says so.
 * - a secret address (shelters) gives a location with no address and no coordinates.
 */
import { CLIENT_GROUPS, SERVICE_KINDS, TARGET_GROUPS } from '../../schema/codelists.ts';
import type { OpeningHours } from '../../schema/tables.ts';
import { capacitiesOf, targetGroupsOf, withoutSecretAddress, type ProviderRow, type ServiceLinks, type ServiceRow } from './public-service.ts';

export const HSDS_VERSION = '3.1';
export const HSDS_OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.1/schema/openapi.json';

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

const iso = (ms: number) => new Date(ms).toISOString();
const BYDAY = ['', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];
const UNIT_NAMES: Record<string, string> = {
  klient: 'klienti',
  luzka: 'lůžka',
  kontakt: 'kontakty (10 minut)',
  interv: 'intervence (30 minut)',
  hovor: 'hovory',
};

type Taxonomy = { key: string; name: string; description: string };
const TAXONOMIES = {
  kind: { key: 'service-kind', name: 'KPSS: druhy sociálních služeb', description: 'Druhy sociálních služeb podle zákona č. 108/2006 Sb. a související služby' },
  target: { key: 'target-group', name: 'KPSS: cílové skupiny plánování', description: 'Cílové skupiny komunitního plánování sociálních služeb' },
  client: { key: 'client-group', name: 'MPSV: cílové skupiny osob', description: 'Cílové skupiny osob, jak je vede registr poskytovatelů sociálních služeb' },
} satisfies Record<string, Taxonomy>;

async function taxonomyTerm(taxonomy: Taxonomy, code: string, name: string, description: string) {
  return {
    id: await nameUuid(`term:${taxonomy.key}:${code}`),
    code,
    name,
    description,
    taxonomy: taxonomy.name,
    taxonomy_id: await nameUuid(`taxonomy:${taxonomy.key}`),
    taxonomy_detail: { id: await nameUuid(`taxonomy:${taxonomy.key}`), name: taxonomy.name, description: taxonomy.description },
    language: 'ces',
  };
}

const kinds = new Map<string, (typeof SERVICE_KINDS)[number]>(SERVICE_KINDS.map((k) => [k.code, k]));
const targetGroups = new Map<string, (typeof TARGET_GROUPS)[number]>(TARGET_GROUPS.map((g) => [g.code, g]));
const clientGroups = new Map<string, (typeof CLIENT_GROUPS)[number]>(CLIENT_GROUPS.map((g) => [g.code, g]));

async function attributes(service: ServiceRow, links: ServiceLinks) {
  const terms: { linkType: string; term: Awaited<ReturnType<typeof taxonomyTerm>> }[] = [];
  const kind = kinds.get(service.kindCode);
  if (kind) {
    const description = [kind.paragraph ? `${kind.paragraph} zákona č. 108/2006 Sb.` : 'související služba', kind.nameEn].join('; ');
    terms.push({ linkType: 'service_kind', term: await taxonomyTerm(TAXONOMIES.kind, kind.code, kind.name, description) });
  }
  for (const code of targetGroupsOf(links.clientGroups)) {
    const group = targetGroups.get(code);
    if (group) terms.push({ linkType: 'target_group', term: await taxonomyTerm(TAXONOMIES.target, code, group.name, group.nameEn) });
  }
  for (const code of links.clientGroups) {
    const group = clientGroups.get(code);
    if (group) terms.push({ linkType: 'client_group', term: await taxonomyTerm(TAXONOMIES.client, code, group.name, group.nameEn) });
  }
  return Promise.all(
    terms.map(async ({ linkType, term }) => ({
      id: await nameUuid(`attribute:${service.id}:${term.id}`),
      link_id: service.id,
      link_type: linkType,
      link_entity: 'service',
      taxonomy_term_id: term.id,
      taxonomy_term: term,
    })),
  );
}

async function schedules(service: ServiceRow) {
  const base = { service_id: service.id, freq: 'WEEKLY', notes: 'Místní čas (Europe/Prague).' };
  if (service.alwaysOpen) {
    return [{ id: await nameUuid(`schedule:${service.id}:always`), ...base, byday: BYDAY.slice(1).join(','), opens_at: '00:00', closes_at: '23:59', description: 'Nepřetržitý provoz' }];
  }
  // Days with the same hours share one schedule: MO,TU,WE,TH,FR 08:00–16:00.
  const groups = new Map<string, number[]>();
  for (const entry of (service.openingHours as OpeningHours | null) ?? []) {
    const key = `${entry.opens}|${entry.closes === '24:00' ? '23:59' : entry.closes}`;
    groups.set(key, [...(groups.get(key) ?? []), entry.day]);
  }
  return Promise.all(
    [...groups].map(async ([key, days]) => {
      const [opens, closes] = key.split('|') as [string, string];
      return { id: await nameUuid(`schedule:${service.id}:${key}`), ...base, byday: [...new Set(days)].sort().map((d) => BYDAY[d]).join(','), opens_at: opens, closes_at: closes };
    }),
  );
}

async function location(service: ServiceRow, regionName: string) {
  const s = withoutSecretAddress(service);
  if (!s.street && !s.city && s.lat === null) return undefined;
  const id = await nameUuid(`location:${service.id}`);
  if (service.addressSecret) {
    return { id, location_type: 'physical', name: s.city ?? s.name, description: 'Adresa se nezveřejňuje.', organization_id: s.providerId };
  }
  const address =
    s.street && s.city && s.postcode
      ? [{ id: await nameUuid(`address:${service.id}`), location_id: id, address_1: s.street, city: s.city, state_province: regionName, postal_code: s.postcode, country: 'CZ', address_type: 'physical' }]
      : [];
  return {
    id,
    location_type: 'physical',
    name: s.name,
    organization_id: s.providerId,
    ...(s.lat !== null && s.lng !== null ? { latitude: s.lat, longitude: s.lng } : {}),
    addresses: address,
  };
}

export async function hsdsOrganization(provider: ProviderRow, regionName: string) {
  const identifiers = provider.ico
    ? [{ id: await nameUuid(`identifier:${provider.id}:ico`), organization_id: provider.id, identifier_scheme: 'CZ-ICO', identifier_type: 'IČO', identifier: provider.ico }]
    : [];
  const phones = provider.phone ? [{ id: await nameUuid(`phone:${provider.id}`), organization_id: provider.id, number: provider.phone, type: 'voice' }] : [];
  const seatId = await nameUuid(`seat:${provider.id}`);
  const locations =
    provider.street && provider.city && provider.postcode
      ? [{
          id: seatId,
          location_type: 'postal',
          name: provider.name,
          organization_id: provider.id,
          addresses: [{ id: await nameUuid(`seat-address:${provider.id}`), location_id: seatId, address_1: provider.street, city: provider.city, state_province: regionName, postal_code: provider.postcode, country: 'CZ', address_type: 'postal' }],
        }]
      : [];
  return {
    id: provider.id,
    name: provider.name,
    description: provider.legalForm ? `${provider.name} (${provider.legalForm}), poskytovatel sociálních služeb` : `${provider.name}, poskytovatel sociálních služeb`,
    ...(provider.email ? { email: provider.email } : {}),
    ...(provider.web ? { website: provider.web } : {}),
    ...(provider.legalForm ? { legal_status: provider.legalForm } : {}),
    organization_identifiers: identifiers,
    phones,
    locations,
  };
}

export async function hsdsService(service: ServiceRow, links: ServiceLinks, provider: ProviderRow | undefined, regionName: string) {
  const s = withoutSecretAddress(service);
  const place = await location(service, regionName);
  const eligibility = links.clientGroups.map((code) => clientGroups.get(code)?.name ?? code).join('; ');
  return {
    id: s.id,
    organization_id: s.providerId,
    name: s.name,
    ...(s.description ? { description: s.description } : {}),
    ...(s.web ? { url: s.web } : {}),
    ...(s.email ? { email: s.email } : {}),
    status: s.retiredAt ? 'inactive' : 'active',
    ...(eligibility ? { eligibility_description: eligibility } : {}),
    last_modified: iso(s.updatedAt),
    ...(provider ? { organization: await hsdsOrganization(provider, regionName) } : {}),
    phones: s.phone ? [{ id: await nameUuid(`phone:${s.id}`), service_id: s.id, number: s.phone, type: 'voice' }] : [],
    schedules: await schedules(s),
    service_at_locations: place ? [{ id: await nameUuid(`service-at-location:${s.id}`), service_id: s.id, location_id: place.id, location: place }] : [],
    capacities: await Promise.all(
      capacitiesOf(s).map(async ({ unit, count }, i) => ({
        // the first keeps the id it had when KPSS knew one unit only
        id: await nameUuid(i === 0 ? `capacity:${s.id}` : `capacity:${s.id}:${unit}`),
        service_id: s.id,
        unit: { id: await nameUuid(`unit:${unit}`), name: UNIT_NAMES[unit] ?? unit, scheme: 'MPSV TypKapacitySocialniSluzby', identifier: unit },
        available: count,
        maximum: count,
        description: 'Registrovaná kapacita (nejvíce současně), ne počet volných míst.',
        updated: iso(s.updatedAt),
      })),
    ),
    attributes: await attributes(s, links),
  };
}

/** HSDS's paging envelope (components/schemas/Page of the HSDS OpenAPI) around one page of contents. */
export function hsdsPage<T>(contents: T[], total: number, page: number, perPage: number) {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}
