import { env } from 'cloudflare:workers';
import { and, count, eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog, providers, regions, services, syncChanges, meetings } from '../schema/tables.ts';
import { createApp } from '../worker/app.ts';
import { requireActor } from '../worker/auth/policy.ts';
import { rawStatement } from '../worker/db/d1-writes.ts';
import { isWrite } from '../worker/db/guarded-d1.ts';
import { as, createUser, signIn } from './accounts.ts';
import { createProvider } from './catalogue.fixtures.ts';
import { createRegion, createTerritory, db } from './helpers.ts';
import { groupScene, newMeeting, push } from './meeting-fixtures.ts';

const region = (code: string) => ({ id: uuidv7(), code, name: `Kraj ${code}` });
const regionCount = async (code: string) => (await db.select({ n: count() }).from(regions).where(eq(regions.code, code)))[0]!.n;
const auditRows = async (entityId: string) => db.select().from(auditLog).where(eq(auditLog.entityId, entityId));

/** Handlers as a route might be written, one of them correct; mounted on a test app with the real middleware. */
const testApp = createApp()
  .post('/api/test/forgot', async (c) => {
    await c.var.db.insert(regions).values(region('FORGOT'));
    return c.json({ written: true }, 201);
  })
  .post('/api/test/forgot-batch', async (c) => {
    const db = c.var.db;
    await db.batch([db.insert(regions).values(region('BATCH-A')), db.insert(regions).values(region('BATCH-B'))]);
    return c.json({ written: true }, 201);
  })
  .post('/api/test/forgot-raw', async (c) => {
    await rawStatement(c.var.db, 'INSERT INTO regions (id, code, name) VALUES (?, ?, ?)', uuidv7(), 'RAW', 'Kraj RAW').run();
    return c.json({ written: true }, 201);
  })
  .get('/api/test/forgot-on-read', async (c) => {
    await c.var.db.insert(regions).values(region('ON-READ'));
    return c.json({ written: true }, 200);
  })
  .post('/api/test/asked', async (c) => {
    requireActor(c);
    const row = region('ASKED');
    c.set('audit', { ...c.var.audit, entity: 'region', entityId: row.id, fields: ['code'] });
    const [inserted] = await c.var.db.insert(regions).values(row).returning({ id: regions.id, code: regions.code });
    await c.var.db.update(regions).set({ name: 'Kraj ASKED, přejmenovaný' }).where(eq(regions.id, row.id));
    return c.json({ inserted }, 201);
  });

let cookie = '';
beforeAll(async () => {
  cookie = await signIn((await createUser()).email);
});

const send = (path: string, method = 'POST') =>
  testApp.request(`https://kpss.test${path}`, { method, headers: { cookie, origin: 'https://kpss.test' } }, env);

describe('a handler that forgets to authorize', () => {
  it('cannot commit a single write: 500, and the row is not there', async () => {
    const res = await send('/api/test/forgot');
    expect(res.status).toBe(500);
    expect(await regionCount('FORGOT')).toBe(0);
  });

  it('cannot commit a batch, nor raw SQL on the request database', async () => {
    expect((await send('/api/test/forgot-batch')).status).toBe(500);
    expect((await send('/api/test/forgot-raw')).status).toBe(500);
    expect(await regionCount('BATCH-A')).toBe(0);
    expect(await regionCount('RAW')).toBe(0);
  });

  it('cannot write from a GET either', async () => {
    expect((await send('/api/test/forgot-on-read', 'GET')).status).toBe(500);
    expect(await regionCount('ON-READ')).toBe(0);
  });

  it('writes, once it has asked, with one audit row for the whole request, and drizzle gets its returning rows', async () => {
    const res = await send('/api/test/asked');
    expect(res.status).toBe(201);
    const { inserted } = await res.json<{ inserted: { id: string; code: string } }>();
    expect(inserted.code).toBe('ASKED');
    expect((await db.query.regions.findFirst({ where: eq(regions.id, inserted.id) }))?.name).toBe('Kraj ASKED, přejmenovaný');
    const rows = await auditRows(inserted.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'POST /api/test/asked', entity: 'region', fields: ['code'] });
  });
});

