/**
 * The national registry (rpss.json) in KPSS: the import's contract, the registry code mappings and the Cron source.
 *
 * The browser streams the 98 MB file itself (schema/registry/stream-filter.ts) and sends only the territory's items
 * with their positions in the file; a plain small rpss.json (`{ polozky }`) is accepted as it is.
 */
import * as v from 'valibot';

import { REGISTRY_LISTS, type RegistryList } from '../enums.ts';

export { REGISTRY_CODE_SOURCES, REGISTRY_LISTS, type RegistryCodeSource, type RegistryList } from '../enums.ts';

export { RegistryImportQuery } from './catalogue.ts';

const Position = v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'));

/** `POST /api/territories/:territory/registry-import` */
export const RegistryImportBody = v.pipe(
  v.looseObject({
    polozky: v.array(v.unknown(), 'must be the list of registry items (the root key of rpss.json)'),
    /** each item's index in the original file, so the report says polozky[4711] */
    positions: v.optional(v.array(Position, 'must be a list of positions')),
    /** how many items the original file had (the browser sends only its territory's) */
    totalItems: v.optional(v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must be 0 or more'))),
    fileName: v.optional(v.pipe(v.string('must be text'), v.maxLength(255, 'must be at most 255 characters'))),
  }),
  v.forward(
    v.check((b) => b.positions === undefined || b.positions.length === b.polozky.length, 'must give one position per item'),
    ['positions'],
  ),
  v.forward(
    v.check((b) => b.positions === undefined || b.positions.every((p, i) => i === 0 || p > b.positions![i - 1]!), 'must be in increasing order'),
    ['positions'],
  ),
  v.forward(
    v.check((b) => b.totalItems === undefined || b.totalItems >= b.polozky.length, 'must be at least the number of items sent'),
    ['totalItems'],
  ),
  v.forward(
    v.check((b) => b.totalItems === undefined || !b.positions?.length || b.positions[b.positions.length - 1]! < b.totalItems, 'must be more than the last position'),
    ['totalItems'],
  ),
);
export type RegistryImportBody = v.InferOutput<typeof RegistryImportBody>;

/** `GET /api/territories/:territory/registry-import/scope`: the ČSÚ codes the browser filters the file by. */
export type RegistryImportScope = { municipalityCodes: string[] };

export const RegistryCodeParams = v.object({
  list: v.picklist(REGISTRY_LISTS, 'must be DruhSocialniSluzby or CilovaSkupinaOsoby'),
  code: v.pipe(v.string(), v.regex(/^[0-9A-Za-z_-]{1,32}$/, 'must be a registry code (the part after the slash)')),
});

/** `PUT /api/registry-codes/:list/:code`: a KPSS kind code (DruhSocialniSluzby) or client group code (CilovaSkupinaOsoby). */
export const RegistryCodeBody = v.object({
  kpssCode: v.pipe(v.string('must be text'), v.regex(/^[a-z0-9-]{1,80}$/, 'must be a KPSS code')),
});

/** `POST /api/registry-codes/code-lists`: the registry's own code list file(s), root `polozky`. */
export const CodeListBody = v.looseObject({
  polozky: v.array(
    v.looseObject({
      id: v.pipe(v.string('must be text'), v.regex(/^(?:DruhSocialniSluzby|CilovaSkupinaOsoby)\/[0-9A-Za-z_-]{1,32}$/, 'must be DruhSocialniSluzby/<code> or CilovaSkupinaOsoby/<code>')),
      nazev: v.looseObject({ cs: v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'must not be empty'), v.maxLength(500, 'must be at most 500 characters')) }),
    }),
    'must be the list of code-list items (root key polozky)',
  ),
});

/** `PUT /api/territories/:territory/registry-source`: where the daily Cron import downloads rpss.json; url null stops it. */
export const RegistrySourceBody = v.object({
  url: v.nullable(
    v.pipe(
      v.string('must be text'),
      v.maxLength(2000, 'must be at most 2000 characters'),
      v.url('must be a web address'),
      v.startsWith('https://', 'must start with https://'),
    ),
  ),
  autoApply: v.boolean('must be true or false'),
});

export type UnknownRegistryCode = {
  list: RegistryList;
  code: string;
  /** the name from the registry's code list, once uploaded */
  registryName: string | null;
  /** how many of the territory's items name it */
  items: number;
  /** at most 3 service names */
  samples: string[];
  /** offered to the person who maps it; never applied without their PUT */
  suggestion: { kpssCode: string; name: string; basis: 'code_list_name' | 'pattern_unverified' } | null;
};

export type RegistryImportReport = {
  mode: 'dry-run' | 'apply';
  applied: boolean;
  territory: { id: string; slug: string; name: string };
  fileName: string | null;
  counts: { items: number; totalItems: number; outside: number; ended: number; new: number; changed: number; unchanged: number; gone: number; bad: number; skipped: number; unmapped: number };
  new: { position: number; registrationId: string; name: string; providerIco: string; providerName: string }[];
  changed: { position: number; registrationId: string; serviceId: string; name: string; fields: string[] }[];
  unchanged: { position: number; registrationId: string; serviceId: string; name: string }[];
  gone: { serviceId: string; registrationId: string | null; name: string }[];
  bad: { position: number; field: string; reason: string; registrationId: string | null }[];
  skipped: { position: number; registrationId: string; reason: string }[];
  unknownCodes: UnknownRegistryCode[];
  providers: { new: { ico: string; name: string }[]; changed: { providerId: string; ico: string; name: string; fields: string[] }[] };
  warnings: { position: number; registrationId: string | null; message: string }[];
};
