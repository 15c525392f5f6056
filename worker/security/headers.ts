import type { MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';

/** Only the app's own origin, for the API's responses; pwa/public/_headers says the same for the static files. */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'"],
    imgSrc: ["'self'", 'data:'],
    connectSrc: ["'self'"],
    fontSrc: ["'self'"],
    manifestSrc: ["'self'"],
    workerSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
  },
  referrerPolicy: 'strict-origin-when-cross-origin',
  crossOriginResourcePolicy: 'same-origin',
});

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Hono's csrf() checks only form-like content types, so JSON writes get the same test here: a browser request
 * that says it comes from elsewhere (Origin or Sec-Fetch-Site) is refused. Requests with neither header are not
 * from a browser page and carry no ambient cookie of a victim.
 */
const crossSiteJson: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (UNSAFE.has(c.req.method)) {
    const origin = c.req.header('origin');
    const site = c.req.header('sec-fetch-site');
    const ownOrigin = new URL(c.req.url).origin;
    const foreignOrigin = origin !== undefined && origin !== ownOrigin;
    const foreignSite = site !== undefined && site !== 'same-origin' && site !== 'none';
    if (foreignOrigin || foreignSite) throw new ApiError(403, 'cross_site_request', 'Cross-site requests may not change anything');
  }
  await next();
};

export const crossSiteProtection: MiddlewareHandler<AppEnv>[] = [crossSiteJson, csrf()];
