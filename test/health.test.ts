import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';

const api = (path: string, init?: RequestInit) => exports.default.fetch(new Request(`https://kpss.test${path}`, init));

describe('GET /api/health', () => {
  it('says the database is reachable and names the last migration', async () => {
    const res = await api('/api/health');
    expect(res.status).toBe(200);
    const body = await res.json<{ status: string; schemaVersion: string }>();
    expect(body.status).toBe('ok');
    expect(body.schemaVersion).toMatch(/^\d{4}_/);
  });
});

describe('unknown API routes', () => {
  it('answer 404 in the JSON error shape', async () => {
    const res = await api('/api/no-such-thing');
    expect(res.status).toBe(404);
    const body = await res.json<{ error: { code: string } }>();
    expect(body.error.code).toBe('not_found');
  });
});
