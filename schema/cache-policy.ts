/**
 * Which API answers are public, for the Worker (which marks everything else `Cache-Control: private, no-store`) and
 * the service worker (which keeps offline copies of these answers only). A route that is not listed here is private:
 * a route added later needs no line anywhere to stay out of every cache; listing it is the decision to share it.
 */
export type PublicRoute = {
  /** the route as the Worker names it (Hono's pattern, `/api/territories/:territory/overview`) */
  route: string;
  /**
   * - everyone: the answer is the same whoever asks (a coordinator's secret address is marked private by its route)
   * - anonymous: signed-in people may get more (drafts, private documents, internal meetings), so only an answer to a
   *   request without a session is public; with a session it is private
   */
  sameFor: 'everyone' | 'anonymous';
  /** the service worker keeps the last answer for offline use (not for big or binary answers kept elsewhere) */
  offline: boolean;
};

const everyone = (route: string, offline = true): PublicRoute => ({ route, sameFor: 'everyone', offline });
const anonymous = (route: string, offline = true): PublicRoute => ({ route, sameFor: 'anonymous', offline });

export const PUBLIC_ROUTES: readonly PublicRoute[] = [
  everyone('/api/health', false),
  everyone('/api/code-lists'),
  everyone('/api/territories'),
  everyone('/api/territories/:territory'),
  everyone('/api/territories/:territory/overview'),
  everyone('/api/territories/:territory/groups'),
  everyone('/api/territories/:territory/projects'),
  everyone('/api/projects/:id'),
  // the catalogue page keeps its own copy in IndexedDB and updates it by deltas: a second copy would be megabytes
  everyone('/api/territories/:territory/catalogue', false),
  everyone('/api/territories/:territory/catalogue.csv', false),
  everyone('/api/catalogue/search', false),
  everyone('/api/territories/:territory/hsds', false),
  everyone('/api/territories/:territory/hsds/', false),
  everyone('/api/territories/:territory/hsds/services', false),
  everyone('/api/territories/:territory/hsds/services/:id', false),
  everyone('/api/territories/:territory/hsds/organizations', false),
  everyone('/api/services/:id'),
  everyone('/api/providers/:id'),
  everyone('/api/territories/:territory/calendar.ics', false),
  everyone('/api/regions'),
  everyone('/api/regions/:code/overview'),
  everyone('/api/regions/:code/plans'),
  everyone('/api/regions/:code/plans.csv', false),
  everyone('/api/regions/:code/calendar.ics', false),
  everyone('/api/meetings/:id/minutes'),
  everyone('/api/plans/:id/settlement'),
  anonymous('/api/territories/:territory/plans'),
  anonymous('/api/plans/:id'),
  anonymous('/api/plans/:id/diff'),
  anonymous('/api/plans/:id/snapshot', false),
  anonymous('/api/plans/:id/export', false),
  anonymous('/api/activities/:id'),
  anonymous('/api/plans/:id/action-plans'),
  anonymous('/api/plans/:id/action-plans/:year'),
  anonymous('/api/activities/:id/evaluations'),
  anonymous('/api/plans/:id/evaluation-report/:year'),
  anonymous('/api/plans/:id/monitoring'),
  anonymous('/api/territories/:territory/gaps'),
  anonymous('/api/territories/:territory/documents'),
  anonymous('/api/documents/:id'),
  anonymous('/api/documents/:id/file', false),
  anonymous('/api/territories/:territory/meetings'),
];

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = PUBLIC_ROUTES.map((route) => ({
  route,
  test: new RegExp(`^${route.route.split('/').map((part) => (part.startsWith(':') ? '[^/]+' : escape(part))).join('/')}$`),
}));

/** The public route a GET of this path reaches, or undefined: then the answer is private. */
export function publicRoute(method: string, pathname: string): PublicRoute | undefined {
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  return patterns.find((pattern) => pattern.test.test(pathname))?.route;
}

/** Whether an answer's Cache-Control lets a copy of it be kept on the device at all. */
export const mayBeKept = (cacheControl: string | null) => !/\b(private|no-store)\b/i.test(cacheControl ?? '');
