import { asc, eq } from 'drizzle-orm';
import { RegionParams, TerritoryOverviewParams, TerritoryProfilePatchBody } from '../../schema/api/territory-overview.ts';
import { regions, territories } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import { regionOverview, requireTerritoryProfile, territoryOverview } from '../db/territory-overview.ts';
import { validate } from '../validation.ts';

/** The public page of a territory, and what its coordinators publish on it. */
export const territoryOverviewRoutes = createRouter()
  .get('/:territory/overview', validate('param', TerritoryOverviewParams), async (c) => {
    return c.json(await territoryOverview(c.var.db, c.req.valid('param').territory), 200);
  })
  .patch('/:territory/profile', validate('param', TerritoryOverviewParams), validate('json', TerritoryProfilePatchBody), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritoryProfile(db, c.req.valid('param').territory);
    await authorize(c, { to: 'manage_territory', territoryId: territory.id });
    const changes = c.req.valid('json');
    c.set('audit', { ...c.var.audit, entity: 'territory', entityId: territory.id, fields: Object.keys(changes) });
    await db.update(territories).set(changes).where(eq(territories.id, territory.id));
    return c.json({ territory: await requireTerritoryProfile(db, territory.id) }, 200);
  });

/** The regions, so the home page can link each region page; then each region with the state of its territories. */
export const regionOverviewRoutes = createRouter()
  .get('/', async (c) => {
    const list = await c.var.db.select({ code: regions.code, name: regions.name }).from(regions).orderBy(asc(regions.name));
    return c.json({ regions: list }, 200);
  })
  .get('/:code/overview', validate('param', RegionParams), async (c) => {
    return c.json(await regionOverview(c.var.db, c.req.valid('param').code), 200);
  });
