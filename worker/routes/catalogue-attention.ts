import { TerritoryParams } from '../../schema/api/territories.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import { servicesNeedingAttention } from '../db/catalogue-attention.ts';
import { catalogueTerritoryIds } from '../db/catalogue-scope.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import { validate } from '../validation.ts';

/** The coordinators' work list: live services missing contacts or municipalities, stale, or with a registration ending. */
export const catalogueAttentionRoutes = createRouter().get('/:territory/catalogue/attention', validate('param', TerritoryParams), async (c) => {
  const db = c.var.db;
  const territory = await requireTerritory(db, c.req.valid('param').territory);
  await authorize(c, { to: 'manage_territory', territoryId: territory.id });
  const services = await servicesNeedingAttention(db, await catalogueTerritoryIds(db, territory.id));
  c.header('Cache-Control', 'private, no-store');
  return c.json({ territory: { id: territory.id, slug: territory.slug, name: territory.name }, services }, 200);
});
