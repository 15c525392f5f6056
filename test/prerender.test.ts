/**
 * Issue 15, target 2: the home page, a catalogue and a service page come with their first screen drawn in, from the
 * same public answers the PWA reads, so a phone paints them before any JavaScript arrives. Whatever cannot be drawn
 * is the plain app, never an error. The built PWA is stood in for by a small index.html, manifest and stylesheets.
 */
import { env } from 'cloudflare:workers';
import { beforeEach, describe, expect, it } from 'vitest';
import app from '../worker/index.ts';
import { forgetBuiltApp } from '../worker/prerender/assets.ts';
import { loadDemoSeed } from './helpers.ts';

const INDEX = `<!doctype html><html lang="cs"><head><title>KPSS – komunitní plánování sociálních služeb</title>
<script type="module" crossorigin src="/assets/index-1.js"></script><link rel="stylesheet" crossorigin href="/assets/index-1.css">
</head><body><div id="app"></div></body></html>`;
const MANIFEST = {
  'index.html': { file: 'assets/index-1.js', css: ['assets/index-1.css'] },
  'catalogue/catalogue-page.tsx': { file: 'assets/catalogue-page-1.js', imports: ['index.html', '_catalogue-1.js'] },
  '_catalogue-1.js': { file: 'assets/catalogue-1.js', css: ['assets/catalogue-1.css'] },
  'home/home-page.tsx': { file: 'assets/home-page-1.js', imports: ['index.html'], css: ['assets/home-1.css'] },
  'catalogue/service-page.tsx': { file: 'assets/service-page-1.js', imports: ['index.html', '_catalogue-1.js'] },
};
const FILES: Record<string, string> = {
  '/': INDEX,
  '/prerender-manifest.json': JSON.stringify(MANIFEST),
  '/assets/index-1.css': 'body{margin:0}',
  '/assets/catalogue-1.css': '.catalogue{display:grid}',
  '/assets/home-1.css': '.intro{max-width:40rem}',
};
const builtAssets = { fetch: async (input: RequestInfo | URL) => {
  const body = FILES[new URL(input instanceof Request ? input.url : input).pathname];
  return body === undefined ? new Response('not found', { status: 404 }) : new Response(body);
} } as unknown as Fetcher;

const page = (path: string, assets: Fetcher = builtAssets) => app.request(path, {}, { ...env, ASSETS: assets });
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const prerenderedPart = (html: string) => html.slice(html.indexOf('data-prerendered'));

async function sha256(text: string) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

beforeEach(() => forgetBuiltApp());

describe('an empty database', () => {
  it('draws the home page with no territory yet, as a new district starts', async () => {
    const response = await page('/');
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('data-prerendered');
    expect(textOf(html)).toContain('Zatím tu není žádné území.');
  });
});

