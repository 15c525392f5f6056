import { createApp } from './app.ts';
import { accountRoutes } from './routes/account.ts';
import { adminRoutes } from './routes/admin.ts';
import { authRoutes } from './routes/auth.ts';
import { healthRoutes } from './routes/health.ts';
import { invitationRoutes, territoryInvitationRoutes } from './routes/invitations.ts';
import { territoryMemberRoutes } from './routes/territory-members.ts';
import { territoryRoutes } from './routes/territories.ts';

const app = createApp()
  .route('/api/health', healthRoutes)
  .route('/api/auth', authRoutes)
  .route('/api/account', accountRoutes)
  .route('/api/admin', adminRoutes)
  .route('/api/invitations', invitationRoutes)
  .route('/api/territories', territoryRoutes)
  .route('/api/territories', territoryMemberRoutes)
  .route('/api/territories', territoryInvitationRoutes);

/** The API's type, for the PWA's typed `hc` client. */
export type AppType = typeof app;

export default app;
