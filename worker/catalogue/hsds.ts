/**
 * The catalogue as Open Referral HSDS 3.1 (https://docs.openreferral.org): organizations with the IČO as an
 * organization_identifier (scheme CZ-ICO), services with phones, schedules, locations and the service kind, target
 * groups, client groups and registered capacities as taxonomy terms (attributes). HSDS wants UUIDs for every object;
 * the ones KPSS does not store (phones, schedules, locations, …) are name-based UUIDs (version 5) of the service id
 * and their role, so they stay the same between requests. A service has one place at most, so its
 * service_at_location takes the service's id.
 *
 * Trade-offs, stated where a consumer can read them:
 * - HSDS's service_capacity requires `available` (free places now); the registry knows only the registered
 *   capacity (the most clients, beds, … at once). So no service_capacity is published: a reader would take it for
 *   free places. Each registered capacity is an attribute instead, term = the unit (taxonomy "MPSV: typy kapacity"),
 *   `value` = the count.
 * - schedule times carry the Prague offset of the period they are valid in (hsds-schedules.ts).
 * - a secret address (shelters) gives a location with no address and no coordinates.
 */
import type { ServiceLinks } from './public-service.ts';
import { capacitiesOf, targetGroupsOf, withoutSecretAddress, type ProviderRow, type ServiceRow } from './public-service.ts';
import { CLIENT_GROUPS } from '../../schema/codelists.ts';
import { hsdsSchedules } from './hsds-schedules.ts';
import { nameUuid, termOf, type HsdsTaxonomyTerm } from './hsds-taxonomies.ts';

export { nameUuid } from './hsds-taxonomies.ts';

export const HSDS_VERSION = '3.1';
export const HSDS_OPENAPI_URL = 'https://raw.githubusercontent.com/openreferral/specification/3.1/schema/openapi.json';

const iso = (ms: number) => new Date(ms).toISOString();
const clientGroups = new Map<string, (typeof CLIENT_GROUPS)[number]>(CLIENT_GROUPS.map((g) => [g.code, g]));

async function attributes(service: ServiceRow, links: ServiceLinks) {
  const terms: { linkType: string; term: HsdsTaxonomyTerm | undefined; value?: string }[] = [
    { linkType: 'service_kind', term: await termOf('service-kind', service.kindCode) },
  ];
  for (const code of targetGroupsOf(links.clientGroups)) terms.push({ linkType: 'target_group', term: await termOf('target-group', code) });
  for (const code of links.clientGroups) terms.push({ linkType: 'client_group', term: await termOf('client-group', code) });
  for (const { unit, count } of capacitiesOf(service)) terms.push({ linkType: 'registered_capacity', term: await termOf('capacity-unit', unit), value: String(count) });
  return Promise.all(
    terms
      .filter((t): t is typeof t & { term: HsdsTaxonomyTerm } => t.term !== undefined)
      .map(async ({ linkType, term, value }) => ({
        id: await nameUuid(`attribute:${service.id}:${term.id}`),
        link_id: service.id,
        link_type: linkType,
        link_entity: 'service',
        taxonomy_term_id: term.id,
        ...(value !== undefined ? { value } : {}),
        taxonomy_term: term,
      })),
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

/** An organization's one-to-one fields: what the lists give. */
export function hsdsOrganizationFields(provider: ProviderRow) {
  return {
    id: provider.id,
    name: provider.name,
    description: provider.legalForm ? `${provider.name} (${provider.legalForm}), poskytovatel sociálních služeb` : `${provider.name}, poskytovatel sociálních služeb`,
    ...(provider.email ? { email: provider.email } : {}),
    ...(provider.web ? { website: provider.web } : {}),
    ...(provider.legalForm ? { legal_status: provider.legalForm } : {}),
  };
}

/** An organization with its IČO, phone and seat. */
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
  return { ...hsdsOrganizationFields(provider), organization_identifiers: identifiers, phones, locations };
}

/** A service's one-to-one fields and its organization's: what `full=false` lists give. */
export function hsdsServiceFields(service: ServiceRow, links: ServiceLinks, provider: ProviderRow | undefined) {
  const s = withoutSecretAddress(service);
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
    ...(provider ? { organization: hsdsOrganizationFields(provider) } : {}),
  };
}

/** What `minimal=true` lists give: the id and the change time (with the name and status HSDS requires). */
export function hsdsServiceMinimal(service: ServiceRow) {
  return { id: service.id, name: service.name, status: service.retiredAt ? 'inactive' : 'active', last_modified: iso(service.updatedAt) };
}

/** The fully nested service. */
export async function hsdsService(service: ServiceRow, links: ServiceLinks, provider: ProviderRow | undefined, regionName: string) {
  const s = withoutSecretAddress(service);
  const place = await location(service, regionName);
  return {
    ...hsdsServiceFields(service, links, undefined),
    ...(provider ? { organization: await hsdsOrganization(provider, regionName) } : {}),
    phones: s.phone ? [{ id: await nameUuid(`phone:${s.id}`), service_id: s.id, number: s.phone, type: 'voice' }] : [],
    schedules: await hsdsSchedules(s),
    service_at_locations: place ? [{ id: s.id, service_id: s.id, location_id: place.id, location: place }] : [],
    attributes: await attributes(s, links),
  };
}

/**
 * The service_at_location of a service with a place, or undefined: the link with its location and, nested, the
 * service (one-to-one fields in the list, fully nested with `full`).
 */
export async function hsdsServiceAtLocation(service: ServiceRow, links: ServiceLinks, provider: ProviderRow | undefined, regionName: string, full: boolean) {
  const place = await location(service, regionName);
  if (!place) return undefined;
  return {
    id: service.id,
    service_id: service.id,
    location_id: place.id,
    service: full ? await hsdsService(service, links, provider, regionName) : hsdsServiceFields(service, links, provider),
    location: place,
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
