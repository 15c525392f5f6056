import * as v from 'valibot';
import { GROUP_KINDS, GROUP_MEMBER_ROLES, PLANNING_ROLES } from '../enums.ts';
import { SlugOrId, Uuid } from './common.ts';

const oneOf = <const T extends readonly string[]>(values: T) => v.picklist(values, `must be one of ${values.join(', ')}`);
const Text = (max: number) => v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'is required'), v.maxLength(max, 'is too long'));
const OptionalText = (max: number) => v.nullish(v.pipe(v.string('must be text'), v.trim(), v.maxLength(max, 'is too long')));
const Position = v.pipe(v.number('must be a number'), v.integer('must be a whole number'), v.minValue(0, 'must not be negative'), v.maxValue(10_000, 'is too large'));
const Email = v.nullish(v.pipe(v.string('must be text'), v.trim(), v.toLowerCase(), v.maxLength(254, 'is too long'), v.email('must be an e-mail address')));
const Phone = v.nullish(v.pipe(v.string('must be text'), v.trim(), v.maxLength(40, 'is too long'), v.regex(/^\+?[0-9 ()/-]{3,40}$/, 'must be a phone number')));

export const GroupKind = oneOf(GROUP_KINDS);
export const PlanningRole = oneOf(PLANNING_ROLES);
export const GroupMemberRole = oneOf(GROUP_MEMBER_ROLES);

export const GroupParams = v.object({ id: Uuid });
export const GroupMemberParams = v.object({ id: Uuid, memberId: Uuid });
export const PersonParams = v.object({ id: Uuid });
export const TerritoryGroupParams = v.object({ territory: SlugOrId });

const changesSomething = <T extends Record<string, unknown>>(body: T) => Object.values(body).some((value) => value !== undefined);

const GroupFields = {
  kind: GroupKind,
  name: Text(200),
  /** thematic groups: the target group they plan for (code list `target_groups`) */
  targetGroupCode: v.nullish(Text(40)),
  /** territorial groups: a sub-area of the territory (its slug or id) */
  subTerritory: v.nullish(SlugOrId),
  description: OptionalText(2000),
  position: v.optional(Position),
};

export const GroupCreateBody = v.object({
  /** the PWA may choose the id (UUIDv7) so a group made offline keeps it */
  id: v.optional(Uuid),
  ...GroupFields,
});

export const GroupPatchBody = v.pipe(
  v.object({
    kind: v.optional(GroupKind),
    name: v.optional(GroupFields.name),
    targetGroupCode: GroupFields.targetGroupCode,
    subTerritory: GroupFields.subTerritory,
    description: GroupFields.description,
    position: GroupFields.position,
  }),
  v.check(changesSomething, 'says nothing to change'),
);

export const GroupMemberBody = v.object({
  personId: Uuid,
  role: v.optional(GroupMemberRole),
  /** the role the person represents in this group; their usual one when left out */
  planningRole: v.optional(PlanningRole),
});

const PersonFields = {
  name: Text(200),
  organization: OptionalText(300),
  email: Email,
  phone: Phone,
  planningRole: PlanningRole,
  /** the person's account, so they can take part in their groups' meetings; it must belong to the territory */
  userId: v.nullish(Uuid),
};

export const PersonCreateBody = v.object({ id: v.optional(Uuid), ...PersonFields });

export const PersonPatchBody = v.pipe(
  v.object({
    name: v.optional(PersonFields.name),
    organization: PersonFields.organization,
    email: PersonFields.email,
    phone: PersonFields.phone,
    planningRole: v.optional(PlanningRole),
    userId: PersonFields.userId,
  }),
  v.check(changesSomething, 'says nothing to change'),
);

export type GroupCreateBody = v.InferOutput<typeof GroupCreateBody>;
export type GroupPatchBody = v.InferOutput<typeof GroupPatchBody>;
export type PersonCreateBody = v.InferOutput<typeof PersonCreateBody>;
export type PersonPatchBody = v.InferOutput<typeof PersonPatchBody>;
