import * as v from 'valibot';
import { Email } from './accounts.ts';
import { SlugOrId } from './common.ts';

export const RegionParams = v.object({ code: v.pipe(v.string(), v.regex(/^[A-Za-z0-9]{2,16}$/, 'must be a region code such as CZ031')) });
export const TerritoryOverviewParams = v.object({ territory: SlugOrId });

const clearable = <T extends v.GenericSchema<string, unknown>>(schema: T) =>
  v.nullish(v.union([v.pipe(v.literal(''), v.transform(() => null)), schema], (issue) => issue.issues?.at(-1)?.message ?? 'is invalid'));

/** What coordinators publish about their territory; the contact is the planning office's, meant for everyone. */
export const TerritoryProfilePatchBody = v.pipe(
  v.object({
    description: clearable(v.pipe(v.string('must be text'), v.trim(), v.maxLength(5000, 'is too long'))),
    planningSince: v.nullish(v.pipe(v.number('must be a year'), v.integer('must be a year'), v.minValue(1990, 'must be 1990 or later'), v.maxValue(2100, 'must be a year'))),
    web: clearable(v.pipe(v.string('must be text'), v.trim(), v.maxLength(500, 'is too long'), v.url('must be a web address'), v.regex(/^https?:\/\//i, 'must start with http:// or https://'))),
    contactEmail: clearable(Email),
    contactPhone: clearable(v.pipe(v.string('must be text'), v.trim(), v.regex(/^\+?[0-9][0-9 ()-]{5,24}$/, 'must be a phone number such as +420 381 486 111'))),
  }),
  v.check((body) => Object.values(body).some((value) => value !== undefined), 'says nothing to change'),
);
