/**
 * Sizes of what a phone downloads and of what Cloudflare runs: every chunk of the PWA build (from Vite's build
 * manifest, JS and CSS gzipped, the screen each chunk serves named by its source), the service worker, and the
 * Worker bundle as `wrangler deploy --dry-run` makes it. Builds into temporary directories: pwa/dist is not touched.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { benchConfig, ROOT, wrangler } from './harness.ts';

type ManifestChunk = { file: string; src?: string; isEntry?: boolean; isDynamicEntry?: boolean; css?: string[]; imports?: string[] };
export type ChunkSize = { chunk: string; kind: 'entry' | 'lazy' | 'shared'; js: number; jsGzip: number; cssGzip: number };

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

export async function pwaSizes(outDir: string): Promise<{ chunks: ChunkSize[]; serviceWorkerGzip: number }> {
  await build({ configFile: join(ROOT, 'pwa', 'vite.config.ts'), logLevel: 'error', build: { outDir, emptyOutDir: true, manifest: true } });
  const manifest = JSON.parse(readFileSync(join(outDir, '.vite', 'manifest.json'), 'utf8')) as Record<string, ManifestChunk>;
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
  return { chunks, serviceWorkerGzip: existsSync(sw) ? gz(sw) : 0 };
}

export async function workerSize(dir: string): Promise<{ raw: number; gzip: number }> {
  const config = benchConfig(dir, join(ROOT, 'worker', 'index.ts'));
  const outDir = join(dir, 'worker-bundle');
  await wrangler(['deploy', '--dry-run', '--outdir', outDir, '--config', config]);
  const file = join(outDir, 'index.js');
  return { raw: readFileSync(file).length, gzip: gz(file) };
}
