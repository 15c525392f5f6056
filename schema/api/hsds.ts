/**
 * Query parameters of the HSDS 3.1 API (components/parameters of the specification's openapi.json), as far as KPSS
 * answers them: paging, full-text `search`, the taxonomy and organization filters, `full`/`minimal`/`full_service`.
 * `format` is only `json`: an answer in another format would be a different API.
 */
import * as v from 'valibot';
import { HsdsPageQuery } from './catalogue.ts';
import { QueryBoolean, SlugOrId, Uuid } from './common.ts';

const Search = v.pipe(v.string(), v.trim(), v.maxLength(200, 'is too long'));
const Format = v.picklist(['json'], 'must be json (the only format served)');
const QueryUuid = v.pipe(v.string(), v.uuid('must be a UUID'));

/** KPSS knows the municipalities a service serves, not postcode areas: a filter it cannot apply is refused, not ignored. */
const NoPostcodeAreas = v.optional(v.never('is not supported: KPSS has no postcode areas; filter by organization_id or taxonomy_term_id'));

const paging = { page: HsdsPageQuery.entries.page, per_page: HsdsPageQuery.entries.per_page, format: v.optional(Format) };

export const HsdsServicesQuery = v.object({
  ...HsdsPageQuery.entries,
  format: v.optional(Format),
  search: v.optional(Search),
  taxonomy_term_id: v.optional(QueryUuid),
  taxonomy_id: v.optional(QueryUuid),
  organization_id: v.optional(QueryUuid),
  full: v.optional(QueryBoolean),
  minimal: v.optional(QueryBoolean),
  postcode: NoPostcodeAreas,
  proximity: NoPostcodeAreas,
});

export const HsdsOrganizationsQuery = v.object({
  ...HsdsPageQuery.entries,
  format: v.optional(Format),
  search: v.optional(Search),
  taxonomy_term_id: v.optional(QueryUuid),
  taxonomy_id: v.optional(QueryUuid),
  full: v.optional(QueryBoolean),
  full_service: v.optional(QueryBoolean),
});

export const HsdsOrganizationQuery = v.object({ full_service: v.optional(QueryBoolean) });

export const HsdsTaxonomiesQuery = v.object({ ...paging, search: v.optional(Search) });

export const HsdsTaxonomyTermsQuery = v.object({
  ...paging,
  search: v.optional(Search),
  taxonomy_id: v.optional(QueryUuid),
  top_only: v.optional(QueryBoolean),
  parent_id: v.optional(QueryUuid),
});

/** A territory and the id of one HSDS object in it. */
export const HsdsObjectParams = v.object({ territory: SlugOrId, id: Uuid });
