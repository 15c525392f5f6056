import { and, eq, isNull } from 'drizzle-orm';
import type { Context } from 'hono';
import { uuidv7 } from 'uuidv7';
import { IdParams, ProviderCreateBody, ProviderPatchBody } from '../../schema/api/catalogue.ts';
import { providers, services } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize, can } from '../auth/policy.ts';
import { checkIcoFree, conflict, invalidFields } from '../db/catalogue-checks.ts';
import { findProvider, providerDetail } from '../db/catalogue-read.ts';
import { findTerritory } from '../db/territories.ts';
import type { AppEnv } from '../env.ts';
import { ApiError, notFound } from '../errors.ts';
import { validate } from '../validation.ts';

const definedKeys = (body: Record<string, unknown>) => Object.keys(body).filter((key) => body[key] !== undefined);

/**
 * Providers belong to no territory: one Charita serves several. Whoever coordinates a territory where the provider
 * has a service may edit it; a provider without services yet is open to any coordinator; admins always.
 */
async function authorizeProviderWrite(c: Context<AppEnv>, providerId: string) {
  const db = c.var.db;
  const actor = c.var.actor;
  if (actor?.isAdmin) return authorize(c, { to: 'administer' });
  const rows = await db
    .selectDistinct({ territoryId: services.territoryId })
    .from(services)
    .where(and(eq(services.providerId, providerId), isNull(services.deletedAt)));
  const candidates = rows.length
    ? rows.map((r) => r.territoryId)
    : (actor?.roles.filter((r) => r.role === 'coordinator').map((r) => r.territoryId) ?? []);
  for (const territoryId of candidates) {
    if (await can(db, actor, { to: 'manage_territory', territoryId })) return authorize(c, { to: 'manage_territory', territoryId });
  }
  // Nobody to vouch for the write: authorize answers 401 to the public and 403 to everyone else.
  return authorize(c, { to: 'manage_territory', territoryId: candidates[0] ?? rows[0]?.territoryId ?? 'none' });
}

export const providerRoutes = createRouter()
  .get('/:id', validate('param', IdParams), async (c) => {
    const provider = await providerDetail(c.var.db, c.req.valid('param').id);
    if (!provider) throw notFound('Provider');
    return c.json({ provider }, 200);
  })
  .post('/', validate('json', ProviderCreateBody), async (c) => {
    const db = c.var.db;
    const body = c.req.valid('json');
    const territory = await findTerritory(db, body.territory);
    if (!territory) throw invalidFields([{ field: 'json.territory', message: 'no such territory' }]);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    await checkIcoFree(db, body.ico);
    const id = body.id ?? uuidv7();
    if (await db.query.providers.findFirst({ where: eq(providers.id, id), columns: { id: true } })) {
      throw conflict('json.id', 'a provider with this id exists');
    }
    const { territory: _territory, id: _id, ...fields } = body;
    c.set('audit', { ...c.var.audit, entity: 'provider', entityId: id, fields: definedKeys(body).filter((k) => k !== 'territory') });
    await db.insert(providers).values({ ...fields, id, source: 'manual' });
    return c.json({ provider: (await providerDetail(db, id))! }, 201);
  })
  .patch('/:id', validate('param', IdParams), validate('json', ProviderPatchBody), async (c) => {
    const db = c.var.db;
    const provider = await findProvider(db, c.req.valid('param').id);
    if (!provider) throw notFound('Provider');
    await authorizeProviderWrite(c, provider.id);
    if (provider.retiredAt) throw new ApiError(409, 'retired', 'The provider is retired; it can no longer be edited');
    const body = c.req.valid('json');
    await checkIcoFree(db, body.ico, provider.id);
    const changes = Object.fromEntries(Object.entries(body).filter(([, value]) => value !== undefined));
    c.set('audit', { ...c.var.audit, entity: 'provider', entityId: provider.id, fields: definedKeys(body) });
    await db.update(providers).set(changes).where(eq(providers.id, provider.id));
    return c.json({ provider: (await providerDetail(db, provider.id))! }, 200);
  })
  .post('/:id/retire', validate('param', IdParams), async (c) => {
    const db = c.var.db;
    const provider = await findProvider(db, c.req.valid('param').id);
    if (!provider) throw notFound('Provider');
    await authorizeProviderWrite(c, provider.id);
    const live = await db.query.services.findFirst({
      where: and(eq(services.providerId, provider.id), isNull(services.retiredAt), isNull(services.deletedAt)),
      columns: { id: true },
    });
    if (live) throw new ApiError(409, 'has_live_services', 'Retire the provider’s services first');
    c.set('audit', { ...c.var.audit, entity: 'provider', entityId: provider.id, fields: ['retiredAt'] });
    if (!provider.retiredAt) await db.update(providers).set({ retiredAt: Date.now() }).where(eq(providers.id, provider.id));
    return c.json({ provider: (await providerDetail(db, provider.id))! }, 200);
  });
