/**
 * The one place that turns catalogue rows into what leaves the server. Every public answer (snapshot, search,
 * detail, HSDS, CSV) goes through `withoutSecretAddress`, so a shelter's street, postcode and coordinates cannot
 * leak through a route that forgot about them. Providers never carry people: statutory bodies are not stored at all.
 */
import { CLIENT_GROUPS } from '../../schema/codelists.ts';
import type { OpeningHours, providers, ServiceCapacity, services } from '../../schema/tables.ts';

export type ServiceRow = typeof services.$inferSelect;
/** The columns a service card is made of (search reads only these). */
export const CARD_COLUMNS = [
  'id', 'providerId', 'territoryId', 'kindCode', 'name', 'registrationId', 'description', 'capacity', 'capacityUnit', 'capacities', 'openingHours',
  'alwaysOpen', 'phone', 'email', 'web', 'street', 'city', 'postcode', 'lat', 'lng', 'addressSecret',
] as const;
export type CardRow = Pick<ServiceRow, (typeof CARD_COLUMNS)[number]>;
export type ProviderRow = typeof providers.$inferSelect;
export type MunicipalityRef = { id: string; code: string; name: string };
export type ServiceLinks = { forms: string[]; clientGroups: string[]; municipalities: MunicipalityRef[] };

export const NO_LINKS: ServiceLinks = { forms: [], clientGroups: [], municipalities: [] };

const targetGroupOf = new Map<string, string>(CLIENT_GROUPS.map((g) => [g.code, g.targetGroupCode]));

/** The planning target groups a service falls under, derived from its client groups (seniors, disabled, …). */
export function targetGroupsOf(clientGroups: readonly string[]): string[] {
  return [...new Set(clientGroups.flatMap((code) => targetGroupOf.get(code) ?? []))].sort();
}

/**
 * Every capacity of the service, one per unit. The registry's list counts while its first unit is still the
 * service's capacity; once a coordinator has typed another capacity by hand, that one is all KPSS knows.
 */
export function capacitiesOf(row: Pick<ServiceRow, 'capacity' | 'capacityUnit' | 'capacities'>): ServiceCapacity[] {
  if (row.capacity === null) return [];
  const [first] = row.capacities ?? [];
  if (first && first.count === row.capacity && first.unit === row.capacityUnit) return row.capacities!;
  return [{ unit: row.capacityUnit ?? 'klient', count: row.capacity }];
}

/** Six decimals of a degree are about 10 cm: more is noise that only makes the snapshot larger. */
const coordinate = (value: number | null) => (value === null ? null : Math.round(value * 1e6) / 1e6);

/** The row with its secret address blanked: what every public response starts from. */
export function withoutSecretAddress<T extends Pick<ServiceRow, 'addressSecret' | 'street' | 'postcode' | 'lat' | 'lng'>>(row: T): T {
  return row.addressSecret ? { ...row, street: null, postcode: null, lat: null, lng: null } : row;
}

/** Leaves out nulls, false and empty lists: the snapshot of 10,000 services goes to phones over slow connections. */
export function compact<T extends Record<string, unknown>>(fields: T): Partial<T> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value === null || value === undefined || value === false || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out as Partial<T>;
}

/**
 * A service as the snapshot and search results carry it: code lists by code, municipalities by ČSÚ code, optional
 * fields left out when empty. `showSecretAddress` is only ever true for the territory's coordinators.
 */
export function serviceCard(row: CardRow, links: ServiceLinks, showSecretAddress = false) {
  const r = showSecretAddress ? row : withoutSecretAddress(row);
  return {
    id: r.id,
    providerId: r.providerId,
    territoryId: r.territoryId,
    kind: r.kindCode,
    name: r.name,
    ...compact({
      registrationId: r.registrationId,
      description: r.description,
      forms: links.forms,
      clientGroups: links.clientGroups,
      targetGroups: targetGroupsOf(links.clientGroups),
      municipalityCodes: links.municipalities.map((m) => m.code),
      capacity: r.capacity,
      capacityUnit: r.capacityUnit,
      // All units only when there is more than the first: most services have one, and the snapshot goes to phones.
      capacities: capacitiesOf(r).length > 1 ? capacitiesOf(r) : null,
      openingHours: r.openingHours as OpeningHours | null,
      alwaysOpen: r.alwaysOpen,
      phone: r.phone,
      email: r.email,
      web: r.web,
      street: r.street,
      city: r.city,
      postcode: r.postcode,
      lat: coordinate(r.lat),
      lng: coordinate(r.lng),
      addressSecret: r.addressSecret,
    }),
  };
}

export type ServiceCard = ReturnType<typeof serviceCard>;

/** A provider as public answers carry it: the organization's own contacts and seat, never people. */
export function providerCard(row: ProviderRow) {
  return {
    id: row.id,
    name: row.name,
    ...compact({
      ico: row.ico,
      legalForm: row.legalForm,
      web: row.web,
      email: row.email,
      phone: row.phone,
      street: row.street,
      city: row.city,
      postcode: row.postcode,
      retiredAt: row.retiredAt,
    }),
  };
}

export type ProviderCard = ReturnType<typeof providerCard>;
