import { createMunicipality, createProvider, createService } from './catalogue.fixtures.ts';
import { createRegion, createTerritory } from './helpers.ts';

/**
 * Two providers of Český Krumlov, one of Kaplice: a home with beds and a place, a counselling office open on
 * weekdays, a shelter with a secret address, a service with no place at all, a retired one and one elsewhere.
 */
export async function seedHsdsCatalogue() {
  const region = await createRegion('Jihočeský kraj');
  const ck = await createTerritory(region.id, { slug: 'cesky-krumlov', name: 'Český Krumlov', web: 'https://kpss-ck.example.cz' });
  const kaplice = await createTerritory(region.id, { slug: 'kaplice', name: 'Kaplice' });
  const town = await createMunicipality(region.id, '545392', 'Český Krumlov', [ck.id]);
  const charita = await createProvider({ name: 'Oblastní charita Český Krumlov', ico: '00245232', legalForm: 'evidovaná církevní právnická osoba', web: 'https://charita-ck.example.org', phone: '+420 380 555 201', street: 'Kaplická 21', city: 'Český Krumlov', postcode: '38101' });
  const spolek = await createProvider({ name: 'Člověk v tísni', ico: '25755277' });
  const elsewhere = await createProvider({ name: 'Kaplický spolek' });
  const domov = await createService({
    providerId: charita.id, territoryId: ck.id, kindCode: 'domovy-pro-seniory', name: 'Domov sv. Anežky', description: 'Pobytová služba pro seniory.',
    capacity: 60, capacityUnit: 'luzka', capacities: [{ unit: 'luzka', count: 60 }, { unit: 'klient', count: 64 }], alwaysOpen: true,
    street: 'Horní 155', city: 'Český Krumlov', postcode: '38101', lat: 48.81, lng: 14.315, forms: ['pob'], clientGroups: ['seniori'], municipalityIds: [town.id],
  });
  const poradna = await createService({
    providerId: spolek.id, territoryId: ck.id, kindCode: 'odborne-socialni-poradenstvi', name: 'Dluhová poradna', description: 'Pomoc s exekucemi a dluhy.',
    city: 'Český Krumlov', openingHours: [{ day: 1, opens: '08:00', closes: '16:00' }, { day: 3, opens: '08:00', closes: '16:00' }],
    forms: ['amb'], clientGroups: ['obeti-domaciho-nasili'],
  });
  const azyl = await createService({
    providerId: charita.id, territoryId: ck.id, kindCode: 'azylove-domy', name: 'Azylový dům pro matky', street: 'Utajená 7', postcode: '38102', city: 'Český Krumlov',
    lat: 48.8, lng: 14.3, addressSecret: true, capacity: 12, capacityUnit: 'luzka', forms: ['pob'], clientGroups: ['rodiny-s-detmi'],
  });
  const terenni = await createService({ providerId: spolek.id, territoryId: ck.id, kindCode: 'terenni-programy', name: 'Terénní program', clientGroups: ['osoby-bez-pristresi'] });
  const retired = await createService({ providerId: charita.id, territoryId: ck.id, name: 'Ukončeno', retiredAt: Date.now(), city: 'Český Krumlov' });
  const kaplicka = await createService({ providerId: elsewhere.id, territoryId: kaplice.id, name: 'Kaplická služba', city: 'Kaplice' });
  return {
    providers: { charita: charita.id, spolek: spolek.id, elsewhere: elsewhere.id },
    services: { domov: domov.id, poradna: poradna.id, azyl: azyl.id, terenni: terenni.id, retired: retired.id, kaplicka: kaplicka.id },
  };
}

export const HSDS = '/api/territories/cesky-krumlov/hsds';

export type Page<T> = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: T[] };
