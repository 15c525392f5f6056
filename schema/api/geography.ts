import * as v from 'valibot';
import { TERRITORY_KINDS } from '../enums.ts';
import { Slug, SlugOrId, Uuid } from './common.ts';

/** NUTS 3 code of a Czech region, e.g. CZ031 (Jihočeský kraj), CZ010 (Praha). */
export const Nuts3Code = v.pipe(v.string(), v.trim(), v.toUpperCase(), v.regex(/^CZ0[1-8][0-9A-Z]$/, 'must be a NUTS 3 code such as CZ031'));
const Name = v.pipe(v.string(), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(200, 'must be at most 200 characters'));
/** ČSÚ code of an ORP (číselník 65): 4 digits, e.g. 3101 */
export const OrpCode = v.pipe(v.string(), v.regex(/^\d{4}$/, 'must be the 4-digit ČSÚ code of the ORP, e.g. 3101'));
/** ČSÚ/RÚIAN code of a municipality: 6 digits, e.g. 544256 */
export const MunicipalityCode = v.pipe(v.string(), v.regex(/^\d{6}$/, 'must be the 6-digit ČSÚ code of the municipality'));
const Year = v.pipe(v.number(), v.integer('must be a whole year'), v.minValue(1990, 'must be 1990 or later'), v.maxValue(2100, 'must be 2100 or earlier'));

export const RegionCodeParams = v.object({ code: v.pipe(v.string(), v.maxLength(10, 'is too long')) });
export const RegionCreateBody = v.strictObject({ code: Nuts3Code, name: Name });
export const RegionPatchBody = v.pipe(
  v.strictObject({ code: v.optional(Nuts3Code), name: v.optional(Name) }),
  v.check((body) => Object.keys(body).length > 0, 'must change at least one field'),
);

export const TerritoryCreateBody = v.strictObject({
  kind: v.picklist(TERRITORY_KINDS, `must be one of ${TERRITORY_KINDS.join(', ')}`),
  name: Name,
  slug: v.optional(Slug),
  regionCode: Nuts3Code,
  parentId: v.optional(v.nullable(Uuid)),
  planningSince: v.optional(v.nullable(Year)),
  orpCode: v.optional(v.nullable(OrpCode)),
});
export const TerritoryPatchBody = v.pipe(
  v.strictObject({
    name: v.optional(Name),
    slug: v.optional(Slug),
    parentId: v.optional(v.nullable(Uuid)),
    planningSince: v.optional(v.nullable(Year)),
    orpCode: v.optional(v.nullable(OrpCode)),
  }),
  v.check((body) => Object.keys(body).length > 0, 'must change at least one field'),
);
export const TerritoryRefParams = v.object({ territory: SlugOrId });
export const TerritoryMunicipalityParams = v.object({ territory: SlugOrId, municipalityId: Uuid });

const Latitude = v.pipe(v.number(), v.minValue(48, 'must be within Czechia (48–51.1)'), v.maxValue(51.1, 'must be within Czechia (48–51.1)'));
const Longitude = v.pipe(v.number(), v.minValue(12, 'must be within Czechia (12–19)'), v.maxValue(19, 'must be within Czechia (12–19)'));
export const MunicipalityCreateBody = v.strictObject({
  code: MunicipalityCode,
  name: Name,
  lat: v.optional(v.nullable(Latitude)),
  lng: v.optional(v.nullable(Longitude)),
});
export const MunicipalityPatchBody = v.pipe(
  v.strictObject({
    code: v.optional(MunicipalityCode),
    name: v.optional(Name),
    lat: v.optional(v.nullable(Latitude)),
    lng: v.optional(v.nullable(Longitude)),
    retired: v.optional(v.boolean()),
  }),
  v.check((body) => Object.keys(body).length > 0, 'must change at least one field'),
);
export const MunicipalityParams = v.object({ id: Uuid });
export const MunicipalityListQuery = v.object({ retired: v.optional(v.picklist(['true', 'false'], 'must be true or false')) });
export const MunicipalityImportQuery = v.object({ mode: v.picklist(['dry-run', 'apply'], 'must be dry-run or apply') });

/** A proposed slug: the name lower-cased, diacritics folded, anything else a dash. */
export function slugFromName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64)
    .replace(/-+$/g, '');
}
