import type { Context } from 'hono';
import { createRouter } from '../app.ts';
import type { AppEnv, Bindings } from '../env.ts';
import { html } from 'hono/html';
import { builtApp, screenHead } from '../prerender/assets.ts';
import { type Html, prerenderedPage, words } from '../prerender/layout.ts';
import { type CatalogueAnswer, type RegionEntry, type ServiceEntry, type TerritoryEntry, catalogueScreen, homeScreen, serviceScreen } from '../prerender/screens.ts';
import { pageSecurityHeaders, securityHeaders } from '../security/headers.ts';
import { FIRST_SCREENS } from '../../schema/first-screens.ts';

/** The Worker's own API, called in-process: a prerendered page reads exactly what the PWA would read, caches included. */
export type ApiFetch = (request: Request, env: Bindings, ctx: ExecutionContext | undefined) => Promise<Response>;

type FirstScreen = { screen: string; title?: string; main: Html; territoriesActive: boolean };

/** The three pages a citizen lands on from a search engine or a shared link; every other path is the plain app. */
export const pageRoutes = (apiFetch: ApiFetch) => {
  const api = async <T>(c: Context<AppEnv>, path: string): Promise<T | undefined> => {
    const response = await apiFetch(new Request(new URL(path, c.req.url)), c.env, executionContext(c));
    return response.ok ? ((await response.json()) as T) : undefined;
  };

  return createRouter()
    .get('/', (c) =>
      prerendered(c, async () => {
        const [territories, regions] = await Promise.all([
          api<{ territories: TerritoryEntry[] }>(c, '/api/territories?topLevel=true'),
          api<{ regions: RegionEntry[] }>(c, '/api/regions'),
        ]);
        if (!territories) return undefined;
        return { screen: FIRST_SCREENS.home, main: homeScreen(territories.territories, regions?.regions ?? []), territoriesActive: true };
      }),
    )
    .get('/uzemi/:slug/katalog', (c) =>
      prerendered(c, async () => {
        // A shared search (?q=…&skupina=…) is the app's to answer: its words need the search index, which is the PWA's.
        if (new URL(c.req.url).search) return undefined;
        const slug = c.req.param('slug');
        const catalogue = await api<CatalogueAnswer>(c, `/api/territories/${encodeURIComponent(slug)}/catalogue`);
        if (!catalogue) return undefined;
        return {
          screen: FIRST_SCREENS.catalogue,
          title: `${words.catalogue.heading} – ${catalogue.territory.name}`,
          main: catalogueScreen(slug, catalogue, new Date()),
          territoriesActive: true,
        };
      }),
    )
    .get('/sluzby/:id', (c) =>
      prerendered(c, async () => {
        const id = c.req.param('id');
        const found = await api<{ service: { territory?: { slug: string } | null } }>(c, `/api/services/${encodeURIComponent(id)}`);
        const slug = found?.service.territory?.slug;
        const catalogue = slug ? await api<CatalogueAnswer>(c, `/api/territories/${encodeURIComponent(slug)}/catalogue`) : undefined;
        const service = catalogue?.services.find((s: ServiceEntry) => s.id === id);
        if (!catalogue || !service) return undefined;
        return { screen: FIRST_SCREENS.service, title: service.name, main: serviceScreen(catalogue, service, new Date()), territoriesActive: false };
      }),
    );
};

function executionContext(c: Context<AppEnv>): ExecutionContext | undefined {
  try {
    return c.executionCtx as ExecutionContext;
  } catch {
    return undefined; // app.request() in a test passes none
  }
}

/**
 * The app's index.html with the first screen drawn in and its stylesheets inline (no second round trip before the
 * first paint). Whatever cannot be drawn (an unknown territory, a failing read, no build) gets
 * the plain index.html, which the app handles as it always has: a page load never fails because of the prerender.
 */
async function prerendered(c: Context<AppEnv>, draw: () => Promise<FirstScreen | undefined>): Promise<Response> {
  const origin = new URL(c.req.url).origin;
  const app = await builtApp(c.env, origin);
  if (!app) return plainApp(c);
  let first: FirstScreen | undefined;
  try {
    first = await draw();
  } catch (error) {
    console.warn('prerender failed, serving the plain app', error);
  }
  const head = first && (await screenHead(app, first.screen));
  if (!first || !head) return htmlPage(c, app.indexHtml);
  const body = String(await prerenderedPage(new URL(c.req.url).pathname, first.main, { territoriesActive: first.territoriesActive }));
  const title = first.title ? String(await html`${first.title} – ${words.app.name}`) : undefined;
  const rewritten = new HTMLRewriter()
    .on('head', { element: (element) => void element.append(`<style>${head.style.text}</style>`, { html: true }) })
    // inline above: a stylesheet link would hold the first paint for another round trip
    .on('link[rel="stylesheet"]', { element: (element) => void element.remove() })
    // the boot script below starts the app after the first paint
    .on('script[type="module"][src]', { element: (element) => void element.remove() })
    .on('body', { element: (element) => void element.append(`<script>${head.boot.text}</script>`, { html: true }) })
    .on('title', { element: (element) => void (title && element.setInnerContent(title, { html: true })) })
    .on('div#app', { element: (element) => void element.setInnerContent(body, { html: true }) })
    .transform(new Response(app.indexHtml));
  return htmlPage(c, await rewritten.text(), { styleHash: head.style.hash, scriptHash: head.boot.hash });
}

async function plainApp(c: Context<AppEnv>): Promise<Response> {
  try {
    return await c.env.ASSETS.fetch(new URL('/', c.req.url));
  } catch {
    return c.text('The app is not built: run `npm run build`.', 404);
  }
}

/** A page with the app's security headers; `inline` allows its one inline style and script, where it has them. */
async function htmlPage(c: Context<AppEnv>, page: string, inline?: { styleHash: string; scriptHash: string }): Promise<Response> {
  // Like index.html itself: always asked again, so a deploy or a changed catalogue shows on the next load.
  c.res = c.html(page, 200, { 'Cache-Control': 'no-cache' });
  await (inline ? pageSecurityHeaders(inline) : securityHeaders)(c, async () => {});
  return c.res;
}
