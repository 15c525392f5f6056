import { drizzle } from 'drizzle-orm/d1';
import { Hono } from 'hono';
import * as tables from '../schema/tables.ts';
import { auditedWrites } from './auth/audit.ts';
import { forgetSequenceAfterWrites } from './cache/public-cache.ts';
import { guardWrites, loadActor } from './auth/middleware.ts';
import { d1Session } from './db/d1-session.ts';
import { guardedD1 } from './db/guarded-d1.ts';
import type { AppEnv } from './env.ts';
import { errorBody, handleError } from './errors.ts';
import { crossSiteProtection, privateByDefault, securityHeaders } from './security/headers.ts';

/** A sub-app for one resource; mounted by `createApp` so all of them share the error handling. */
export const createRouter = () => new Hono<AppEnv>();

export function createApp() {
  return new Hono<AppEnv>()
    .use('/api/*', securityHeaders, privateByDefault, ...crossSiteProtection)
    .use('/api/*', forgetSequenceAfterWrites, d1Session, async (c, next) => {
      c.set('systemDb', drizzle(c.var.d1, { schema: tables }));
      c.set('db', drizzle(guardedD1(c.var.d1, auditedWrites(c)), { schema: tables }));
      await next();
    })
    .use('/api/*', loadActor, guardWrites)
    .notFound((c) => c.json(errorBody('not_found', `No API route ${c.req.method} ${new URL(c.req.url).pathname}`), 404))
    .onError(handleError);
}
