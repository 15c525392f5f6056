import * as v from 'valibot';
import { TERRITORY_KINDS } from '../enums.ts';
import { QueryBoolean, SlugOrId } from './common.ts';

export const TerritoryListQuery = v.object({
  kind: v.optional(v.picklist(TERRITORY_KINDS, `must be one of ${TERRITORY_KINDS.join(', ')}`)),
  /** only territories without a parent (the ORPs and other top-level areas) */
  topLevel: v.optional(QueryBoolean),
});

export const TerritoryParams = v.object({ territory: SlugOrId });
