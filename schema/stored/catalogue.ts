/**
 * A territory's catalogue as the PWA keeps it in IndexedDB (`snapshots`, key `catalogue:<slug>`): the full snapshot of
 * `GET /api/territories/:territory/catalogue` (worker/db/catalogue-snapshot.ts) with every delta since applied. The
 * server leaves out empty fields (`compact`), so they are optional here; what is present must have the server's type.
 * An app update that finds a copy in another shape drops it and fetches the catalogue again (pwa/catalogue/catalogue-store.ts).
 */
import * as v from 'valibot';
import { CLIENT_GROUPS, SERVICE_FORMS, SERVICE_KINDS, TARGET_GROUPS } from '../codelists.ts';
import { Count, Id, Text, Texts } from './common.ts';


const Capacity = v.object({ unit: v.string(), count: v.number() });
// The shape only: the input rules of schema/api/catalogue.ts (opens before closes) are the server's to enforce, and a
// registry import may have stored hours that would fail them; the screen still shows them.
const OpeningHoursEntry = v.object({ day: v.number(), opens: v.string(), closes: v.string(), note: v.optional(v.string()) });

export const StoredServiceCard = v.object({
  id: Id,
  providerId: Id,
  territoryId: Id,
  kind: Id,
  name: Text,
  registrationId: v.optional(Text),
  description: v.optional(Text),
  forms: v.optional(Texts),
  clientGroups: v.optional(Texts),
  targetGroups: v.optional(Texts),
  municipalityCodes: v.optional(Texts),
  capacity: v.optional(v.number()),
  capacityUnit: v.optional(Text),
  capacities: v.optional(v.array(Capacity)),
  openingHours: v.optional(v.array(OpeningHoursEntry)),
  alwaysOpen: v.optional(v.boolean()),
  phone: v.optional(Text),
  email: v.optional(Text),
  web: v.optional(Text),
  street: v.optional(Text),
  city: v.optional(Text),
  postcode: v.optional(Text),
  lat: v.optional(v.number()),
  lng: v.optional(v.number()),
  addressSecret: v.optional(v.boolean()),
});

export const StoredProviderCard = v.object({
  id: Id,
  name: Text,
  ico: v.optional(Text),
  legalForm: v.optional(Text),
  web: v.optional(Text),
  email: v.optional(Text),
  phone: v.optional(Text),
  street: v.optional(Text),
  city: v.optional(Text),
  postcode: v.optional(Text),
  retiredAt: v.optional(v.number()),
});

export const StoredMunicipality = v.object({
  id: v.optional(Id),
  code: Id,
  name: v.optional(Text),
  lat: v.optional(v.number()),
  lng: v.optional(v.number()),
});

/**
 * A code list's field takes the values of the app's own code lists (schema/codelists.ts): the lists come from the server
 * of the same release, so a copy with a code this release does not know is from another release, and is fetched again.
 */
const oneOf = <T extends string>(values: readonly (T | null | undefined)[]) => v.picklist([...new Set(values.filter((x): x is T => typeof x === 'string'))]);

const K = SERVICE_KINDS;
const F = SERVICE_FORMS;
const T = TARGET_GROUPS;
const C = CLIENT_GROUPS;

export const StoredCodeLists = v.object({
  serviceKinds: v.array(
    v.object({
      code: oneOf(K.map((k) => k.code)),
      name: oneOf(K.map((k) => k.name)),
      nameEn: oneOf(K.map((k) => k.nameEn)),
      paragraph: v.optional(oneOf(K.map((k) => k.paragraph))),
      category: v.optional(oneOf(K.map((k) => k.category))),
      registryCode: v.optional(oneOf(K.map((k) => k.registryCode))),
    }),
  ),
  serviceForms: v.array(v.object({ code: oneOf(F.map((f) => f.code)), name: oneOf(F.map((f) => f.name)), nameEn: oneOf(F.map((f) => f.nameEn)) })),
  targetGroups: v.array(v.object({ code: oneOf(T.map((t) => t.code)), name: oneOf(T.map((t) => t.name)), nameEn: oneOf(T.map((t) => t.nameEn)) })),
  clientGroups: v.array(
    v.object({
      code: oneOf(C.map((c) => c.code)),
      name: oneOf(C.map((c) => c.name)),
      nameEn: oneOf(C.map((c) => c.nameEn)),
      targetGroupCode: v.optional(oneOf(C.map((c) => c.targetGroupCode))),
      registryCode: v.optional(oneOf(C.map((c) => c.registryCode))),
    }),
  ),
});

export const StoredCatalogue = v.object({
  territory: v.object({ id: Id, slug: Id, name: Text }),
  version: Count,
  services: v.array(StoredServiceCard),
  providers: v.array(StoredProviderCard),
  municipalities: v.array(StoredMunicipality),
  codeLists: StoredCodeLists,
});
