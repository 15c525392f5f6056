/** Rows of a small catalogue for the catalogue tests; each test file builds what it needs with these. */
import { uuidv7 } from 'uuidv7';
import * as t from '../schema/tables.ts';
import { db } from './helpers.ts';

export async function createMunicipality(regionId: string, code: string, name: string, territoryIds: string[] = [], lat?: number, lng?: number) {
  const municipality = { id: uuidv7(), code, name, regionId, lat: lat ?? null, lng: lng ?? null };
  await db.insert(t.municipalities).values(municipality);
  for (const territoryId of territoryIds) await db.insert(t.territoryMunicipalities).values({ territoryId, municipalityId: municipality.id });
  return municipality;
}

export async function createProvider(values: Partial<typeof t.providers.$inferInsert> = {}) {
  const provider = { id: uuidv7(), name: `Poskytovatel ${Math.random().toString(36).slice(2, 8)}`, ...values };
  await db.insert(t.providers).values(provider);
  return provider;
}

type ServiceSpec = Partial<typeof t.services.$inferInsert> & {
  providerId: string;
  territoryId: string;
  forms?: string[];
  clientGroups?: string[];
  municipalityIds?: string[];
};

export async function createService({ forms = [], clientGroups = [], municipalityIds = [], ...values }: ServiceSpec) {
  const service = { id: uuidv7(), name: `Služba ${Math.random().toString(36).slice(2, 8)}`, kindCode: 'odborne-socialni-poradenstvi', ...values };
  await db.insert(t.services).values(service);
  for (const formCode of forms) await db.insert(t.serviceFormLinks).values({ serviceId: service.id, formCode });
  for (const clientGroupCode of clientGroups) await db.insert(t.serviceClientGroups).values({ serviceId: service.id, clientGroupCode });
  for (const municipalityId of municipalityIds) await db.insert(t.serviceMunicipalities).values({ serviceId: service.id, municipalityId });
  return service;
}

/** An IČO that passes the checksum, from any seven digits (leading zeros welcome). */
export function validIco(firstSeven: string): string {
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(firstSeven[i]) * (8 - i);
  return `${firstSeven}${(11 - (sum % 11)) % 10}`;
}
