import { and, eq } from 'drizzle-orm';
import { CodeListBody, RegistryCodeBody, RegistryCodeParams, RegistryImportQuery } from '../../schema/api/registry.ts';
import { isKpssCodeOf } from '../../schema/registry/codes.ts';
import { registryCodes } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize, can } from '../auth/policy.ts';
import { codeListStatements, findRegistryCode, listRegistryCodes, planCodeListUpload } from '../db/registry-codes.ts';
import { ApiError, notFound } from '../errors.ts';
import { validate } from '../validation.ts';

/**
 * What the national registry's codes mean in KPSS, shared by every territory (mounted at /api/registry-codes).
 * Any coordinator maps a code nobody has mapped; changing or removing a mapping is the admin's, since it refiles
 * services of every territory.
 */
export const registryCodeRoutes = createRouter()
  .get('/', async (c) => {
    const actor = c.var.actor;
    if (!actor) throw new ApiError(401, 'unauthenticated', 'Sign in first');
    if (!(await can(c.var.db, actor, { to: 'map_registry_codes' }))) throw new ApiError(403, 'forbidden', 'You may not do this');
    return c.json({ codes: await listRegistryCodes(c.var.db) }, 200);
  })
  .put('/:list/:code', validate('param', RegistryCodeParams), validate('json', RegistryCodeBody), async (c) => {
    const db = c.var.db;
    const actor = await authorize(c, { to: 'map_registry_codes' });
    const { list, code } = c.req.valid('param');
    const { kpssCode } = c.req.valid('json');
    if (!isKpssCodeOf(list, kpssCode)) {
      throw new ApiError(400, 'validation_failed', 'The request has invalid fields', [
        { field: 'json.kpssCode', message: list === 'DruhSocialniSluzby' ? 'must be a KPSS service kind (a registered one)' : 'must be a KPSS client group' },
      ]);
    }
    const row = await findRegistryCode(db, list, code);
    if (row?.kpssCode && row.kpssCode !== kpssCode && !actor.isAdmin) {
      throw new ApiError(409, 'already_mapped', `${list}/${code} is already mapped to ${row.kpssCode}; only an admin changes it`, [{ field: 'json.kpssCode', message: `is already ${row.kpssCode}` }]);
    }
    const now = Date.now();
    const changed = row?.kpssCode !== kpssCode;
    c.set('audit', { ...c.var.audit, entity: 'registry_code', entityId: `${list}/${code}`, fields: changed ? ['kpssCode'] : [] });
    if (changed) {
      await db
        .insert(registryCodes)
        .values({ list, code, kpssCode, source: 'person', assignedBy: actor.userId, assignedAt: now, updatedAt: now })
        .onConflictDoUpdate({ target: [registryCodes.list, registryCodes.code], set: { kpssCode, source: 'person', assignedBy: actor.userId, assignedAt: now, updatedAt: now } });
    }
    const [mapping] = (await listRegistryCodes(db)).filter((m) => m.list === list && m.code === code);
    return c.json({ mapping: mapping!, changed }, 200);
  })
  .delete('/:list/:code', validate('param', RegistryCodeParams), async (c) => {
    const db = c.var.db;
    await authorize(c, { to: 'administer' });
    const { list, code } = c.req.valid('param');
    const row = await findRegistryCode(db, list, code);
    if (!row?.kpssCode) throw notFound('Registry code mapping');
    const where = and(eq(registryCodes.list, list), eq(registryCodes.code, code));
    c.set('audit', { ...c.var.audit, entity: 'registry_code', entityId: `${list}/${code}`, fields: ['kpssCode'] });
    // The registry's name of the code stays known, so the next report still names it.
    if (row.registryName) await db.update(registryCodes).set({ kpssCode: null, source: null, assignedBy: null, assignedAt: null, updatedAt: Date.now() }).where(where);
    else await db.delete(registryCodes).where(where);
    return c.body(null, 204);
  })
  .post('/code-lists', validate('query', RegistryImportQuery), validate('json', CodeListBody), async (c) => {
    const db = c.var.db;
    const actor = await authorize(c, { to: 'administer' });
    const { mode } = c.req.valid('query');
    const { issues, result, writes } = await planCodeListUpload(db, c.req.valid('json').polozky);
    if (issues.length) throw new ApiError(409, 'contradicts_mappings', 'The code list contradicts the stored mappings; nothing was written', issues);
    const now = Date.now();
    c.set('audit', { ...c.var.audit, entity: mode === 'apply' ? 'registry_code_list' : 'registry_code_list_dry_run', fields: [...new Set(writes.map((w) => w.list))] });
    if (mode === 'apply' && writes.length) await db.batch(codeListStatements(db, writes, actor.userId, now) as [never, ...never[]]);
    const counts = { items: result.mapped.length + result.new.length + result.unknown.length, mapped: result.mapped.length, new: result.new.length, unknown: result.unknown.length };
    return c.json({ mode, applied: mode === 'apply' && writes.length > 0, counts, ...result }, 200);
  });
