/**
 * Input of the catalogue API: providers, services, search, snapshot, HSDS paging and the registry import.
 * Shared by the Worker (400 naming the field) and the PWA's forms (the same messages before sending).
 */
import * as v from 'valibot';
import { CLIENT_GROUPS, SERVICE_FORMS, SERVICE_KINDS, TARGET_GROUPS } from '../codelists.ts';
import { isValidIco } from '../ico.ts';
import { Email } from './accounts.ts';
import { SlugOrId, Uuid } from './common.ts';

/** The registry's TypKapacitySocialniSluzby: clients, beds, contacts (10 min), interventions (30 min), calls. */
export const CAPACITY_UNITS = ['klient', 'luzka', 'kontakt', 'interv', 'hovor'] as const;

/**
 * Czechia's bounding box, generously rounded (the real one is about 48.55–51.06 N, 12.09–18.86 E): a point outside
 * it is a typo or swapped coordinates, the commonest error in registry-derived data.
 */
export const CZECH_LATITUDE = { min: 48, max: 51.2 } as const;
export const CZECH_LONGITUDE = { min: 12, max: 19 } as const;

const KIND_CODES = SERVICE_KINDS.map((k) => k.code);
const FORM_CODES = SERVICE_FORMS.map((f) => f.code);
const CLIENT_GROUP_CODES = CLIENT_GROUPS.map((g) => g.code);
const TARGET_GROUP_CODES = TARGET_GROUPS.map((g) => g.code);

const emptyToNull = (value: string) => (value === '' ? null : value);

const Text = (max: number) => v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'is required'), v.maxLength(max, 'is too long'));
/** Optional text: a blank string clears the field like null. */
const OptionalText = (max: number) => v.nullish(v.pipe(v.string('must be text'), v.trim(), v.maxLength(max, 'is too long'), v.transform(emptyToNull)));

/** identifikátor of a registered social service: seven digits. */
export const RegistrationId = v.pipe(v.string('must be text'), v.trim(), v.regex(/^\d{7}$/, 'must be the 7-digit registration id'));

/** IČO: eight digits (kept as text, many start with 0) with the check digit of weights 8..2. */
export const Ico = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.regex(/^\d{8}$/, 'must be 8 digits'),
  v.check(isValidIco, 'fails the IČO checksum'),
);

const CZECH_PHONE = /^(?:\+420|00420)?([2-9]\d{8})$/;

