import * as v from 'valibot';

/** A slug as used in the PWA's links: lower-case letters, digits and dashes. */
export const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/, 'must be a slug: a-z, 0-9 and dashes'));

/** The ids that the PWA makes offline (UUIDv7) and the seeds make (UUID-shaped). */
export const Uuid = v.pipe(v.string(), v.uuid('must be a UUID'));

export const SlugOrId = v.union([Slug, Uuid], 'must be a slug or a UUID');

/** Query strings carry booleans as text. */
export const QueryBoolean = v.pipe(
  v.picklist(['true', 'false', '1', '0'], 'must be true or false'),
  v.transform((value) => value === 'true' || value === '1'),
);
