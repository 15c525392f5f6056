import * as v from 'valibot';
import { TERRITORY_ROLES } from '../enums.ts';
import { SlugOrId, Uuid } from './common.ts';

export const Email = v.pipe(v.string('must be text'), v.trim(), v.toLowerCase(), v.maxLength(254, 'is too long'), v.email('must be an e-mail address'));
/** Long passphrases are welcome; the upper bound only keeps hashing cheap. */
export const NewPassword = v.pipe(v.string('must be text'), v.minLength(10, 'must have at least 10 characters'), v.maxLength(500, 'is too long'));
const AnyPassword = v.pipe(v.string('must be text'), v.minLength(1, 'is required'), v.maxLength(500, 'is too long'));
export const PersonName = v.pipe(v.string('must be text'), v.trim(), v.minLength(1, 'is required'), v.maxLength(200, 'is too long'));
export const TerritoryRole = v.picklist(TERRITORY_ROLES, `must be one of ${TERRITORY_ROLES.join(', ')}`);

export const LoginBody = v.object({ email: Email, password: AnyPassword });
export const PasswordChangeBody = v.object({ currentPassword: AnyPassword, newPassword: NewPassword });
export const AccountDeleteBody = v.object({ password: AnyPassword });

export const InvitationCreateBody = v.object({ email: Email, role: TerritoryRole });
export const InvitationToken = v.object({ token: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{20,100}$/, 'is not an invitation token')) });
/** Name and password are needed only when the invitee has no account yet. */
export const InvitationAcceptBody = v.object({ name: v.optional(PersonName), password: v.optional(NewPassword) });

export const TerritoryUserParams = v.object({ territory: SlugOrId, userId: Uuid });
export const RoleGrantBody = v.object({ role: TerritoryRole });
export const SessionParams = v.object({ sessionId: Uuid });
export const UserParams = v.object({ userId: Uuid });
export const AdminUserPatchBody = v.pipe(
  v.object({ isAdmin: v.optional(v.boolean('must be true or false')), disabled: v.optional(v.boolean('must be true or false')) }),
  v.check((body) => body.isAdmin !== undefined || body.disabled !== undefined, 'says nothing to change'),
);
