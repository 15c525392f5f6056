import { eq } from 'drizzle-orm';
import { userRoles, users } from '../schema/tables.ts';
import type { Actor } from '../worker/env.ts';
import { db } from './helpers.ts';

/** The Actor the session middleware would build for this user, for testing the policy on its own. */
export async function actorFor(userId: string): Promise<Actor> {
  const user = (await db.query.users.findFirst({ where: eq(users.id, userId) }))!;
  const roles = await db.select({ territoryId: userRoles.territoryId, role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, userId));
  return { userId, email: user.email, name: user.name, isAdmin: user.isAdmin, sessionId: 'test', roles };
}
