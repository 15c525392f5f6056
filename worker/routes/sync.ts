import type { PullResponse, PushResponse } from '../../schema/api/sync.ts';
import { SyncPullQuery, SyncPushBody } from '../../schema/api/sync.ts';
import { createRouter } from '../app.ts';
import { requireActor } from '../auth/policy.ts';
import { meetingSyncModules } from '../sync/modules.ts';
import { pullChanges } from '../sync/pull.ts';
import { pushChanges } from '../sync/push.ts';
import { validate } from '../validation.ts';

/** The PWA's outbox and its pull of meetings and minutes; the contract is in schema/api/sync.ts. */
export const syncRoutes = createRouter()
  .post('/push', validate('json', SyncPushBody), async (c) => {
    // The session is checked here; each change is authorized on its own by its module (a push may mix groups).
    const actor = requireActor(c);
    const body = c.req.valid('json');
    const note = (fields: string[]) => c.set('audit', { ...c.var.audit, entity: 'sync_push', fields });
    note([]);
    const { results, appliedEntities } = await pushChanges(c.var.db, actor, body, meetingSyncModules, note);
    // a push that applied nothing wrote nothing: its audit row is written at the end, with this note
    note(appliedEntities);
    const response: PushResponse = { results };
    return c.json(response, 200);
  })
  .get('/pull', validate('query', SyncPullQuery), async (c) => {
    const actor = requireActor(c);
    const { since, limit } = c.req.valid('query');
    const response: PullResponse = await pullChanges(c.var.db, actor, since, limit);
    c.header('cache-control', 'no-store');
    return c.json(response, 200);
  });
