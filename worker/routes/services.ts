import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { IdParams, ServiceCreateBody, ServicePatchBody } from '../../schema/api/catalogue.ts';
import { services } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize, can } from '../auth/policy.ts';
import { checkServiceReferences, conflict, invalidFields } from '../db/catalogue-checks.ts';
import { findService, serviceDetail } from '../db/catalogue-read.ts';
import { replaceLinkStatements } from '../db/catalogue-write.ts';
import { runWrites } from '../db/d1-writes.ts';
import { findTerritory } from '../db/territories.ts';
import { ApiError, notFound } from '../errors.ts';
import { validate } from '../validation.ts';

const definedKeys = (body: Record<string, unknown>) => Object.keys(body).filter((key) => body[key] !== undefined);

/**
 * A service's page (public) and the coordinators' writes. Coordinators of the service's territory also see a
 * secret address; that answer is marked private so no shared cache keeps it.
 */
export const serviceRoutes = createRouter()
  .get('/:id', validate('param', IdParams), async (c) => {
    const db = c.var.db;
    const row = await findService(db, c.req.valid('param').id);
    if (!row) throw notFound('Service');
    const manager = await can(db, c.var.actor, { to: 'manage_territory', territoryId: row.territoryId });
    if (manager) c.header('Cache-Control', 'private, no-store');
    return c.json({ service: await serviceDetail(db, row, manager) }, 200);
  })
  .post('/', validate('json', ServiceCreateBody), async (c) => {
    const db = c.var.db;
    const body = c.req.valid('json');
    const territory = await findTerritory(db, body.territory);
    if (!territory) throw invalidFields([{ field: 'json.territory', message: 'no such territory' }]);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    await checkServiceReferences(db, body);
    const id = body.id ?? uuidv7();
    if (await db.query.services.findFirst({ where: eq(services.id, id), columns: { id: true } })) {
      throw conflict('json.id', 'a service with this id exists');
    }
    const { territory: _territory, id: _id, forms, clientGroups, municipalityIds, ...fields } = body;
    c.set('audit', { ...c.var.audit, entity: 'service', entityId: id, fields: definedKeys(body).filter((k) => k !== 'territory') });
    await runWrites(db, [
      db.insert(services).values({ ...fields, id, territoryId: territory.id, source: 'manual' }),
      ...replaceLinkStatements(db, id, { forms, clientGroups, municipalityIds }),
    ]);
    c.header('Cache-Control', 'private, no-store');
    return c.json({ service: await serviceDetail(db, (await findService(db, id))!, true) }, 201);
  })
  .patch('/:id', validate('param', IdParams), validate('json', ServicePatchBody), async (c) => {
    const db = c.var.db;
    const row = await findService(db, c.req.valid('param').id);
    if (!row) throw notFound('Service');
    await authorize(c, { to: 'manage_territory', territoryId: row.territoryId });
    if (row.retiredAt) throw new ApiError(409, 'retired', 'The service is retired; it can no longer be edited');
    const body = c.req.valid('json');
    await checkServiceReferences(db, body, row);
    const { forms, clientGroups, municipalityIds, ...fields } = body;
    const changes = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    c.set('audit', { ...c.var.audit, entity: 'service', entityId: row.id, fields: definedKeys(body) });
    // The row is touched even when only links change: its seq must rise for the snapshot deltas to carry them.
    await runWrites(db, [
      db.update(services).set({ ...changes, updatedAt: Date.now() }).where(eq(services.id, row.id)),
      ...replaceLinkStatements(db, row.id, { forms, clientGroups, municipalityIds }),
    ]);
    c.header('Cache-Control', 'private, no-store');
    return c.json({ service: await serviceDetail(db, (await findService(db, row.id))!, true) }, 200);
  })
  .post('/:id/retire', validate('param', IdParams), async (c) => {
    const db = c.var.db;
    const row = await findService(db, c.req.valid('param').id);
    if (!row) throw notFound('Service');
    await authorize(c, { to: 'manage_territory', territoryId: row.territoryId });
    c.set('audit', { ...c.var.audit, entity: 'service', entityId: row.id, fields: ['retiredAt'] });
    if (!row.retiredAt) await db.update(services).set({ retiredAt: Date.now() }).where(eq(services.id, row.id));
    c.header('Cache-Control', 'private, no-store');
    return c.json({ service: await serviceDetail(db, (await findService(db, row.id))!, true) }, 200);
  });
