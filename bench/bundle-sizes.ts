/**
 * Sizes of what a phone downloads and of what Cloudflare runs: every chunk of the PWA build (from Vite's build
 * manifest, JS and CSS gzipped, the screen each chunk serves named by its source), the JavaScript each route loads
 * in all (the shell and every chunk the route's screen imports), the service worker, and the Worker bundle as
 * `wrangler deploy --dry-run` makes it. Builds into temporary directories: pwa/dist is not touched.
 *
 * Run alone (`npm run bench:bundle`) it prints the routes against issue 15's budgets and exits non-zero when one
 * is exceeded: the shell ≤ 25 KB gzipped, the catalogue route ≤ 40 KB gzipped, shell included.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { benchConfig, ROOT, wrangler } from './harness.ts';

type ManifestChunk = {
  file: string;
  name?: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  css?: string[];
  imports?: string[];
  dynamicImports?: string[];
};
type Manifest = Record<string, ManifestChunk>;
export type ChunkSize = { chunk: string; kind: 'entry' | 'lazy' | 'shared'; js: number; jsGzip: number; cssGzip: number };
/** One route's download: `jsGzip` what opening it loads (shell included), `onDemandGzip` what it may load later. */
export type RouteSize = { path: string; screen: string; inShell: boolean; chunks: number; jsGzip: number; cssGzip: number; onDemandGzip: number };

const KB = 1024;
/** Issue 15, target 1. Gzipped JavaScript. */
export const BUDGETS = { shell: 25 * KB, routes: { '/uzemi/:slug/katalog': 40 * KB } as Record<string, number> };

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

/** The screens of pwa/app.tsx: each `<Route path component={Name}>` and the module `Name` is lazily imported from. */
export function routeScreens(appSource = readFileSync(join(ROOT, 'pwa', 'app.tsx'), 'utf8')): { path: string; screen: string }[] {
  const modules = new Map<string, string>();
  for (const [, name, module] of appSource.matchAll(/const (\w+) = (?:screen|lazy)\(\(\) => import\('\.\/([^']+)'\)/g)) modules.set(name!, module!);
  const routes: { path: string; screen: string }[] = [];
  for (const [, path, name] of appSource.matchAll(/<Route path="([^"]+)" component=\{(\w+)\}/g)) {
    const screen = modules.get(name!);
    if (!screen) throw new Error(`pwa/app.tsx: ${name} (route ${path}) is not a lazy screen; every screen must be its own chunk`);
    routes.push({ path: path!, screen });
  }
  return routes;
}

/** Every chunk `from` loads before it runs: itself and its static imports, transitively. */
function staticClosure(manifest: Manifest, from: string, into = new Set<string>()): Set<string> {
  if (into.has(from)) return into;
  into.add(from);
  for (const key of manifest[from]?.imports ?? []) staticClosure(manifest, key, into);
  return into;
}

/**
 * The manifest key of a screen's chunk. A module also imported statically elsewhere lives in a chunk of its name;
 * one the shell imports statically is bundled into the entry itself (the entry then imports itself dynamically).
 */
function screenChunk(manifest: Manifest, entry: string, screen: string): string {
  if (manifest[screen]) return screen;
  const name = basename(screen).replace(/\.tsx?$/, '');
  const dynamic = manifest[entry]!.dynamicImports ?? [];
  const key = dynamic.find((k) => manifest[k]?.name === name) ?? (dynamic.includes(entry) ? entry : undefined);
  if (!key) throw new Error(`no chunk for ${screen} in the build manifest`);
  return key;
}

export function routeSizes(manifest: Manifest, outDir: string, routes = routeScreens()) {
  const size = new Map<string, { js: number; css: number }>();
  const sizeOf = (key: string) => {
    let s = size.get(key);
    if (!s) {
      const chunk = manifest[key]!;
      s = { js: gz(join(outDir, chunk.file)), css: (chunk.css ?? []).reduce((sum, css) => sum + gz(join(outDir, css)), 0) };
      size.set(key, s);
    }
    return s;
  };
  const sum = (keys: Iterable<string>, part: 'js' | 'css') => [...keys].reduce((total, key) => total + sizeOf(key)[part], 0);
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry)!;
  const shell = staticClosure(manifest, entry);
  const screens = new Set(routes.map((r) => screenChunk(manifest, entry, r.screen)));
  const perRoute = routes.map(({ path, screen }): RouteSize => {
    const chunk = screenChunk(manifest, entry, screen);
    const loaded = staticClosure(manifest, chunk, new Set(shell));
    // What the screen imports only when needed (e.g. the search library on the first search), other screens aside.
    const later = new Set<string>();
    for (const key of loaded) {
      for (const dynamic of manifest[key]!.dynamicImports ?? []) {
        if (key === entry || screens.has(dynamic)) continue;
        for (const k of staticClosure(manifest, dynamic)) if (!loaded.has(k)) later.add(k);
      }
    }
    return { path, screen, inShell: chunk === entry, chunks: loaded.size, jsGzip: sum(loaded, 'js'), cssGzip: sum(loaded, 'css'), onDemandGzip: sum(later, 'js') };
  });
  return { shell: { chunks: shell.size, jsGzip: sum(shell, 'js'), cssGzip: sum(shell, 'css') }, routes: perRoute };
}

