import { env } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import app from '../worker/index.ts';

describe('the README', () => {
  it('lists every API route in its API table', () => {
    const documented = new Set([...env.TEST_README.matchAll(/^\| `([A-Z]+ \/api\/[^`]*)` \|/gm)].map((m) => m[1]));
    const routes = [...new Set(app.routes.filter((r) => r.method !== 'ALL' && r.path.startsWith('/api/')).map((r) => `${r.method} ${r.path}`))];
    expect(routes.filter((r) => !documented.has(r))).toEqual([]);
    expect([...documented].filter((r) => !routes.includes(r!))).toEqual([]);
  });
});
