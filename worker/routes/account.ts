import { eq } from 'drizzle-orm';
import { AccountDeleteBody } from '../../schema/api/accounts.ts';
import { auditLog, groupMembers, groups, invitations, noteRevisions, notes, people, sessions, userRoles, users } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { verifyPassword } from '../auth/password.ts';
import { requireActor } from '../auth/policy.ts';
import { clearSessionCookie, listSessions } from '../auth/sessions.ts';
import { profile } from '../db/users.ts';
import { ApiError } from '../errors.ts';
import { validate } from '../validation.ts';

/** A person's own data: download all of it (GDPR art. 15/20) and delete the account (art. 17). */
export const accountRoutes = createRouter()
  .get('/export', async (c) => {
    const actor = requireActor(c);
    const db = c.var.db;
    const [user, sessionList, personRows, memberships, authoredNotes, revisions, log] = await Promise.all([
      profile(db, actor.userId),
      listSessions(db, actor.userId),
      db.select().from(people).where(eq(people.userId, actor.userId)),
      db
        .select({ groupId: groups.id, groupName: groups.name, role: groupMembers.role, planningRole: groupMembers.planningRole })
        .from(groupMembers)
        .innerJoin(people, eq(people.id, groupMembers.personId))
        .innerJoin(groups, eq(groups.id, groupMembers.groupId))
        .where(eq(people.userId, actor.userId)),
      db.select({ id: notes.id, meetingId: notes.meetingId, kind: notes.kind, body: notes.body, createdAt: notes.createdAt }).from(notes).where(eq(notes.authorId, actor.userId)),
      db.select({ id: noteRevisions.id, noteId: noteRevisions.noteId, body: noteRevisions.body, createdAt: noteRevisions.createdAt }).from(noteRevisions).where(eq(noteRevisions.authorId, actor.userId)),
      db.select({ at: auditLog.at, action: auditLog.action, entity: auditLog.entity, entityId: auditLog.entityId }).from(auditLog).where(eq(auditLog.userId, actor.userId)),
    ]);
    const data = { exportedAt: new Date().toISOString(), user, sessions: sessionList, people: personRows, memberships, notes: authoredNotes, noteRevisions: revisions, auditLog: log };
    c.header('content-disposition', 'attachment; filename="kpss-moje-data.json"');
    c.header('cache-control', 'no-store');
    return c.json(data, 200);
  })
  .delete('/', validate('json', AccountDeleteBody), async (c) => {
    const actor = requireActor(c);
    const db = c.var.db;
    const user = await db.query.users.findFirst({ where: eq(users.id, actor.userId) });
    if (!user || !(await verifyPassword(c.req.valid('json').password, user.passwordHash))) {
      throw new ApiError(400, 'validation_failed', 'The password is wrong', [{ field: 'json.password', message: 'is wrong' }]);
    }
    c.set('audit', { entity: 'user', entityId: actor.userId });
    // The minutes stay (they belong to the group); only the link to the person goes.
    await db.batch([
      db.update(notes).set({ authorId: null }).where(eq(notes.authorId, actor.userId)),
      db.update(noteRevisions).set({ authorId: null }).where(eq(noteRevisions.authorId, actor.userId)),
      db.update(people).set({ userId: null }).where(eq(people.userId, actor.userId)),
      db.delete(invitations).where(eq(invitations.createdBy, actor.userId)),
      db.delete(userRoles).where(eq(userRoles.userId, actor.userId)),
      db.delete(sessions).where(eq(sessions.userId, actor.userId)),
      db.delete(users).where(eq(users.id, actor.userId)),
    ]);
    clearSessionCookie(c);
    return c.json({ deleted: true }, 200);
  });
