import { createApp } from './app.ts';
import { healthRoutes } from './routes/health.ts';
import { territoryRoutes } from './routes/territories.ts';

const app = createApp().route('/api/health', healthRoutes).route('/api/territories', territoryRoutes);

/** The API's type, for the PWA's typed `hc` client. */
export type AppType = typeof app;

export default app;
