import type { TestProject } from 'vitest/node';
import { startApp } from './server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** where the app under test answers, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /** the served copy of pwa/dist */
    assetsDir: string;
    /** whether the demo data was loaded (scripts/seed.ts existed) */
    seeded: boolean;
  }
}

export default async function setup(project: TestProject) {
  const app = await startApp();
  project.provide('baseUrl', app.baseUrl);
  project.provide('assetsDir', app.assetsDir);
  project.provide('seeded', app.seeded);
  return app.stop;
}
