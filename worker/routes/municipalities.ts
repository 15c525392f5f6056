import { and, eq, isNull } from 'drizzle-orm';
import { MunicipalityParams, MunicipalityPatchBody } from '../../schema/api/geography.ts';
import { municipalities } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import { codeTaken, conflict, municipalityView, requireMunicipality, servicesServing } from '../db/geography.ts';
import { validate } from '../validation.ts';

/**
 * One municipality (obec). Retiring one (merged into another, say) keeps it for history, drops it from every list
 * and picker, and is refused while a live service still serves it.
 */
export const municipalityRoutes = createRouter()
  .get('/:id', validate('param', MunicipalityParams), async (c) => {
    const municipality = await requireMunicipality(c.var.db, c.req.valid('param').id);
    return c.json({ municipality: await municipalityView(c.var.db, municipality.id) }, 200);
  })
  .patch('/:id', validate('param', MunicipalityParams), validate('json', MunicipalityPatchBody), async (c) => {
    await authorize(c, { to: 'administer' });
    const db = c.var.db;
    const municipality = await requireMunicipality(db, c.req.valid('param').id);
    const { retired, ...changes } = c.req.valid('json');
    if (changes.code && (await codeTaken(db, changes.code, municipality.id))) throw conflict('json.code', `municipality ${changes.code} already exists`);
    if (retired === true && municipality.retiredAt === null) {
      const serving = await servicesServing(db, municipality.id);
      if (serving.length > 0) {
        throw conflict('json.retired', `still served by live services: ${serving.map((s) => s.name).join(', ')}; change their area first`);
      }
    }
    const retiredAt = retired === undefined ? {} : { retiredAt: retired ? (municipality.retiredAt ?? Date.now()) : null };
    c.set('audit', { ...c.var.audit, entity: 'municipality', entityId: municipality.id, fields: Object.keys(c.req.valid('json')) });
    await db.update(municipalities).set({ ...changes, ...retiredAt }).where(eq(municipalities.id, municipality.id));
    return c.json({ municipality: await municipalityView(db, municipality.id) }, 200);
  })
  .delete('/:id', validate('param', MunicipalityParams), async (c) => {
    await authorize(c, { to: 'administer' });
    const db = c.var.db;
    const municipality = await requireMunicipality(db, c.req.valid('param').id);
    const serving = await servicesServing(db, municipality.id);
    if (serving.length > 0) {
      throw conflict('id', `still served by live services: ${serving.map((s) => s.name).join(', ')}; change their area first`);
    }
    c.set('audit', { ...c.var.audit, entity: 'municipality', entityId: municipality.id, fields: ['retiredAt'] });
    await db
      .update(municipalities)
      .set({ retiredAt: Date.now() })
      .where(and(eq(municipalities.id, municipality.id), isNull(municipalities.retiredAt)));
    return c.json({ municipality: await municipalityView(db, municipality.id) }, 200);
  });