describe('the demo district', () => {
  beforeEach(async () => {
    if (!(await env.DB.prepare(`SELECT 1 FROM territories WHERE slug = 'tabor'`).first())) await loadDemoSeed();
  });

  it('draws the catalogue: the services of the snapshot in Czech order, their count, the page title', async () => {
    const snapshot = (await (await app.request('/api/territories/tabor/catalogue', {}, env)).json()) as { services: { name: string }[] };
    const response = await page('/uzemi/tabor/katalog');
    expect(response.status).toBe(200);
    const html = await response.text();
    const text = textOf(prerenderedPart(html));
    expect(html).toContain('<title>Katalog sociálních služeb – Tábor – KPSS</title>');
    expect(text).toContain('Katalog sociálních služeb');
    expect(text).toContain(`${snapshot.services.length} služeb`);
    const names = snapshot.services.map((s) => s.name).sort(new Intl.Collator('cs-CZ').compare);
    const cardTitles = [...html.matchAll(/<a href="\/sluzby\/[^"]+" class="card__link">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(cardTitles).toEqual(names.slice(0, 30));
  });

  it('inlines the stylesheets of the entry and the screen instead of linking them, and allows only that style', async () => {
    const response = await page('/uzemi/tabor/katalog');
    const html = await response.text();
    const style = /<style>([^<]*)<\/style>/.exec(html)?.[1];
    expect(style).toBe('body{margin:0}\n.catalogue{display:grid}');
    // no link for the browser's preload scanner to fetch ahead of the first paint, disabled or not
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`style-src 'self' 'sha256-${await sha256(style!)}'`);
    expect(response.headers.get('cache-control')).toBe('no-cache');
  });

  it('starts the app from one inline script, allowed by its hash, instead of the entry script Vite linked', async () => {
    const response = await page('/uzemi/tabor/katalog');
    const html = await response.text();
    expect(html).not.toContain('src="/assets/index-1.js"');
    const scripts = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(1);
    // it imports the entry with the screen's modules, and marks the inlined stylesheets as linked so the lazy
    // screen's loader skips them
    expect(scripts[0]).toContain('import("/assets/index-1.js")');
    expect(scripts[0]).toContain('["/assets/catalogue-page-1.js","/assets/catalogue-1.js"]');
    expect(scripts[0]).toContain('["/assets/index-1.css","/assets/catalogue-1.css"]');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`script-src 'self' 'sha256-${await sha256(scripts[0]!)}';`);
  });

  it('draws a service page with its provider, description and contacts', async () => {
    const service = await env.DB.prepare(
      `SELECT s.id, s.name, s.description, s.phone FROM services s JOIN territories t ON t.id = s.territory_id
       WHERE t.slug = 'tabor' AND s.phone IS NOT NULL AND s.description IS NOT NULL LIMIT 1`,
    ).first<{ id: string; name: string; description: string; phone: string }>();
    const html = await (await page(`/sluzby/${service!.id}`)).text();
    const text = textOf(prerenderedPart(html));
    expect(html).toContain(`<title>${service!.name} – KPSS</title>`);
    expect(text).toContain(service!.description);
    expect(html).toContain(`href="tel:${service!.phone.replace(/[^+0-9]/g, '')}"`);
    expect(text).toContain('Zpět do katalogu (Tábor)');
  });

  it('draws the home page with the territories in Czech order and the region links', async () => {
    const text = textOf(prerenderedPart(await (await page('/')).text()));
    expect(text.indexOf('Český Krumlov')).toBeGreaterThan(0);
    expect(text.indexOf('Český Krumlov')).toBeLessThan(text.indexOf('Tábor'));
    expect(text).toContain('Přehled kraje: Jihočeský kraj');
  });

  it('escapes what coordinators type: a service name is text, never markup', async () => {
    await env.DB.prepare(`UPDATE services SET name = '<img src=x onerror=alert(1)> Poradna' WHERE id = (SELECT s.id FROM services s JOIN territories t ON t.id = s.territory_id WHERE t.slug = 'trebon' LIMIT 1)`).run();
    const html = await (await page('/uzemi/trebon/katalog')).text();
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; Poradna');
    expect(html).not.toContain('<img src=x');
  });

  it.each([
    ['an unknown territory', '/uzemi/neexistuje/katalog'],
    ['an unknown service', '/sluzby/00000000-0000-4000-8000-000000000000'],
    ['a malformed service id', '/sluzby/%3Cscript%3E'],
    ['a shared search, whose words only the app can search for', '/uzemi/tabor/katalog?q=senior&skupina=seniors'],
  ])('answers %s with the plain app, which shows its own "not found"', async (_, path) => {
    const response = await page(path);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<div id="app"></div>');
    expect(html).not.toContain('data-prerendered');
  });

  it('answers with the assets as they are when there is no build to draw into', async () => {
    const nothing = { fetch: async () => new Response('no such file', { status: 404 }) } as unknown as Fetcher;
    const response = await page('/uzemi/tabor/katalog', nothing);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('no such file');
  });
});
