import { currentUser } from '../lib/session.ts';

/** The territory's coordinators and admins manage its catalogue; the API checks again on every write. */
export function canManageCatalogue(territoryId: string | undefined): boolean {
  const user = currentUser();
  if (!user || !territoryId) return false;
  return user.isAdmin || user.roles.some((grant) => grant.territoryId === territoryId && grant.role === 'coordinator');
}

export const managePath = (slug: string) => `/uzemi/${slug}/katalog/sprava`;
export const serviceEditPath = (slug: string, id: string) => `${managePath(slug)}/sluzba/${id}`;
export const providerEditPath = (slug: string, id: string) => `${managePath(slug)}/poskytovatel/${id}`;
