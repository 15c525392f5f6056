import { createApp } from './app.ts';
import type { Bindings } from './env.ts';
import { accountRoutes } from './routes/account.ts';
import { actionPlanRoutes } from './routes/action-plans.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { regionCalendarRoutes, territoryCalendarRoutes } from './routes/calendar.ts';
import { catalogueRoutes } from './routes/catalogue.ts';
import { catalogueAttentionRoutes } from './routes/catalogue-attention.ts';
import { catalogueSnapshotRoutes } from './routes/catalogue-snapshot.ts';
import { documentRoutes, territoryDocumentRoutes } from './routes/documents.ts';
import { evaluationRoutes } from './routes/evaluations.ts';
import { healthRoutes } from './routes/health.ts';
import { hearingRoutes } from './routes/hearings.ts';
import { hsdsRoutes } from './routes/hsds.ts';
import { invitationRoutes, territoryInvitationRoutes } from './routes/invitations.ts';
import { monitoringRoutes } from './routes/monitoring.ts';
import { planStructureRoutes } from './routes/plan-structure.ts';
import { planRoutes } from './routes/plans.ts';
import { projectRoutes, territoryProjectRoutes } from './routes/projects.ts';
import { planSettlementRoutes, publicHearingRoutes } from './routes/public-hearings.ts';
import { providerRoutes } from './routes/providers.ts';
import { regionRoutes } from './routes/region.ts';
import { registryCodeRoutes } from './routes/registry-codes.ts';
import { registryImportRoutes } from './routes/registry-import.ts';
import { registrySourceRoutes } from './routes/registry-source.ts';
import { scheduled } from './scheduled.ts';
import { serviceRoutes } from './routes/services.ts';
import { territoryMemberRoutes } from './routes/territory-members.ts';
import { regionOverviewRoutes, territoryOverviewRoutes } from './routes/territory-overview.ts';
import { syncRoutes } from './routes/sync.ts';
import { groupRoutes, peopleRoutes, territoryGroupRoutes } from './routes/groups.ts';
import { meetingRoutes, territoryMeetingRoutes } from './routes/meetings.ts';
import { minutesRoutes } from './routes/minutes.ts';
import { regionGeographyRoutes } from './routes/geography-regions.ts';
import { territoryGeographyRoutes } from './routes/geography-territories.ts';
import { municipalityRoutes } from './routes/municipalities.ts';
import { pageRoutes } from './routes/pages.ts';
import { territoryRoutes } from './routes/territories.ts';

const app = createApp()
  .route('/api/health', healthRoutes)
  .route('/api/auth', authRoutes)
  .route('/api/account', accountRoutes)
  .route('/api/admin', adminRoutes)
  .route('/api/invitations', invitationRoutes)
  .route('/api/territories', territoryRoutes)
  .route('/api/territories', territoryMemberRoutes)
  .route('/api/territories', territoryInvitationRoutes)
  .route('/api/territories', territoryOverviewRoutes)
  .route('/api/territories', territoryProjectRoutes)
  .route('/api/territories', territoryDocumentRoutes)
  .route('/api/territories', territoryCalendarRoutes)
  .route('/api/regions', regionOverviewRoutes)
  .route('/api/regions', regionCalendarRoutes)
  .route('/api/projects', projectRoutes)
  .route('/api/documents', documentRoutes)
  .route('/api/territories', territoryGroupRoutes)
  .route('/api/territories', territoryMeetingRoutes)
  .route('/api/groups', groupRoutes)
  .route('/api/people', peopleRoutes)
  .route('/api/meetings', meetingRoutes)
  .route('/api/meetings', minutesRoutes)
  .route('/api/sync', syncRoutes)
  .route('/api/hearings', hearingRoutes)
  .route('/api/public-hearings', publicHearingRoutes)
  .route('/api', planSettlementRoutes)
  .route('/api', catalogueRoutes)
  .route('/api/territories', catalogueSnapshotRoutes)
  .route('/api/territories', catalogueAttentionRoutes)
  .route('/api/territories', registryImportRoutes)
  .route('/api/territories', registrySourceRoutes)
  .route('/api/registry-codes', registryCodeRoutes)
  .route('/api/territories', hsdsRoutes)
  .route('/api/services', serviceRoutes)
  .route('/api/providers', providerRoutes)
  .route('/api', planRoutes)
  .route('/api', planStructureRoutes)
  .route('/api', actionPlanRoutes)
  .route('/api', evaluationRoutes)
  .route('/api', monitoringRoutes)
  .route('/api', regionRoutes)
  .route('/api/regions', regionGeographyRoutes)
  .route('/api/territories', territoryGeographyRoutes)
  .route('/api/municipalities', municipalityRoutes)
  // The pages a citizen lands on, with their first screen drawn in (issue 15): the only routes outside /api.
  .route('/', pageRoutes(callOwnApi));

/** The API called from inside the Worker, for the prerendered pages; a function, so `app` can be used before it is. */
function callOwnApi(request: Request, env: Bindings, ctx: ExecutionContext | undefined): Promise<Response> {
  return Promise.resolve(app.fetch(request, env, ctx));
}

/** The API's type, for the PWA's typed `hc` client. */
export type AppType = typeof app;

/**
 * The API for requests (`fetch`), and the daily registry import (`scheduled`, wrangler.toml `[triggers]`). The Hono
 * app itself stays the default export, with `scheduled` added, so the tests and scripts that read `app.routes` keep
 * working; to workerd it is the same as `{ fetch: app.fetch, scheduled }`.
 */
const worker: typeof app & Required<Pick<ExportedHandler<Bindings>, 'scheduled'>> = Object.assign(app, { scheduled });

export default worker;
