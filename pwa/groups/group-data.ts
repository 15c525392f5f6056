import type * as v from 'valibot';
import type { StoredGroupPage } from '../../schema/stored/groups.ts';
import { api, request } from '../lib/api.ts';

/** One request's worth of a group's page: the group, its members (as the server allows), meetings and open tasks. */
export async function fetchGroup(id: string): Promise<GroupData> {
  const { group, members } = await request(api.api.groups[':id'].$get({ param: { id } }));
  const [meetings, open] = await Promise.all([
    request(api.api.territories[':territory'].meetings.$get({ param: { territory: group.territoryId }, query: { groupId: id } })),
    request(api.api.groups[':id']['open-tasks'].$get({ param: { id } })),
  ]);
  return { group, members, meetings: meetings.meetings, openTasks: open.tasks };
}

/** a group's page as schema/stored/groups.ts reads it, fresh from the server or from the saved copy */
export type GroupData = v.InferOutput<typeof StoredGroupPage>;

/**
 * Whether the signed-in person may write the group's meetings: coordinators of its territory, and its members (to
 * whom the server shows the members' contacts). The server decides each change anyway; this only offers the button.
 */
export function takesPartIn(data: Pick<GroupData, 'group' | 'members'>, user: { isAdmin: boolean; roles: { territoryId: string; role: string }[] } | null): boolean {
  if (!user) return false;
  if (user.isAdmin || user.roles.some((role) => role.territoryId === data.group.territoryId && role.role === 'coordinator')) return true;
  return (data.members ?? []).some((member) => 'email' in member);
}
