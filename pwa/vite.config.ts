import { type Plugin, defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import solid from 'vite-plugin-solid';
import { FIRST_SCREENS } from '../schema/first-screens.ts';

const THEME_COLOUR = '#0b5563';
const BACKGROUND_COLOUR = '#f7f6f2';

export default defineConfig({
  root: import.meta.dirname,
  // The manifest tells the Worker which stylesheets a prerendered first screen needs inline (worker/prerender/assets.ts).
  // No modulepreload polyfill: every browser the app supports (Chrome 66+, Firefox 115+, Safari 17+) preloads
  // modules itself, and the polyfill would be in the shell every visitor downloads.
  build: { outDir: 'dist', emptyOutDir: true, manifest: 'prerender-manifest.json', modulePreload: { polyfill: false } },
  server: {
    // `npm run dev:pwa` next to `wrangler dev --port 8787` (e.g. `npm start`): the API comes from the Worker.
    proxy: { '/api': 'http://127.0.0.1:8787' },
  },
  plugins: [
    solid(),
    compileHintForFirstScreens(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: '.',
      filename: 'sw.ts',
      // The user decides when a new version takes over (see ui/reload-prompt.tsx): never a reload under typing hands.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'icons/apple-touch-icon-180.png'],
      manifest: {
        id: '/',
        name: 'KPSS – komunitní plánování sociálních služeb',
        short_name: 'KPSS',
        description: 'Katalog sociálních služeb, komunitní plán a jednání pracovních skupin jednoho území.',
        lang: 'cs',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: THEME_COLOUR,
        background_color: BACKGROUND_COLOUR,
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        // The shell; icons and the manifest come from includeAssets and the manifest itself.
        globPatterns: ['**/*.{js,css,html}'],
      },
      devOptions: {
        enabled: true,
        // The service worker is an ES module in dev; browsers without module workers get none there, only in dev.
        type: 'module',
        navigateFallback: 'index.html',
      },
    }),
  ],
});

/**
 * Nearly every function of the entry (Solid, the router, the layout) and of the first screens' modules runs while the
 * app starts: the magic comment has Chrome (136+) compile all of them on a background thread as the file streams in,
 * instead of each on the main thread at its first call, where compiling was a third of the entry's evaluation and
 * of the first render. Other browsers ignore it. Only for those chunks: a hint on code that waits for a click
 * compiles what may never run.
 */
function compileHintForFirstScreens(): Plugin {
  const screens = Object.values(FIRST_SCREENS).map((screen) => `/pwa/${screen}`);
  return {
    name: 'kpss:compile-hint-for-first-screens',
    apply: 'build',
    enforce: 'post',
    // last, after minification, which would drop the comment, and after Vite has put its own code at the top
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const hinted = new Set<string>();
        const hint = (fileName: string) => {
          const chunk = bundle[fileName];
          if (chunk?.type !== 'chunk' || hinted.has(fileName)) return;
          hinted.add(fileName);
          chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
          chunk.imports.forEach(hint);
        };
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk' && (chunk.isEntry || screens.some((path) => chunk.facadeModuleId?.endsWith(path)))) hint(chunk.fileName);
        }
      },
    },
  };
}