export async function pwaSizes(outDir: string) {
  await build({ configFile: join(ROOT, 'pwa', 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true, manifest: true } });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const chunks = Object.entries(manifest)
    .filter(([, c]) => c.file.endsWith('.js'))
    .map(([key, c]): ChunkSize => ({
      chunk: c.src ?? key,
      kind: c.isEntry ? 'entry' : c.isDynamicEntry ? 'lazy' : 'shared',
      js: readFileSync(join(outDir, c.file)).length,
      jsGzip: gz(join(outDir, c.file)),
      cssGzip: (c.css ?? []).reduce((sum, css) => sum + gz(join(outDir, css)), 0),
    }))
    .sort((a, b) => a.kind.localeCompare(b.kind) || b.jsGzip - a.jsGzip);
  const sw = join(outDir, 'sw.js');
  return { chunks, ...routeSizes(manifest, outDir), serviceWorkerGzip: existsSync(sw) ? gz(sw) : 0 };
}

export async function workerSize(dir: string): Promise<{ raw: number; gzip: number }> {
  const config = benchConfig(dir, join(ROOT, 'worker', 'index.ts'));
  const outDir = join(dir, 'worker-bundle');
  await wrangler(['deploy', '--dry-run', '--outdir', outDir, '--config', config]);
  const file = join(outDir, 'index.js');
  return { raw: readFileSync(file).length, gzip: gz(file) };
}

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** The budgets met or missed, as lines for a report; `ok` false when one is exceeded. */
export function budgetReport(sizes: Pick<Awaited<ReturnType<typeof pwaSizes>>, 'shell' | 'routes'>) {
  const lines = [`| budget (issue 15) | gzipped JS | result |`, `|---|---|---|`];
  let ok = true;
  const check = (what: string, value: number, limit: number) => {
    const met = value <= limit;
    ok &&= met;
    lines.push(`| ${what} ≤ ${kb(limit)} | ${kb(value)} | ${met ? 'met' : 'MISSED'} |`);
  };
  check('shell (layout, router, i18n, session)', sizes.shell.jsGzip, BUDGETS.shell);
  for (const [path, limit] of Object.entries(BUDGETS.routes)) {
    const route = sizes.routes.find((r) => r.path === path);
    if (!route) throw new Error(`budgeted route ${path} is not in pwa/app.tsx`);
    check(`route \`${path}\`, shell included`, route.jsGzip, limit);
  }
  return { lines, ok };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'kpss-bundle-'));
  try {
    const sizes = await pwaSizes(join(dir, 'pwa'));
    console.log(`Shell: ${sizes.shell.chunks} chunks, JS ${kb(sizes.shell.jsGzip)} gzipped, CSS ${kb(sizes.shell.cssGzip)} gzipped\n`);
    console.log('| route | screen | chunks | JS gzip (shell included) | later on demand | CSS gzip |\n|---|---|---|---|---|---|');
    for (const r of sizes.routes) console.log(`| \`${r.path}\` | \`${r.screen}\`${r.inShell ? ' (in the shell)' : ''} | ${r.chunks} | ${kb(r.jsGzip)} | ${r.onDemandGzip ? kb(r.onDemandGzip) : '–'} | ${kb(r.cssGzip)} |`);
    console.log(`\nService worker: ${kb(sizes.serviceWorkerGzip)} gzipped\n`);
    const report = budgetReport(sizes);
    console.log(report.lines.join('\n'));
    if (!report.ok) process.exitCode = 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
