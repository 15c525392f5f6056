import { and, eq, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import { groupMembers, groups, people } from '../../schema/tables.ts';
import type { Actor, AppEnv, Database, TerritoryRole } from '../env.ts';
import { ApiError } from '../errors.ts';

/**
 * KPSS's one authorization layer. Every write handler calls `authorize` before touching the database: the
 * `guardWrites` middleware refuses unsafe requests from the public, and `c.var.db` refuses any write that skipped
 * the policy (worker/db/guarded-d1.ts).
 * Roles are per territory: coordinator in Tábor and member in Třeboň are two grants.
 */
export type Permission =
  /** the territory's catalogue, plan, groups, meetings, hearings, documents and members */
  | { to: 'manage_territory'; territoryId: string }
  /** what members see of their territory beyond the public view (e.g. the member list) */
  | { to: 'read_territory'; territoryId: string }
  /** the meetings and notes of one group: its members, the territory's coordinators */
  | { to: 'take_part_in_group'; territoryId: string; groupId: string }
  /** members are appointed by coordinators, coordinators by admins */
  | { to: 'grant_role'; territoryId: string; role: TerritoryRole }
  /** what the national registry's codes mean: shared by all territories, so any coordinator maps an unmapped code */
  | { to: 'map_registry_codes' }
  | { to: 'administer' };

export const roleIn = (actor: Actor, territoryId: string): TerritoryRole | undefined =>
  actor.roles.find((r) => r.territoryId === territoryId)?.role;

const isCoordinator = (actor: Actor, territoryId: string) => actor.isAdmin || roleIn(actor, territoryId) === 'coordinator';

export async function isGroupMember(db: Database, userId: string, groupId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: groupMembers.id })
    .from(groupMembers)
    .innerJoin(people, eq(people.id, groupMembers.personId))
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(eq(people.userId, userId), eq(groupMembers.groupId, groupId), isNull(groupMembers.deletedAt), isNull(people.deletedAt)))
    .limit(1);
  return row !== undefined;
}

export async function can(db: Database, actor: Actor | null, permission: Permission): Promise<boolean> {
  if (!actor) return false;
  switch (permission.to) {
    case 'administer':
      return actor.isAdmin;
    case 'map_registry_codes':
      return actor.isAdmin || actor.roles.some((r) => r.role === 'coordinator');
    case 'manage_territory':
      return isCoordinator(actor, permission.territoryId);
    case 'read_territory':
      return actor.isAdmin || roleIn(actor, permission.territoryId) !== undefined;
    case 'grant_role':
      return permission.role === 'coordinator' ? actor.isAdmin : isCoordinator(actor, permission.territoryId);
    case 'take_part_in_group':
      if (isCoordinator(actor, permission.territoryId)) return true;
      return roleIn(actor, permission.territoryId) !== undefined && (await isGroupMember(db, actor.userId, permission.groupId));
  }
}

/** Throws 401 for the public and 403 for a signed-in person without the permission; otherwise lets the write on. */
export async function authorize(c: Context<AppEnv>, permission: Permission): Promise<Actor> {
  const actor = c.var.actor;
  if (!actor) throw new ApiError(401, 'unauthenticated', 'Sign in first');
  if (!(await can(c.var.db, actor, permission))) throw new ApiError(403, 'forbidden', 'You may not do this');
  c.set('authorized', true);
  if ('territoryId' in permission) c.set('audit', { ...c.var.audit, territoryId: permission.territoryId });
  return actor;
}

/** For routes any signed-in person may use on their own account. */
export function requireActor(c: Context<AppEnv>): Actor {
  const actor = c.var.actor;
  if (!actor) throw new ApiError(401, 'unauthenticated', 'Sign in first');
  c.set('authorized', true);
  return actor;
}

/** For the few writes open to everyone (sign-in, accepting an invitation, a public hearing): said out loud. */
export function allowPublicWrite(c: Context<AppEnv>) {
  c.set('authorized', true);
}
