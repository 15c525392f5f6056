/**
 * A generated catalogue (bench/catalogue-data.ts) as the PWA holds it on the device: the rows turned into cards by the
 * Worker's own functions (worker/catalogue/public-service.ts), so the benchmark searches what phones search.
 */
import type { LocalCatalogue } from '../pwa/catalogue/types.ts';
import { compact, providerCard, serviceCard } from '../worker/catalogue/public-service.ts';
import { codeLists } from '../worker/db/catalogue-snapshot.ts';
import { generateCatalogue } from './catalogue-data.ts';

export function localCatalogue(services: number): LocalCatalogue {
  const data = generateCatalogue({ services });
  const forms = new Map<string, string[]>();
  const groups = new Map<string, string[]>();
  const served = new Map<string, { id: string; code: string; name: string }[]>();
  const municipalityById = new Map(data.municipalities.map((m) => [m.id!, m]));
  for (const link of data.serviceForms) forms.set(link.serviceId, [...(forms.get(link.serviceId) ?? []), link.formCode]);
  for (const link of data.serviceClientGroups) groups.set(link.serviceId, [...(groups.get(link.serviceId) ?? []), link.clientGroupCode]);
  for (const link of data.serviceMunicipalities) {
    const m = municipalityById.get(link.municipalityId)!;
    served.set(link.serviceId, [...(served.get(link.serviceId) ?? []), { id: m.id!, code: m.code, name: m.name }]);
  }
  const territory = data.territories[0]!;
  return {
    territory: { id: territory.id!, slug: territory.slug, name: territory.name },
    version: 1,
    services: data.services.map((row) =>
      serviceCard(
        { openingHours: null, alwaysOpen: false, registrationId: null, description: null, capacity: null, capacityUnit: null, capacities: null, phone: null, email: null, web: null, street: null, city: null, postcode: null, lat: null, lng: null, addressSecret: false, ...row, id: row.id!, territoryId: row.territoryId },
        { forms: forms.get(row.id!) ?? [], clientGroups: groups.get(row.id!) ?? [], municipalities: served.get(row.id!) ?? [] },
      ),
    ) as LocalCatalogue['services'],
    providers: data.providers.map((row) => providerCard({ ico: null, legalForm: null, web: null, email: null, phone: null, street: null, city: null, postcode: null, retiredAt: null, ...row } as Parameters<typeof providerCard>[0])) as LocalCatalogue['providers'],
    municipalities: data.municipalities.map((m) => compact({ id: m.id!, code: m.code, name: m.name, lat: m.lat ?? null, lng: m.lng ?? null })) as LocalCatalogue['municipalities'],
    codeLists: codeLists() as LocalCatalogue['codeLists'],
  };
}
