/**
 * The catalogue's offline side, measured without a browser:
 *   - search per keystroke with the PWA's own index (pwa/catalogue/search-index.ts, MiniSearch) over a generated
 *     catalogue of 10,000 services, every query typed letter by letter (target: median ≤ 2 ms in Node)
 *   - the gzipped JavaScript the catalogue route loads on top of the app shell, from a production build
 *     (target: ≤ 40 KB gzipped)
 *
 *   node bench/catalogue-offline.bench.ts [--services 10000]
 *
 * The snapshot is made from the generated rows by the Worker's own card functions, so it has the shape phones get.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CatalogueIndex } from '../pwa/catalogue/search-index.ts';
import type { LocalCatalogue } from '../pwa/catalogue/types.ts';
import { localCatalogue } from './catalogue-local.ts';

const root = resolve(import.meta.dirname, '..');
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const SERVICES = arg('services', 10_000);

/** What people type, each measured after every keystroke ("t", "tr", "tre", …): with and without diacritics, typos. */
const TYPED = ['trebon', 'Třeboň', 'senior', 'seniorům', 'pečovatelská služba', 'domov pro seniory', 'dluhova poradna', 'krizova pomoc nonstop', 'lomnice', 'pecovatelka', 'azylovy dum', 'odlehcovaci'];
const FILTERED: { query: string; filter: Record<string, string> }[] = [
  { query: 'poradna', filter: { targetGroup: 'families' } },
  { query: 'senior', filter: { form: 'ter' } },
  { query: '', filter: { targetGroup: 'seniors' } },
  { query: '', filter: { municipality: '900001' } },
];

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))]!;


function searchFigures(catalogue: LocalCatalogue) {
  let started = performance.now();
  const index = new CatalogueIndex(catalogue);
  const buildMs = performance.now() - started;
  const keystrokes: number[] = [];
  const perQuery: [string, number, number][] = [];
  // Warm-up: the first searches pay for the JIT.
  for (const query of TYPED) index.search(query);
  for (let round = 0; round < 5; round++) {
    for (const query of TYPED) {
      const times: number[] = [];
      let found = 0;
      for (let length = 1; length <= query.length; length++) {
        started = performance.now();
        found = index.search(query.slice(0, length)).length;
        times.push(performance.now() - started);
      }
      keystrokes.push(...times);
      if (round === 0) perQuery.push([query, median(times), found]);
    }
  }
  const filtered = FILTERED.map(({ query, filter }) => {
    const times: number[] = [];
    let found = 0;
    for (let i = 0; i < 20; i++) {
      started = performance.now();
      found = index.search(query, filter).length;
      times.push(performance.now() - started);
    }
    return { label: `${query || '(no words)'} ${JSON.stringify(filter)}`, ms: median(times), found };
  });
  return { buildMs, keystrokes, perQuery, filtered };
}

type ManifestChunk = { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[]; css?: string[] };

/** The catalogue route's JavaScript: its lazy chunk and the chunks it imports that the shell does not load anyway. */
function routeSize() {
  const out = mkdtempSync(join(tmpdir(), 'kpss-catalogue-build-'));
  try {
    execFileSync(join(root, 'node_modules', '.bin', 'vite'), ['build', '--config', join(root, 'pwa', 'vite.config.ts'), '--manifest', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], { cwd: root, stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync(join(out, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
    const shell = new Set<string>();
    const addShell = (key: string) => {
      if (shell.has(key)) return;
      shell.add(key);
      for (const dep of manifest[key]?.imports ?? []) addShell(dep);
    };
    for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) addShell(key);
    const routes = Object.keys(manifest).filter((key) => key.startsWith('catalogue/') && key.endsWith('-page.tsx'));
    return routes.map((route) => {
      const files = new Set<string>();
      const css = new Set<string>();
      const walk = (key: string) => {
        if (shell.has(key) || files.has(manifest[key]!.file)) return;
        files.add(manifest[key]!.file);
        for (const file of manifest[key]!.css ?? []) css.add(file);
        for (const dep of manifest[key]!.imports ?? []) walk(dep);
      };
      walk(route);
      const gz = (file: string) => gzipSync(readFileSync(join(out, file)), { level: 9 }).length;
      return { route, files: [...files], jsGzip: [...files].reduce((sum, f) => sum + gz(f), 0), cssGzip: [...css].reduce((sum, f) => sum + gz(f), 0) };
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

console.log(`Generating ${SERVICES} services…`);
const catalogue = localCatalogue(SERVICES);
const json = JSON.stringify(catalogue);
console.log(`  ${catalogue.providers.length} providers, the device copy ${kb(Buffer.byteLength(json))} as JSON`);
const search = searchFigures(catalogue);
console.log(`\nLoad average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs, Node ${process.version}`);
console.log(`\nOffline search (pwa/catalogue/search-index.ts: MiniSearch radix tree, typed-array scores) over ${catalogue.services.length} services`);
console.log(`  index built in ${search.buildMs.toFixed(0)} ms`);
console.log(`  per keystroke: median ${median(search.keystrokes).toFixed(2)} ms, p95 ${percentile(search.keystrokes, 0.95).toFixed(2)} ms over ${search.keystrokes.length} keystrokes (target: median ≤ 2 ms)`);
for (const [query, ms, found] of search.perQuery) console.log(`    ${ms.toFixed(2).padStart(6)} ms  ${query.padEnd(24)} ${found} found`);
console.log('  with filters:');
for (const { label, ms, found } of search.filtered) console.log(`    ${ms.toFixed(2).padStart(6)} ms  ${label} ${found} found`);

console.log('\nJavaScript of the catalogue routes beyond the app shell (production build, gzip -9)');
const sizes = routeSize();
for (const size of sizes) console.log(`  ${size.route.padEnd(36)} ${kb(size.jsGzip).padStart(8)} JS, ${kb(size.cssGzip)} CSS (${size.files.length} files)`);
const mainRoute = sizes.find((s) => s.route.endsWith('catalogue-page.tsx'));
console.log(`  catalogue search route: ${mainRoute ? kb(mainRoute.jsGzip) : 'not found'} (target: ≤ 40 KB gzipped)`);

mkdirSync(join(root, 'bench', 'out'), { recursive: true });
writeFileSync(
  join(root, 'bench', 'out', 'catalogue-offline.json'),
  JSON.stringify({ services: SERVICES, indexBuildMs: search.buildMs, keystrokeMedianMs: median(search.keystrokes), keystrokeP95Ms: percentile(search.keystrokes, 0.95), routeJsGzipBytes: mainRoute?.jsGzip, routes: sizes }, null, 2),
);
