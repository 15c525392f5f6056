/**
 * Small values of the PWA in IndexedDB (`kv`) and the copies of people saved for the attendance sheet. Read through
 * these schemas (pwa/lib/local-db.ts `readValue`, `readSnapshot`): a value in another shape reads as missing.
 */
import * as v from 'valibot';
import { Id } from './common.ts';

/** favourite services (pwa/catalogue/favourites.ts) */
export const StoredFavourites = v.array(v.string());
/** this device's sync client id, the person whose changes the service worker sends */
export const StoredClientId = Id;
export const StoredSyncUser = v.nullable(v.string());
/** where a person's pull goes on from; a missing or broken cursor pulls from the beginning */
export const StoredCursor = v.pipe(v.number(), v.integer(), v.minValue(0));
/** the revision a replaced outbox entry was based on (pwa/lib/outbox.ts) */
export const StoredSuperseded = v.object({ base: v.nullable(v.string()) });

const Person = v.object({ personId: Id, name: v.string(), organization: v.nullable(v.string()), planningRole: v.nullable(v.string()) });

/** the names of a meeting's attendance sheet (pwa/meetings/people.ts) */
export const StoredMeetingPeople = v.object({
  byAttendance: v.record(v.string(), v.object({ name: v.nullable(v.string()), organization: v.nullable(v.string()) })),
  members: v.array(Person),
  groupName: v.optional(v.string()),
});

/** What the attendance sheet borrows from the group page's saved answer: only these fields are read of it. */
export const StoredGroupMembers = v.looseObject({ group: v.looseObject({ name: v.string() }), members: v.nullable(v.array(v.looseObject(Person.entries))) });
