import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { SERVICE_CATEGORIES, RECORD_SOURCES } from '../enums.ts';
import { demoFlag, id, syncColumns } from '../columns.ts';
import { municipalities, territories } from './geography.ts';

export { SERVICE_CATEGORIES, RECORD_SOURCES } from '../enums.ts';

/** druh sociální služby (law 108/2006 Sb.), plus the category of related (non-registered) services */
export const serviceKinds = sqliteTable('service_kinds', {
  /** KPSS's own stable code, e.g. `domovy-pro-seniory`; related services start with `rel-` */
  code: text('code').primaryKey(),
  /** the national registry's code (the `13` of DruhSocialniSluzby/13), null for related services */
  registryCode: text('registry_code').unique(),
  /** e.g. "§ 49" */
  paragraph: text('paragraph'),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  category: text('category', { enum: SERVICE_CATEGORIES }).notNull(),
  position: integer('position').notNull().default(0),
});

/** forma: amb ambulantní, ter terénní, pob pobytová (the registry's FormaSocialniSluzby codes) */
export const serviceForms = sqliteTable('service_forms', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
});

/** cílová skupina of planning: seniors, people with disabilities, children/youth/families, adverse situation, minorities */
export const targetGroups = sqliteTable('target_groups', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  position: integer('position').notNull().default(0),
});

/** cílová skupina osob as the national registry codes them (CilovaSkupinaOsoby/24 senioři, …) */
export const clientGroups = sqliteTable('client_groups', {
  code: text('code').primaryKey(),
  /** the registry's code (the `24` of CilovaSkupinaOsoby/24) */
  registryCode: text('registry_code').unique(),
  name: text('name').notNull(),
  nameEn: text('name_en').notNull(),
  /** the planning target group it falls under */
  targetGroupCode: text('target_group_code').references(() => targetGroups.code),
});

/** poskytovatel */
export const providers = sqliteTable(
  'providers',
  {
    id: id(),
    /** IČO, 8 digits kept as text (many start with 0) */
    ico: text('ico'),
    name: text('name').notNull(),
    legalForm: text('legal_form'),
    web: text('web'),
    email: text('email'),
    phone: text('phone'),
    street: text('street'),
    city: text('city'),
    postcode: text('postcode'),
    source: text('source', { enum: RECORD_SOURCES }).notNull().default('manual'),
    retiredAt: integer('retired_at'),
    isDemo: demoFlag(),
    ...syncColumns(),
  },
  (t) => [uniqueIndex('providers_ico_unique').on(t.ico), index('providers_seq_idx').on(t.seq)],
);

/** One registered capacity: the most clients, beds, contacts … of one unit the service takes at once (never free places). */
export type ServiceCapacity = { unit: string; count: number };

/** Structured opening hours: ISO weekday 1–7 with local "HH:MM" ranges. */
export type OpeningHours = { day: number; opens: string; closes: string; note?: string }[];

/** sociální služba (registered, with a registry id) or související služba (related, e.g. Senior taxi) */
export const services = sqliteTable(
  'services',
  {
    id: id(),
    providerId: text('provider_id').notNull().references(() => providers.id),
    /** the territory whose coordinators manage this entry of the catalogue */
    territoryId: text('territory_id').notNull().references(() => territories.id),
    kindCode: text('kind_code').notNull().references(() => serviceKinds.code),
    /** identifikátor in the registry; null for related services */
    registrationId: text('registration_id'),
    name: text('name').notNull(),
    description: text('description'),
    capacity: integer('capacity'),
    /** klient, luzka, kontakt, interv, hovor */
    capacityUnit: text('capacity_unit'),
    /** every unit the registry lists, in its order; capacity / capacityUnit are the first. Null for a manual entry. */
    capacities: text('capacities', { mode: 'json' }).$type<ServiceCapacity[]>(),
    openingHours: text('opening_hours', { mode: 'json' }).$type<OpeningHours>(),
    alwaysOpen: integer('always_open', { mode: 'boolean' }).notNull().default(false),
    phone: text('phone'),
    email: text('email'),
    web: text('web'),
    street: text('street'),
    city: text('city'),
    postcode: text('postcode'),
    lat: real('lat'),
    lng: real('lng'),
    /** shelters, crisis housing: the address never leaves the server in a public response */
    addressSecret: integer('address_secret', { mode: 'boolean' }).notNull().default(false),
    source: text('source', { enum: RECORD_SOURCES }).notNull().default('manual'),
    retiredAt: integer('retired_at'),
    /** YYYY-MM-DD: the registration's end as the registry states it; the coordinators are told before it passes */
    registryEndsOn: text('registry_ends_on'),
    isDemo: demoFlag(),
    ...syncColumns(),
  },
  (t) => [
    uniqueIndex('services_registration_unique').on(t.registrationId),
    index('services_provider_idx').on(t.providerId),
    index('services_territory_idx').on(t.territoryId, t.seq),
    // migration 0017: a catalogue's version reads its services' providers from the index alone
    index('services_territory_provider_idx').on(t.territoryId, t.providerId),
    index('services_kind_idx').on(t.kindCode),
    index('services_seq_idx').on(t.seq),
  ],
);

export const serviceFormLinks = sqliteTable(
  'service_form_links',
  {
    serviceId: text('service_id').notNull().references(() => services.id),
    formCode: text('form_code').notNull().references(() => serviceForms.code),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.formCode] })],
);

export const serviceClientGroups = sqliteTable(
  'service_client_groups',
  {
    serviceId: text('service_id').notNull().references(() => services.id),
    clientGroupCode: text('client_group_code').notNull().references(() => clientGroups.code),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.clientGroupCode] }), index('service_client_groups_code_idx').on(t.clientGroupCode)],
);

export const serviceMunicipalities = sqliteTable(
  'service_municipalities',
  {
    serviceId: text('service_id').notNull().references(() => services.id),
    municipalityId: text('municipality_id').notNull().references(() => municipalities.id),
  },
  (t) => [primaryKey({ columns: [t.serviceId, t.municipalityId] }), index('service_municipalities_municipality_idx').on(t.municipalityId)],
);
