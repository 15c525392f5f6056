import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { documents } from '../schema/tables.ts';
import { storeThenRecord } from '../worker/files/upload.ts';
import { as, createUser, signIn } from './accounts.ts';
import { files, uploadForm } from './documents-fixtures.ts';
import { createRegion, createTerritory, db, type ErrorJson } from './helpers.ts';

let territoryId = '';
beforeAll(async () => {
  const region = await createRegion();
  territoryId = (await createTerritory(region.id, { slug: 'trhove-sviny', name: 'ORP Trhové Sviny' })).id;
});

const storedKeys = async () => (await env.FILES.list({ prefix: `documents/${territoryId}/` })).objects.map((o) => o.key);
const rowsOf = async (id: string) => db.select().from(documents).where(eq(documents.id, id));

/** Replaces one method of a binding for the duration of `run`: the tests and the Worker share the same env. */
async function withPatched<T extends object>(target: T, method: string, replacement: unknown, run: () => Promise<void>) {
  Object.defineProperty(target, method, { value: replacement, configurable: true, writable: true });
  try {
    await run();
  } finally {
    delete (target as Record<string, unknown>)[method];
  }
}

let cookie = '';
beforeAll(async () => {
  cookie = await signIn((await createUser({ roles: [[territoryId, 'coordinator']] })).email);
});

const uploadPlan = () =>
  as(cookie, '/api/territories/trhove-sviny/documents', {
    method: 'POST',
    body: uploadForm({ bytes: files.pdf(), name: 'Střednědobý plán 2019–2021.pdf' }, { title: 'Střednědobý plán', kind: 'plan' }),
  });
const territoryRows = () => db.select().from(documents).where(eq(documents.territoryId, territoryId));

describe('a failed upload leaves no half-written record', () => {
  it('records nothing in D1 when R2 fails, and answers 503', async () => {
    const before = await territoryRows();
    await withPatched(env.FILES, 'put', () => Promise.reject(new Error('R2 is unavailable')), async () => {
      const res = await uploadPlan();
      expect(res.status).toBe(503);
      expect((await res.json<ErrorJson>()).error.code).toBe('storage_unavailable');
    });
    expect(await territoryRows()).toHaveLength(before.length);
  });

  it('removes the file it has just stored when the D1 insert fails', async () => {
    const keysBefore = await storedKeys();
    const withSession = env.DB.withSession.bind(env.DB);
    // the app queries through a D1 session of the binding (worker/db/d1-session.ts): its sessions refuse the insert
    const refusingSession = (start?: string) => {
      const session = withSession(start);
      const prepare = (query: string) => {
        if (/^insert into "documents"/i.test(query)) throw new Error('D1_ERROR: database is locked');
        return session.prepare(query);
      };
      return { prepare, batch: (statements: D1PreparedStatement[]) => session.batch(statements), getBookmark: () => session.getBookmark() };
    };
    await withPatched(env.DB, 'withSession', refusingSession, async () => {
      expect((await uploadPlan()).status).toBe(500);
    });
    expect(await storedKeys()).toEqual(keysBefore);
    expect(await territoryRows()).toHaveLength(keysBefore.length);
  });

  it('never removes the file of an earlier document when a second record with its id is refused', async () => {
    const id = uuidv7();
    const row = { id, territoryId, kind: 'plan' as const, title: 'Komunitní plán 2019–2021', fileKey: `documents/${territoryId}/${id}/first`, mimeType: 'application/pdf' };
    await storeThenRecord(env.FILES, { key: row.fileKey, body: files.pdf(), contentType: 'application/pdf' }, () => db.insert(documents).values(row));
    // The same id again: the primary key makes D1 refuse the second record after its file is already in R2.
    const secondKey = `documents/${territoryId}/${id}/second`;
    const error = await storeThenRecord(env.FILES, { key: secondKey, body: files.png(), contentType: 'image/png' }, () =>
      db.insert(documents).values({ ...row, fileKey: secondKey, title: 'Jiný dokument' }),
    ).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(Error);
    expect(await env.FILES.head(row.fileKey)).not.toBeNull();
    expect(await env.FILES.head(secondKey)).toBeNull();
    expect((await rowsOf(id)).map((r) => r.title)).toEqual(['Komunitní plán 2019–2021']);
  });
});
