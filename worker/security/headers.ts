import type { Context, MiddlewareHandler } from 'hono';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { publicRoute } from '../../schema/cache-policy.ts';
import type { AppEnv } from '../env.ts';
import { ApiError } from '../errors.ts';

const CONTENT_SECURITY_POLICY = {
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
};

/** Only the app's own origin, for the API's responses; pwa/public/_headers says the same for the static files. */
export const securityHeaders = secureHeaders({
  contentSecurityPolicy: CONTENT_SECURITY_POLICY,
  referrerPolicy: 'strict-origin-when-cross-origin',
  crossOriginResourcePolicy: 'same-origin',
});

/**
 * The same policy for a prerendered page (worker/routes/pages.ts), which carries its first screen's stylesheet and the
 * script that starts the app inline: those two are allowed by their hashes, no other inline style or script is.
 */
export const pageSecurityHeaders = ({ styleHash, scriptHash }: { styleHash: string; scriptHash: string }) =>
  secureHeaders({
    contentSecurityPolicy: {
      ...CONTENT_SECURITY_POLICY,
      scriptSrc: ["'self'", `'sha256-${scriptHash}'`],
      styleSrc: ["'self'", `'sha256-${styleHash}'`],
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

const PRIVATE = 'private, no-store';

/** Changes the answer's headers; a response built elsewhere (a fetched R2 object, a redirect) may have headers that
 * cannot change, and is then copied first. */
export function changeResponseHeaders(c: Context<AppEnv>, change: (headers: Headers) => void) {
  try {
    change(c.res.headers);
  } catch {
    c.res = new Response(c.res.body, c.res);
    change(c.res.headers);
  }
}

/**
 * Private by default: an answer is marked `private, no-store` (no shared cache, no copy on the device) unless
 * schema/cache-policy.ts lists its route as public, for everyone or for requests without a session. A route's own
 * public policy stands (the code lists, the published minutes); a route's own non-public one becomes the strict one.
 * A request carries a session when it sends any cookie: the app sets no other, and an expired session's 401 is as
 * personal as the answer it replaces.
 */
export const privateByDefault: MiddlewareHandler<AppEnv> = async (c, next) => {
  await next();
  const route = publicRoute(c.req.method, new URL(c.req.url).pathname);
  const carriesSession = c.req.header('cookie') !== undefined || c.get('actor') != null;
  const headers = () => {
    changeResponseHeaders(c, (h) => h.set('x-content-type-options', 'nosniff'));
    return c.res.headers;
  };
  if (route?.sameFor === 'anonymous' && !/\bcookie\b/i.test(c.res.headers.get('vary') ?? '')) headers().append('vary', 'Cookie');
  const isPublic = route !== undefined && (route.sameFor === 'everyone' || !carriesSession);
  if (isPublic) return;
  if (/\bpublic\b/i.test(c.res.headers.get('cache-control') ?? '')) return;
  headers().set('cache-control', PRIVATE);
};
