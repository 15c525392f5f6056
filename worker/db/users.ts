import { and, eq, isNull } from 'drizzle-orm';
import { territories, userRoles, users } from '../../schema/tables.ts';
import type { Database } from '../env.ts';

export const findUserByEmail = (db: Database, email: string) => db.query.users.findFirst({ where: eq(users.email, email) });

/** What a signed-in person sees of themselves. */
export async function profile(db: Database, userId: string) {
  const user = await db.query.users.findFirst({ where: eq(users.id, userId) });
  if (!user) return null;
  const roles = await db
    .select({ territoryId: territories.id, territorySlug: territories.slug, territoryName: territories.name, role: userRoles.role })
    .from(userRoles)
    .innerJoin(territories, and(eq(territories.id, userRoles.territoryId), isNull(territories.deletedAt)))
    .where(eq(userRoles.userId, userId))
    .orderBy(territories.name);
  return { id: user.id, email: user.email, name: user.name, isAdmin: user.isAdmin, locale: user.locale, roles };
}

export const roleOf = async (db: Database, userId: string, territoryId: string) =>
  (await db.query.userRoles.findFirst({ where: and(eq(userRoles.userId, userId), eq(userRoles.territoryId, territoryId)) }))?.role;
