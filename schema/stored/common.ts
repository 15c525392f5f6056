/** Pieces the schemas of stored copies share. */
import * as v from 'valibot';
import { MEETING_KINDS, MEETING_STATUSES } from '../enums.ts';

export const Id = v.pipe(v.string(), v.minLength(1));
export const Millis = v.pipe(v.number(), v.finite());
export const Count = v.pipe(v.number(), v.integer(), v.minValue(0));
export const Texts = v.array(v.string());
/** `{ id: name }`, as answers name what they point at */
export const NamesById = v.record(v.string(), v.string());
export const Text = v.string();
export const Year = v.pipe(v.number(), v.integer());
export const Czk = v.number();

/** what every listing of a meeting carries, whichever page lists it */
export const meetingEntries = {
  kind: v.picklist(MEETING_KINDS),
  title: Text,
  startsAt: Text,
  endsAt: v.nullable(Text),
  place: v.nullable(Text),
  status: v.picklist(MEETING_STATUSES),
};
