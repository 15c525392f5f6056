import type { Bindings } from '../env.ts';
import { bootScript } from './boot.ts';

/** One chunk of Vite's build manifest (pwa/vite.config.ts writes it as prerender-manifest.json). */
type ManifestChunk = { file: string; css?: string[]; imports?: string[] };
type Manifest = Record<string, ManifestChunk>;

/** What a prerendered page needs of the build: the app's HTML, and the stylesheets' text to put inline per screen. */
export type BuiltApp = { indexHtml: string; manifest: Manifest; css: Map<string, string>; screenHeads: Map<string, ScreenHead> };
/** Inline code of a page, with the sha256 (base64) the CSP allows it by. */
export type InlineCode = { text: string; hash: string };
/** What a prerendered screen carries inline: its stylesheets as one style, and the script that starts the app. */
export type ScreenHead = { style: InlineCode; boot: InlineCode };

// One build per deployment, so one read per isolate: the files cannot change under a running Worker.
let built: Promise<BuiltApp | undefined> | undefined;

async function asset(env: Bindings, origin: string, path: string): Promise<string | undefined> {
  const response = await env.ASSETS.fetch(new URL(path, origin));
  return response.ok ? await response.text() : undefined;
}

/**
 * The built PWA, or undefined where there is none (a Worker run before `npm run build`, a test without assets): the
 * pages are then answered as the plain app would be, never with an error.
 */
export function builtApp(env: Bindings, origin: string): Promise<BuiltApp | undefined> {
  built ??= (async () => {
    try {
      const [indexHtml, manifestText] = await Promise.all([asset(env, origin, '/'), asset(env, origin, '/prerender-manifest.json')]);
      if (!indexHtml || !manifestText) return undefined;
      const manifest = JSON.parse(manifestText) as Manifest;
      const files = new Set(Object.values(manifest).flatMap((chunk) => chunk.css ?? []));
      const css = new Map<string, string>();
      await Promise.all([...files].map(async (file) => css.set(file, (await asset(env, origin, `/${file}`)) ?? '')));
      return { indexHtml, manifest, css, screenHeads: new Map() };
    } catch {
      return undefined;
    }
  })();
  const pending = built;
  // A failed read is tried again by the next request, not remembered for the isolate's life.
  void pending.then((app) => {
    if (!app && built === pending) built = undefined;
  });
  return pending;
}

/** Forget the build read so far: for tests that give each app a different set of assets. */
export function forgetBuiltApp() {
  built = undefined;
}

/**
 * The stylesheets a screen's module needs, entry first so the cascade is the app's, as one inline style, and the
 * script that starts the app. Worked out once per screen and isolate: the build does not change under a running Worker.
 */
export async function screenHead(app: BuiltApp, screen: string): Promise<ScreenHead | undefined> {
  const known = app.screenHeads.get(screen);
  if (known) return known;
  const entry = app.manifest['index.html']?.file;
  if (!entry) return undefined;
  const order: string[] = [];
  const visit = (key: string) => {
    if (order.includes(key) || !app.manifest[key]) return;
    order.push(key);
    for (const imported of app.manifest[key].imports ?? []) visit(imported);
  };
  visit('index.html');
  visit(screen);
  const files = [...new Set(order.flatMap((key) => app.manifest[key]!.css ?? []))];
  const css = files.map((file) => app.css.get(file) ?? '').join('\n');
  const modules = order.filter((key) => key !== 'index.html').map((key) => app.manifest[key]!.file);
  const head = { style: await inline(css), boot: await inline(bootScript(entry, files, modules)) };
  app.screenHeads.set(screen, head);
  return head;
}

async function inline(text: string): Promise<InlineCode> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return { text, hash: btoa(String.fromCharCode(...new Uint8Array(digest))) };
}
