import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { GROUP_KINDS, PLANNING_ROLES, GROUP_MEMBER_ROLES } from '../enums.ts';
import { demoFlag, id, syncColumns } from '../columns.ts';
import { targetGroups } from './catalogue.ts';
import { territories } from './geography.ts';
import { users } from './accounts.ts';

export { GROUP_KINDS, PLANNING_ROLES, GROUP_MEMBER_ROLES } from '../enums.ts';

/** řídicí skupina, pracovní skupina (thematic or territorial), koordinační skupina */
export const groups = sqliteTable(
  'groups',
  {
    id: id(),
    territoryId: text('territory_id').notNull().references(() => territories.id),
    kind: text('kind', { enum: GROUP_KINDS }).notNull(),
    name: text('name').notNull(),
    /** thematic groups work for a target group */
    targetGroupCode: text('target_group_code').references(() => targetGroups.code),
    /** territorial groups work for a sub-area (Bechyňsko, Strmilov, …) */
    subTerritoryId: text('sub_territory_id').references(() => territories.id),
    description: text('description'),
    position: integer('position').notNull().default(0),
    isDemo: demoFlag(),
    ...syncColumns(),
  },
  (t) => [index('groups_territory_idx').on(t.territoryId), index('groups_seq_idx').on(t.seq)],
);

/** A person taking part in planning; contacts are personal data and never leave in a public response. */
export const people = sqliteTable(
  'people',
  {
    id: id(),
    territoryId: text('territory_id').notNull().references(() => territories.id),
    /** set when the person also has an account */
    userId: text('user_id').references(() => users.id),
    name: text('name').notNull(),
    organization: text('organization'),
    email: text('email'),
    phone: text('phone'),
    planningRole: text('planning_role', { enum: PLANNING_ROLES }).notNull(),
    isDemo: demoFlag(),
    ...syncColumns(),
  },
  (t) => [index('people_territory_idx').on(t.territoryId), index('people_user_idx').on(t.userId)],
);

export const groupMembers = sqliteTable(
  'group_members',
  {
    id: id(),
    groupId: text('group_id').notNull().references(() => groups.id),
    personId: text('person_id').notNull().references(() => people.id),
    role: text('role', { enum: GROUP_MEMBER_ROLES }).notNull().default('member'),
    /** the role this person represents in this group, which may differ from their usual one */
    planningRole: text('planning_role', { enum: PLANNING_ROLES }).notNull(),
    ...syncColumns(),
  },
  (t) => [uniqueIndex('group_members_unique').on(t.groupId, t.personId), index('group_members_person_idx').on(t.personId)],
);