/** A Czech phone number in any usual spelling, stored as "+420 381 555 101" so tel: links and print agree. */
export function normalizeCzechPhone(input: string): string | null {
  const match = CZECH_PHONE.exec(input.replace(/[\s\-./()]/g, ''));
  if (!match?.[1]) return null;
  const d = match[1];
  return `+420 ${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;
}

export const Phone = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.check((s) => normalizeCzechPhone(s) !== null, 'must be a Czech phone number, e.g. +420 381 555 101'),
  v.transform((s) => normalizeCzechPhone(s)!),
);

export function isWebAddress(input: string): boolean {
  if (!/^https?:\/\//i.test(input)) return false;
  try {
    const url = new URL(input);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

export const WebUrl = v.pipe(v.string('must be text'), v.trim(), v.maxLength(2000, 'is too long'), v.check(isWebAddress, 'must be an http:// or https:// address'));

export const Postcode = v.pipe(
  v.string('must be text'),
  v.trim(),
  v.regex(/^\d{3} ?\d{2}$/, 'must be a Czech postcode of 5 digits'),
  v.transform((s) => s.replace(' ', '')),
);

/** "HH:MM"; 24:00 only as a closing time (open until midnight). */
const Time = v.pipe(v.string('must be a time HH:MM'), v.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'must be a time HH:MM'));

export const OpeningHoursEntry = v.pipe(
  v.object({
    day: v.pipe(v.number('must be a weekday 1–7'), v.integer('must be a weekday 1–7'), v.minValue(1, 'must be a weekday 1–7'), v.maxValue(7, 'must be a weekday 1–7')),
    opens: Time,
    closes: Time,
    note: v.optional(v.pipe(v.string('must be text'), v.trim(), v.maxLength(200, 'is too long'))),
  }),
  v.check((entry) => entry.opens !== '24:00', 'opens must be before 24:00'),
  v.forward(
    v.partialCheck([['opens'], ['closes']], (entry) => entry.closes > entry.opens, 'must be later than opens'),
    ['closes'],
  ),
);
export const OpeningHours = v.pipe(v.array(OpeningHoursEntry, 'must be a list of opening times'), v.maxLength(50, 'has too many entries'));

const Latitude = v.pipe(
  v.number('must be a number'),
  v.minValue(CZECH_LATITUDE.min, `must be between ${CZECH_LATITUDE.min} and ${CZECH_LATITUDE.max} (Czechia)`),
  v.maxValue(CZECH_LATITUDE.max, `must be between ${CZECH_LATITUDE.min} and ${CZECH_LATITUDE.max} (Czechia)`),
);
const Longitude = v.pipe(
  v.number('must be a number'),
  v.minValue(CZECH_LONGITUDE.min, `must be between ${CZECH_LONGITUDE.min} and ${CZECH_LONGITUDE.max} (Czechia)`),
  v.maxValue(CZECH_LONGITUDE.max, `must be between ${CZECH_LONGITUDE.min} and ${CZECH_LONGITUDE.max} (Czechia)`),
);

export const ServiceKindCode = v.picklist(KIND_CODES, 'must be a service kind code from /api/code-lists');
export const ServiceFormCode = v.picklist(FORM_CODES, `must be one of ${FORM_CODES.join(', ')}`);
export const ClientGroupCode = v.picklist(CLIENT_GROUP_CODES, 'must be a client group code from /api/code-lists');
export const TargetGroupCode = v.picklist(TARGET_GROUP_CODES, `must be one of ${TARGET_GROUP_CODES.join(', ')}`);
const CapacityUnit = v.picklist(CAPACITY_UNITS, `must be one of ${CAPACITY_UNITS.join(', ')}`);

const unique = <T>(list: T[]) => [...new Set(list)];

const serviceFields = {
  providerId: Uuid,
  kindCode: ServiceKindCode,
  registrationId: v.nullish(RegistrationId),
  name: Text(200),
  description: OptionalText(5000),
  capacity: v.nullish(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'), v.maxValue(100_000, 'is too large'))),
  capacityUnit: v.nullish(CapacityUnit),
  openingHours: v.nullish(OpeningHours),
  alwaysOpen: v.optional(v.boolean('must be true or false')),
  phone: v.nullish(Phone),
  email: v.nullish(Email),
  web: v.nullish(WebUrl),
  street: OptionalText(200),
  city: OptionalText(100),
  postcode: v.nullish(Postcode),
  lat: v.nullish(Latitude),
  lng: v.nullish(Longitude),
  addressSecret: v.optional(v.boolean('must be true or false')),
  forms: v.optional(v.pipe(v.array(ServiceFormCode, 'must be a list of form codes'), v.transform(unique))),
  clientGroups: v.optional(v.pipe(v.array(ClientGroupCode, 'must be a list of client group codes'), v.maxLength(40, 'has too many entries'), v.transform(unique))),
  /** ids of the municipalities served; each must exist (checked against the database: 400 naming the entry) */
  municipalityIds: v.optional(v.pipe(v.array(Uuid, 'must be a list of municipality ids'), v.maxLength(1000, 'has too many entries'), v.transform(unique))),
};

/** lat and lng travel together: one without the other is a half-entered point. */
const COORDINATES_TOGETHER = 'must be given together with lat';
const coordinatesTogether = (body: { lat?: number | null; lng?: number | null }) =>
  (body.lat === undefined) === (body.lng === undefined) && (body.lat === null) === (body.lng === null);

export const ServiceCreateBody = v.pipe(
  v.object({
    /** client-made UUIDv7, so a service created offline keeps its id; the server makes one if absent */
    id: v.optional(Uuid),
    /** the territory whose catalogue the service belongs to (its coordinators manage it) */
    territory: SlugOrId,
    ...serviceFields,
  }),
  v.forward(v.partialCheck([['lat'], ['lng']], coordinatesTogether, COORDINATES_TOGETHER), ['lng']),
);

export const ServicePatchBody = v.pipe(
  v.object(Object.fromEntries(Object.entries(serviceFields).map(([key, schema]) => [key, v.optional(schema)])) as {
    [K in keyof typeof serviceFields]: v.OptionalSchema<(typeof serviceFields)[K], undefined>;
  }),
  v.forward(v.partialCheck([['lat'], ['lng']], coordinatesTogether, COORDINATES_TOGETHER), ['lng']),
  v.check((body) => Object.values(body).some((value) => value !== undefined), 'says nothing to change'),
);

const providerFields = {
  ico: v.nullish(Ico),
  name: Text(300),
  legalForm: OptionalText(100),
  web: v.nullish(WebUrl),
  email: v.nullish(Email),
  phone: v.nullish(Phone),
  street: OptionalText(200),
  city: OptionalText(100),
  postcode: v.nullish(Postcode),
};

export const ProviderCreateBody = v.object({
  id: v.optional(Uuid),
  /** the catalogue the coordinator adds the provider to: authorizes the write */
  territory: SlugOrId,
  ...providerFields,
});

export const ProviderPatchBody = v.pipe(
  v.object(Object.fromEntries(Object.entries(providerFields).map(([key, schema]) => [key, v.optional(schema)])) as {
    [K in keyof typeof providerFields]: v.OptionalSchema<(typeof providerFields)[K], undefined>;
  }),
  v.check((body) => Object.values(body).some((value) => value !== undefined), 'says nothing to change'),
);

export const IdParams = v.object({ id: Uuid });

const QueryInteger = (min: number, max: number) =>
  v.pipe(
    v.string(),
    v.regex(/^\d{1,9}$/, 'must be a whole number'),
    v.transform(Number),
    v.minValue(min, `must be at least ${min}`),
    v.maxValue(max, `must be at most ${max}`),
  );

/** `since`: the `version` of the snapshot the client holds; the answer then has only what changed after it. */
export const CatalogueQuery = v.object({ since: v.optional(QueryInteger(0, 999_999_999)) });

/** A municipality by its id or its 6-digit ČSÚ code (as the registry and the snapshot name it). */
const MunicipalityRef = v.union([Uuid, v.pipe(v.string(), v.regex(/^\d{6}$/))], 'must be a municipality id or its 6-digit code');

/**
 * GET /api/catalogue/search. The answer: `{ total, totalIsLowerBound, limit, offset, results }`. One search considers
 * at most SEARCH_CANDIDATES services (worker/db/catalogue-search.ts), the filters applied first: when more match,
 * `total` is that number and `totalIsLowerBound` is true ("more than"), and a page past it is empty.
 */
export const CatalogueSearchQuery = v.object({
  q: v.optional(v.pipe(v.string(), v.maxLength(200, 'is too long'))),
  territory: v.optional(SlugOrId),
  targetGroup: v.optional(TargetGroupCode),
  kind: v.optional(ServiceKindCode),
  form: v.optional(ServiceFormCode),
  municipality: v.optional(MunicipalityRef),
  limit: v.optional(QueryInteger(1, 100), '20'),
  offset: v.optional(QueryInteger(0, 10_000), '0'),
});

export const HsdsPageQuery = v.object({
  page: v.optional(QueryInteger(1, 100_000), '1'),
  per_page: v.optional(QueryInteger(1, 500), '50'),
  /** ISO 8601 date or date-time; records modified on or after it */
  modified_after: v.optional(
    v.pipe(
      v.string(),
      v.check((s) => /^\d{4}-\d{2}-\d{2}/.test(s) && !Number.isNaN(Date.parse(s)), 'must be an ISO 8601 date-time'),
      v.transform((s) => Date.parse(s)),
    ),
  ),
});

export const HsdsServiceParams = v.object({ territory: SlugOrId, id: Uuid });

export const RegistryImportQuery = v.object({
  mode: v.picklist(['dry-run', 'apply'], 'must be dry-run or apply'),
});
