import { drizzle } from 'drizzle-orm/d1';
import { Hono } from 'hono';
import * as tables from '../schema/tables.ts';
import { auditedWrites } from './auth/audit.ts';
import { guardWrites, loadActor } from './auth/middleware.ts';
import { guardedD1 } from './db/guarded-d1.ts';
import type { AppEnv } from './env.ts';
import { errorBody, handleError } from './errors.ts';
import { crossSiteProtection, privateByDefault, securityHeaders } from './security/headers.ts';

/** A sub-app for one resource; mounted by `createApp` so all of them share the error handling. */
export const createRouter = () => new Hono<AppEnv>();

export function createApp() {
  return new Hono<AppEnv>()
    .use('/api/*', securityHeaders, privateByDefault, ...crossSiteProtection)
    .use('/api/*', async (c, next) => {
      c.set('systemDb', drizzle(c.env.DB, { schema: tables }));
      c.set('db', drizzle(guardedD1(c.env.DB, auditedWrites(c)), { schema: tables }));
      await next();
    })
    .use('/api/*', loadActor, guardWrites)
    .notFound((c) => c.json(errorBody('not_found', `No API route ${c.req.method} ${new URL(c.req.url).pathname}`), 404))
    .onError(handleError);
}
