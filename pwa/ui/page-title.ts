import { createEffect } from 'solid-js';
import { t } from '../lib/i18n.ts';

/** Each screen names itself in the tab, the task switcher and the screen reader's announcement on navigation. */
export function usePageTitle(title: () => string | undefined) {
  createEffect(() => {
    const own = title();
    const app = `${t().app.name} – ${t().app.fullName}`;
    document.title = own ? `${own} – ${t().app.name}` : app;
  });
}
