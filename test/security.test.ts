import { describe, expect, it } from 'vitest';
import { createUser, PASSWORD, signIn } from './accounts.ts';
import { api, type ErrorJson } from './helpers.ts';

describe('cross-site requests', () => {
  it('are refused for JSON writes that come from another origin', async () => {
    const user = await createUser();
    const cookie = await signIn(user.email);
    const res = await api('/api/auth/logout', { method: 'POST', headers: { cookie, origin: 'https://evil.example' } });
    expect(res.status).toBe(403);
    expect((await res.json<ErrorJson>()).error.code).toBe('cross_site_request');
  });

  it('are refused when the browser says the request is cross-site', async () => {
    const res = await api('/api/auth/login', {
      method: 'POST',
      headers: { 'sec-fetch-site': 'cross-site' },
      json: { email: 'a@example.org', password: PASSWORD },
    });
    expect(res.status).toBe(403);
  });

  it('are refused for form posts that do not show they come from the app', async () => {
    const res = await api('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'email=a%40example.org&password=x',
    });
    expect(res.status).toBe(403);
  });

  it('from the app itself go through', async () => {
    const user = await createUser();
    const res = await api('/api/auth/login', {
      method: 'POST',
      headers: { origin: 'https://kpss.test', 'sec-fetch-site': 'same-origin' },
      json: { email: user.email, password: PASSWORD },
    });
    expect(res.status).toBe(200);
  });
});

describe('API responses', () => {
  it('carry a Content-Security-Policy that allows only the app itself, and other secure headers', async () => {
    const res = await api('/api/territories');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|\*/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=/);
  });

  it('never echo a password back, even in a validation error', async () => {
    const res = await api('/api/auth/login', { method: 'POST', json: { email: 'bad', password: 'hunter2-secret' } });
    expect(res.status).toBe(400);
    expect(await res.text()).not.toContain('hunter2-secret');
  });
});
