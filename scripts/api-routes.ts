/**
 * Prints the API's routes as the rows of the README's API table, from the app itself so the table cannot drift:
 *   node scripts/api-routes.ts
 */
import app from '../worker/index.ts';

export function apiRoutes(): string[] {
  const seen = new Set<string>();
  for (const route of app.routes) {
    if (route.method === 'ALL' || !route.path.startsWith('/api/')) continue;
    seen.add(`${route.method} ${route.path}`);
  }
  return [...seen].sort((a, b) => a.split(' ')[1]!.localeCompare(b.split(' ')[1]!) || a.localeCompare(b));
}

if (import.meta.main) console.log(apiRoutes().map((r) => `| \`${r}\` |`).join('\n'));
