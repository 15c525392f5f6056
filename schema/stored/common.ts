/** Pieces the schemas of stored copies share. */
import * as v from 'valibot';

export const Id = v.pipe(v.string(), v.minLength(1));
export const Millis = v.pipe(v.number(), v.finite());
export const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const Texts = v.array(v.string());
/** `{ id: name }`, as answers name what they point at */
export const NamesById = v.record(v.string(), v.string());
