import type { Bindings } from '../env.ts';

/** One chunk of Vite's build manifest (pwa/vite.config.ts writes it as prerender-manifest.json). */
type ManifestChunk = { file: string; css?: string[]; imports?: string[] };
type Manifest = Record<string, ManifestChunk>;

/** What a prerendered page needs of the build: the app's HTML and, per screen, its stylesheets' text and its chunks. */
export type BuiltApp = { indexHtml: string; manifest: Manifest; css: Map<string, string> };

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
      return { indexHtml, manifest, css };
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

/** The stylesheets (entry first, so the cascade is the app's) and the JavaScript chunks a screen's module needs. */
export function screenAssets(app: BuiltApp, screen: string): { css: string; chunks: string[] } {
  const order: string[] = [];
  const visit = (key: string) => {
    if (order.includes(key) || !app.manifest[key]) return;
    order.push(key);
    for (const imported of app.manifest[key].imports ?? []) visit(imported);
  };
  visit('index.html');
  visit(screen);
  const cssFiles = [...new Set(order.flatMap((key) => app.manifest[key]!.css ?? []))];
  return {
    css: cssFiles.map((file) => app.css.get(file) ?? '').join('\n'),
    chunks: order.filter((key) => key !== 'index.html').map((key) => app.manifest[key]!.file),
  };
}
