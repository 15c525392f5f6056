import { GapsQuery, IdParams, TerritoryPlanParams } from '../../schema/api/plans.ts';
import { createRouter } from '../app.ts';
import { canSeeDrafts, findPlan, PUBLIC_STATUSES, requireVisiblePlan } from '../db/plan-access.ts';
import { territoryGaps } from '../db/plan-gaps.ts';
import { planMonitoring } from '../db/plan-reports.ts';
import { invalid } from '../db/plan-rules.ts';
import { planSummary } from '../db/plan-snapshot.ts';
import { listTerritoryPlans } from '../db/plans.ts';
import { requireTerritory } from '../db/territory-lookup.ts';
import { validate } from '../validation.ts';

/** Monitoring of a plan over its period, and the gaps between the catalogue and the plan of a territory. */
export const monitoringRoutes = createRouter()
  .get('/plans/:id/monitoring', validate('param', IdParams), async (c) => {
    const plan = await requireVisiblePlan(c, c.req.valid('param').id);
    return c.json(await planMonitoring(c.var.db, plan), 200);
  })
  .get('/territories/:territory/gaps', validate('param', TerritoryPlanParams), validate('query', GapsQuery), async (c) => {
    const db = c.var.db;
    const territory = await requireTerritory(db, c.req.valid('param').territory);
    const requested = c.req.valid('query').plan;
    let plan;
    if (requested) {
      const found = await findPlan(db, requested);
      if (!found || found.territoryId !== territory.id) invalid([{ field: 'query.plan', message: 'is not a plan of this territory' }]);
      plan = await requireVisiblePlan(c, found.id);
    } else {
      // Without ?plan: the plan in force (the newest approved), else the newest the caller may see.
      const visible = await listTerritoryPlans(db, territory.id, await canSeeDrafts(c, territory.id));
      const chosen = visible.find((p) => p.status === 'approved') ?? visible.find((p) => PUBLIC_STATUSES.includes(p.status)) ?? visible[0];
      plan = chosen ? await findPlan(db, chosen.id) : undefined;
    }
    const gaps = await territoryGaps(db, territory.id, plan?.id ?? null);
    return c.json({ territory: { id: territory.id, slug: territory.slug, name: territory.name }, plan: plan ? planSummary(plan) : null, ...gaps }, 200);
  });
