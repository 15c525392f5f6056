import { PlanSettlementParams, PublicHearingParams, type PlanSettlement } from '../../schema/api/hearings.ts';
import { SyncPushBody, type PushResponse } from '../../schema/api/sync.ts';
import { createRouter } from '../app.ts';
import { allowPublicWrite } from '../auth/policy.ts';
import { planSettlements } from '../db/hearing-comments.ts';
import { publicHearing, requireHearingByCode } from '../db/hearings.ts';
import { requireVisiblePlan } from '../db/plan-access.ts';
import { rateLimit } from '../security/rate-limit.ts';
import { hearingSyncModules } from '../sync/hearings.ts';
import { pushChanges } from '../sync/push.ts';
import { validate } from '../validation.ts';

const MINUTE = 60_000;
/**
 * Per address and hearing. A room of sixty on one Wi-Fi polling the page every five seconds is 720 a minute; the
 * push carries a whole outbox per request, so a room needs far fewer of those.
 */
export const PUBLIC_PAGE_LIMIT = { scope: 'hearing_page', limit: 1500, windowMs: MINUTE };
export const PUBLIC_PUSH_LIMIT = { scope: 'hearing_push', limit: 200, windowMs: MINUTE };

/** The hearing's page and push for people without an account: the phones' link and the tablet kiosk. */
export const publicHearingRoutes = createRouter()
  .get('/:code', validate('param', PublicHearingParams), rateLimit(PUBLIC_PAGE_LIMIT, 'code'), async (c) => {
    const hearing = await requireHearingByCode(c.var.db, c.req.valid('param').code);
    c.header('cache-control', 'no-store');
    return c.json(await publicHearing(c.var.db, hearing), 200);
  })
  /** The sync push (schema/api/sync.ts) with the hearing's own modules only; whoever is signed in, nobody acts as them. */
  .post('/:code/sync/push', validate('param', PublicHearingParams), rateLimit(PUBLIC_PUSH_LIMIT, 'code'), validate('json', SyncPushBody), async (c) => {
    allowPublicWrite(c);
    const hearing = await requireHearingByCode(c.var.db, c.req.valid('param').code);
    const note = (fields: string[]) => c.set('audit', { ...c.var.audit, entity: 'hearing_push', entityId: hearing.id, territoryId: hearing.territoryId, fields });
    note([]);
    const { results, appliedEntities } = await pushChanges(c.var.db, null, c.req.valid('json'), hearingSyncModules(hearing), note);
    // a push that applied nothing wrote nothing: its audit row is written at the end, with this note
    note(appliedEntities);
    const response: PushResponse = { results };
    return c.json(response, 200);
  });

/** The settlement of comments (vypořádání připomínek) is published with the plan. */
export const planSettlementRoutes = createRouter().get('/plans/:id/settlement', validate('param', PlanSettlementParams), async (c) => {
  const plan = await requireVisiblePlan(c, c.req.valid('param').id);
  const response: PlanSettlement = { plan: { id: plan.id, title: plan.title }, hearings: await planSettlements(c.var.db, plan.id) };
  c.header('cache-control', 'public, max-age=300');
  return c.json(response, 200);
});
