/**
 * The screens the Worker draws into the HTML of the pages a citizen lands on (worker/routes/pages.ts), by their module
 * in pwa/. The PWA's build has Chrome compile their code ahead (pwa/vite.config.ts): nearly all of it runs at once.
 */
export const FIRST_SCREENS = {
  home: 'home/home-page.tsx',
  catalogue: 'catalogue/catalogue-page.tsx',
  service: 'catalogue/service-page.tsx',
} as const;
