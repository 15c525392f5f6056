import { TerritoryListQuery, TerritoryParams } from '../../schema/api/territories.ts';
import { createRouter } from '../app.ts';
import { findTerritory, listTerritories } from '../db/territories.ts';
import { notFound } from '../errors.ts';
import { validate } from '../validation.ts';

export const territoryRoutes = createRouter()
  .get('/', validate('query', TerritoryListQuery), async (c) => {
    const territories = await listTerritories(c.var.db, c.req.valid('query'));
    return c.json({ territories }, 200);
  })
  .get('/:territory', validate('param', TerritoryParams), async (c) => {
    const territory = await findTerritory(c.var.db, c.req.valid('param').territory);
    if (!territory) throw notFound('Territory');
    return c.json({ territory }, 200);
  });
