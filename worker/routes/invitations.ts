import { and, eq, gt, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { InvitationAcceptBody, InvitationCreateBody, InvitationToken } from '../../schema/api/accounts.ts';
import { TerritoryParams } from '../../schema/api/territories.ts';
import { invitations, territories, userRoles, users } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { hashPassword } from '../auth/password.ts';
import { allowPublicWrite, authorize } from '../auth/policy.ts';
import { startSession } from '../auth/sessions.ts';
import { newToken, sha256Hex } from '../auth/tokens.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import { findUserByEmail, profile } from '../db/users.ts';
import type { Database } from '../env.ts';
import { ApiError, notFound } from '../errors.ts';
import { validate } from '../validation.ts';

const INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

/** POST /api/territories/:territory/invitations: coordinators invite members, admins invite coordinators. */
export const territoryInvitationRoutes = createRouter().post(
  '/:territory/invitations',
  validate('param', TerritoryParams),
  validate('json', InvitationCreateBody),
  async (c) => {
    const territory = await requireTerritory(c.var.db, c.req.valid('param').territory);
    const { email, role } = c.req.valid('json');
    const actor = await authorize(c, { to: 'grant_role', territoryId: territory.id, role });
    const token = newToken();
    const invitation = { id: uuidv7(), territoryId: territory.id, role, email, tokenHash: await sha256Hex(token), expiresAt: Date.now() + INVITATION_TTL_MS, createdBy: actor.userId };
    c.set('audit', { ...c.var.audit, entity: 'invitation', entityId: invitation.id, fields: ['email', 'role'] });
    await c.var.db.insert(invitations).values(invitation);
    // No e-mail leaves the Worker: the coordinator hands the link over themselves.
    const link = `${new URL(c.req.url).origin}/pozvanka/${token}`;
    return c.json({ invitation: { id: invitation.id, email, role, expiresAt: invitation.expiresAt }, link }, 201);
  },
);

async function openInvitation(db: Database, token: string) {
  const [row] = await db
    .select({ invitation: invitations, territoryName: territories.name, territorySlug: territories.slug })
    .from(invitations)
    .innerJoin(territories, eq(territories.id, invitations.territoryId))
    .where(eq(invitations.tokenHash, await sha256Hex(token)))
    .limit(1);
  if (!row) throw notFound('Invitation');
  if (row.invitation.usedAt || row.invitation.expiresAt <= Date.now()) {
    throw new ApiError(410, 'invitation_gone', 'This invitation has expired or has been used already');
  }
  return row;
}

/** The invitee's side: look at the invitation, accept it (with a new account or the signed-in one). */
export const invitationRoutes = createRouter()
  .get('/:token', validate('param', InvitationToken), async (c) => {
    const { invitation, territoryName, territorySlug } = await openInvitation(c.var.db, c.req.valid('param').token);
    const hasAccount = (await findUserByEmail(c.var.db, invitation.email)) !== undefined;
    return c.json({ invitation: { email: invitation.email, role: invitation.role, expiresAt: invitation.expiresAt, territoryName, territorySlug, hasAccount } }, 200);
  })
  .post('/:token/accept', validate('param', InvitationToken), validate('json', InvitationAcceptBody), async (c) => {
    allowPublicWrite(c);
    const db = c.var.db;
    const { invitation } = await openInvitation(db, c.req.valid('param').token);
    const body = c.req.valid('json');
    const actor = c.var.actor;
    const existing = await findUserByEmail(db, invitation.email);
    if (actor && actor.email !== invitation.email) {
      throw new ApiError(403, 'wrong_account', 'This invitation is for another e-mail address; sign out first');
    }
    if (!actor && existing) throw new ApiError(409, 'sign_in_first', 'An account with this e-mail exists: sign in, then accept');
    if (!actor && (!body.name || !body.password)) {
      const missing = (['name', 'password'] as const).filter((f) => !body[f]);
      throw new ApiError(400, 'validation_failed', 'A new account needs a name and a password', missing.map((f) => ({ field: `json.${f}`, message: 'is required' })));
    }
    const userId = actor?.userId ?? uuidv7();
    c.set('audit', { actorId: userId, territoryId: invitation.territoryId, entity: 'invitation', entityId: invitation.id });
    // Claim the invitation first so that two clicks cannot both use it.
    const claimed = await db
      .update(invitations)
      .set({ usedAt: Date.now() })
      .where(and(eq(invitations.id, invitation.id), isNull(invitations.usedAt), gt(invitations.expiresAt, Date.now())))
      .returning({ id: invitations.id });
    if (claimed.length === 0) throw new ApiError(410, 'invitation_gone', 'This invitation has expired or has been used already');

    const grant = db
      .insert(userRoles)
      .values({ id: uuidv7(), userId, territoryId: invitation.territoryId, role: invitation.role, grantedBy: invitation.createdBy })
      .onConflictDoUpdate({ target: [userRoles.userId, userRoles.territoryId], set: { role: invitation.role, grantedBy: invitation.createdBy } });
    if (actor) {
      await grant;
    } else {
      const passwordHash = await hashPassword(body.password!);
      await db.batch([db.insert(users).values({ id: userId, email: invitation.email, name: body.name!, passwordHash }), grant]);
      await startSession(c, userId);
    }
    return c.json({ user: (await profile(db, userId))! }, 200);
  });