describe('isWrite', () => {
  it('lets only reads through unchecked', () => {
    expect(isWrite('select * from "regions"')).toBe(false);
    expect(isWrite('  /* why */ SELECT 1')).toBe(false);
    expect(isWrite('WITH t AS (SELECT 1) SELECT * FROM t')).toBe(false);
    for (const sql of ['insert into "regions" values (?)', 'UPDATE x SET a = 1', 'delete from x', 'REPLACE INTO x VALUES (1)', 'WITH t AS (SELECT 1) DELETE FROM x', 'PRAGMA foo = 1']) {
      expect(isWrite(sql), sql).toBe(true);
    }
  });
});

describe('a write whose audit row fails', () => {
  const AUDIT_DOWN = "CREATE TRIGGER audit_down BEFORE INSERT ON audit_log BEGIN SELECT RAISE(ABORT, 'audit down'); END";
  const auditDown = () => env.DB.prepare(AUDIT_DOWN).run();
  const auditBack = () => env.DB.prepare('DROP TRIGGER audit_down').run();

  let coordinator = '';
  let providerId = '';
  beforeAll(async () => {
    const territory = await createTerritory((await createRegion()).id, { slug: 'pisek', name: 'Písek' });
    coordinator = await signIn((await createUser({ roles: [[territory.id, 'coordinator']] })).email);
    providerId = (await createProvider({ name: 'Charita Písek' })).id;
  });

  it('leaves no service behind, and the retry creates exactly one with one audit row', async () => {
    const body = { territory: 'pisek', providerId, kindCode: 'pecovatelska-sluzba', name: 'Pečovatelská služba Zkouška', forms: ['ter'] };
    const named = async () => db.select({ id: services.id }).from(services).where(eq(services.name, body.name));
    await auditDown();
    try {
      const res = await as(coordinator, '/api/services', { method: 'POST', json: body });
      expect(res.status).toBeGreaterThanOrEqual(500);
      expect(await named()).toHaveLength(0);
    } finally {
      await auditBack();
    }
    expect((await as(coordinator, '/api/services', { method: 'POST', json: body })).status).toBe(201);
    const created = await named();
    expect(created).toHaveLength(1);
    expect(await auditRows(created[0]!.id)).toHaveLength(1);
  });

  it('leaves no provider behind, and the retry creates exactly one with one audit row', async () => {
    const body = { territory: 'pisek', name: 'Spolek Zkouška' };
    const named = async () => db.select({ id: providers.id }).from(providers).where(eq(providers.name, body.name));
    await auditDown();
    try {
      const res = await as(coordinator, '/api/providers', { method: 'POST', json: body });
      expect(res.status).toBeGreaterThanOrEqual(500);
      expect(await named()).toHaveLength(0);
    } finally {
      await auditBack();
    }
    expect((await as(coordinator, '/api/providers', { method: 'POST', json: body })).status).toBe(201);
    const created = await named();
    expect(created).toHaveLength(1);
    expect(await auditRows(created[0]!.id)).toHaveLength(1);
  });

  it('applies no change of a sync push, and the retry applies it once with one audit row', async () => {
    const scene = await groupScene();
    const meeting = newMeeting(scene);
    const pushAudits = async () =>
      (await db.select({ n: count() }).from(auditLog).where(and(eq(auditLog.entity, 'sync_push'), eq(auditLog.userId, scene.member.user.id))))[0]!.n;
    const stored = async () => ({
      meetings: (await db.select({ n: count() }).from(meetings).where(eq(meetings.id, meeting.entityId)))[0]!.n,
      changes: (await db.select({ n: count() }).from(syncChanges).where(eq(syncChanges.id, meeting.id)))[0]!.n,
    });
    await auditDown();
    try {
      const res = await as(scene.member.cookie, '/api/sync/push', { method: 'POST', json: { clientId: 'test-device', appVersion: '1.0.0', changes: [meeting] } });
      expect(res.status).toBeGreaterThanOrEqual(500);
      expect(await stored()).toEqual({ meetings: 0, changes: 0 });
    } finally {
      await auditBack();
    }
    const audited = await pushAudits();
    const [again] = await push(scene.member.cookie, [meeting]);
    expect(again?.status).toBe('applied');
    expect(await stored()).toEqual({ meetings: 1, changes: 1 });
    expect(await pushAudits()).toBe(audited + 1);
  });
});
