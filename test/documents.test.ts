import { env } from 'cloudflare:workers';
import { eq } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_UPLOAD_BYTES } from '../schema/api/documents.ts';
import { documents, planningProjects } from '../schema/tables.ts';
import { as, createUser, signIn } from './accounts.ts';
import { files, uploadForm } from './documents-fixtures.ts';
import { api, createRegion, createTerritory, db, type ErrorJson } from './helpers.ts';

type DocumentJson = {
  id: string;
  title: string;
  kind: string;
  isPublic: boolean;
  issuedOn: string | null;
  fileName: string | null;
  mimeType: string | null;
  sizeBytes: number | null;
  fileUrl: string | null;
};

let tabor = '';
let trebon = '';
let coordinator = '';
let member = '';
let otherCoordinator = '';
let projectId = '';

beforeAll(async () => {
  const region = await createRegion();
  tabor = (await createTerritory(region.id, { slug: 'tabor', name: 'ORP Tábor' })).id;
  trebon = (await createTerritory(region.id, { slug: 'trebon', name: 'ORP Třeboň' })).id;
  coordinator = await signIn((await createUser({ roles: [[tabor, 'coordinator']] })).email);
  member = await signIn((await createUser({ roles: [[tabor, 'member']] })).email);
  otherCoordinator = await signIn((await createUser({ roles: [[trebon, 'coordinator']] })).email);
  projectId = uuidv7();
  await db.insert(planningProjects).values({
    id: projectId,
    territoryId: tabor,
    registrationNumber: 'CZ.03.2.63/0.0/0.0/16_063/0006569',
    name: 'Střednědobé plánování sociálních služeb na Táborsku',
    implementer: 'Město Tábor',
    startsOn: '2018-05-01',
    endsOn: '2020-04-30',
  });
});

const upload = (cookie: string, kind: keyof typeof files, name: string, fields: Record<string, string> = {}, territory = 'tabor') =>
  as(cookie, `/api/territories/${territory}/documents`, {
    method: 'POST',
    body: uploadForm({ bytes: files[kind](), name }, { title: name, kind: 'analysis', ...fields }),
  });

async function uploaded(res: Response) {
  expect(res.status).toBe(201);
  return (await res.json<{ document: DocumentJson }>()).document;
}

const storedKeys = async (territoryId: string) => (await env.FILES.list({ prefix: `documents/${territoryId}/` })).objects.map((o) => o.key);
const documentCount = async (territoryId: string) => (await db.select().from(documents).where(eq(documents.territoryId, territoryId))).length;

describe('POST /api/territories/:territory/documents', () => {
  it('stores an upload of a coordinator and offers it for download under its Czech name', async () => {
    const document = await uploaded(await upload(coordinator, 'pdf', 'Sociodemografická analýza ORP Tábor.pdf', { kind: 'analysis', issuedOn: '2019-01-31', projectId }));
    expect(document).toMatchObject({ kind: 'analysis', isPublic: true, issuedOn: '2019-01-31', mimeType: 'application/pdf', fileName: 'Sociodemografická analýza ORP Tábor.pdf' });
    expect(document.sizeBytes).toBe(files.pdf().length);

    const res = await api(document.fileUrl!);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-disposition')).toBe(
      `attachment; filename="Sociodemograficka analyza ORP Tabor.pdf"; filename*=UTF-8''Sociodemografick%C3%A1%20anal%C3%BDza%20ORP%20T%C3%A1bor.pdf`,
    );
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(files.pdf());
  });

  it('answers 304 to a browser that already holds the file', async () => {
    const document = await uploaded(await upload(coordinator, 'pdf', 'Jednací řád.pdf', { kind: 'rules_of_procedure' }));
    const first = await api(document.fileUrl!);
    const etag = first.headers.get('etag');
    expect(etag).toBeTruthy();
    const again = await api(document.fileUrl!, { headers: { 'if-none-match': etag! } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
  });

  it.each([
    ['docx', 'Jednací řád.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
    ['odt', 'Zápis.odt', 'application/vnd.oasis.opendocument.text'],
    ['xlsx', 'Rozpočet.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
    ['ods', 'Kapacity služeb.ods', 'application/vnd.oasis.opendocument.spreadsheet'],
    ['png', 'Mapa území.png', 'image/png'],
    ['jpeg', 'Foto z projednání.jpg', 'image/jpeg'],
  ] as const)('accepts a %s file and serves it with its type', async (kind, name, mime) => {
    const document = await uploaded(await upload(coordinator, kind, name));
    const res = await api(document.fileUrl!);
    expect(res.headers.get('content-type')).toBe(mime);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; /);
  });

  it.each([
    ['pdf', 'Plán.docx', 'file_type_mismatch', /content is PDF but its name ends in \.docx/],
    ['html', 'Pozvánka.pdf', 'unsupported_file_type', /content is HTML although the name ends in \.pdf/],
    ['svg', 'Logo.pdf', 'unsupported_file_type', /content is SVG/],
    ['exe', 'Zápis.pdf', 'unsupported_file_type', /content is EXE/],
  ] as const)('refuses a %s file named %s with 415 and stores nothing', async (kind, name, code, message) => {
    const before = { keys: await storedKeys(tabor), rows: await documentCount(tabor) };
    const res = await upload(coordinator, kind, name);
    expect(res.status).toBe(415);
    const body = await res.json<ErrorJson>();
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
    expect(body.error.issues?.[0]?.field).toBe('form.file');
    expect(await storedKeys(tabor)).toEqual(before.keys);
    expect(await documentCount(tabor)).toBe(before.rows);
  });

  it('refuses a file over 20 MB with 413 and stores nothing', async () => {
    const before = await documentCount(tabor);
    const big = new Uint8Array(MAX_UPLOAD_BYTES + 1);
    big.set(files.pdf());
    const res = await as(coordinator, '/api/territories/tabor/documents', {
      method: 'POST',
      body: uploadForm({ bytes: big, name: 'Velký plán.pdf' }, { title: 'Velký plán', kind: 'plan' }),
    });
    expect(res.status).toBe(413);
    expect((await res.json<ErrorJson>()).error.code).toBe('file_too_large');
    expect(await documentCount(tabor)).toBe(before);
  });

  it('accepts a file of exactly 20 MB', async () => {
    const limit = new Uint8Array(MAX_UPLOAD_BYTES);
    limit.set(files.pdf());
    const res = await as(coordinator, '/api/territories/tabor/documents', {
      method: 'POST',
      body: uploadForm({ bytes: limit, name: 'Katalog služeb.pdf' }, { title: 'Katalog služeb', kind: 'catalogue' }),
    });
    expect((await uploaded(res)).sizeBytes).toBe(MAX_UPLOAD_BYTES);
  });

  it('refuses a body that announces more than 20 MB before reading it', async () => {
    const res = await as(coordinator, '/api/territories/tabor/documents', {
      method: 'POST',
      headers: { 'content-length': String(MAX_UPLOAD_BYTES * 2) },
      body: uploadForm({ bytes: files.pdf(), name: 'a.pdf' }, { title: 'a', kind: 'plan' }),
    });
    expect(res.status).toBe(413);
  });

  it('names the missing or invalid fields with 400', async () => {
    const form = uploadForm({ bytes: files.pdf(), name: 'x.pdf' }, { kind: 'brochure', issuedOn: '2019-02-30' });
    const res = await as(coordinator, '/api/territories/tabor/documents', { method: 'POST', body: form });
    expect(res.status).toBe(400);
    const fields = (await res.json<ErrorJson>()).error.issues?.map((i) => i.field);
    expect(fields).toEqual(expect.arrayContaining(['form.title', 'form.kind', 'form.issuedOn']));

    const noFile = new FormData();
    noFile.set('title', 'Bez souboru');
    noFile.set('kind', 'plan');
    const missing = await as(coordinator, '/api/territories/tabor/documents', { method: 'POST', body: noFile });
    expect(missing.status).toBe(400);
    expect((await missing.json<ErrorJson>()).error.issues?.map((i) => i.field)).toContain('form.file');
  });

  it('refuses a date outside the period of the project the document belongs to, naming the field', async () => {
    const res = await upload(coordinator, 'pdf', 'Vyhodnocení.pdf', { projectId, issuedOn: '2021-01-15' });
    expect(res.status).toBe(400);
    const issue = (await res.json<ErrorJson>()).error.issues?.[0];
    expect(issue?.field).toBe('form.issuedOn');
    expect(issue?.message).toMatch(/2018-05-01 – 2020-04-30/);
  });

  it('refuses a project of another territory', async () => {
    const res = await upload(otherCoordinator, 'pdf', 'Analýza.pdf', { projectId }, 'trebon');
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('form.projectId');
  });

  it('is refused to the public, to members and to coordinators of another territory', async () => {
    const anonymous = await api('/api/territories/tabor/documents', {
      method: 'POST',
      headers: { origin: 'https://kpss.test' },
      body: uploadForm({ bytes: files.pdf(), name: 'a.pdf' }, { title: 'a', kind: 'plan' }),
    });
    expect(anonymous.status).toBe(401);
    expect((await upload(member, 'pdf', 'Plán.pdf')).status).toBe(403);
    expect((await upload(otherCoordinator, 'pdf', 'Plán.pdf')).status).toBe(403);
  });

  it('answers 409 to an id that is already taken, and the earlier file stays', async () => {
    const first = await uploaded(await upload(coordinator, 'pdf', 'Statut.pdf', { kind: 'statute' }));
    const again = await upload(coordinator, 'png', 'Statut.png', { id: first.id });
    expect(again.status).toBe(409);
    expect((await api(first.fileUrl!)).headers.get('content-type')).toBe('application/pdf');
  });
});

describe('private documents', () => {
  let privateDoc: DocumentJson;
  beforeAll(async () => {
    privateDoc = await uploaded(await upload(coordinator, 'pdf', 'Podklady k rozpočtu (interní).pdf', { kind: 'other', isPublic: 'false' }));
  });

  it('are left out of the public list and answer 404 to the public, as if they did not exist', async () => {
    const list = await (await api('/api/territories/tabor/documents')).json<{ documents: DocumentJson[] }>();
    expect(list.documents.map((d) => d.id)).not.toContain(privateDoc.id);
    for (const path of [`/api/documents/${privateDoc.id}`, `/api/documents/${privateDoc.id}/file`]) {
      const res = await api(path);
      expect(res.status).toBe(404);
      expect(await res.text()).not.toContain('interní');
    }
  });

  it('are hidden from coordinators of another territory too', async () => {
    expect((await as(otherCoordinator, `/api/documents/${privateDoc.id}/file`)).status).toBe(404);
  });

  it('are listed and downloadable for members of the territory, never cached publicly', async () => {
    const list = await (await as(member, '/api/territories/tabor/documents')).json<{ documents: DocumentJson[] }>();
    expect(list.documents.find((d) => d.id === privateDoc.id)?.isPublic).toBe(false);
    const res = await as(member, `/api/documents/${privateDoc.id}/file`);
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('private, no-store');
  });

  it('become public when a coordinator says so', async () => {
    const doc = await uploaded(await upload(coordinator, 'pdf', 'Zápis ŘS.pdf', { kind: 'minutes', isPublic: 'false' }));
    const res = await as(coordinator, `/api/documents/${doc.id}`, { method: 'PATCH', json: { isPublic: true, title: 'Zápis z jednání řídicí skupiny' } });
    expect(res.status).toBe(200);
    expect((await api(`/api/documents/${doc.id}`)).status).toBe(200);
  });
});

describe('GET /api/territories/:territory/documents', () => {
  it('filters by kind and by project, newest first', async () => {
    await uploaded(await upload(coordinator, 'pdf', 'Starší.pdf', { kind: 'evaluation', issuedOn: '2018-06-01', projectId }));
    await uploaded(await upload(coordinator, 'pdf', 'Novější.pdf', { kind: 'evaluation', issuedOn: '2019-06-01', projectId }));
    const res = await api('/api/territories/tabor/documents?kind=evaluation');
    const { documents: list } = await res.json<{ documents: DocumentJson[] }>();
    expect(list.map((d) => d.title)).toEqual(['Novější.pdf', 'Starší.pdf']);
    const byProject = await (await api(`/api/territories/tabor/documents?projectId=${projectId}`)).json<{ documents: DocumentJson[] }>();
    expect(byProject.documents.every((d) => d.issuedOn !== null)).toBe(true);
    expect((await api('/api/territories/tabor/documents?kind=leaflet')).status).toBe(400);
  });
});

describe('PATCH and DELETE /api/documents/:id', () => {
  it('checks a new date against the project period', async () => {
    const doc = await uploaded(await upload(coordinator, 'pdf', 'Komunikační strategie.pdf', { kind: 'communication_strategy', issuedOn: '2018-07-15', projectId }));
    const res = await as(coordinator, `/api/documents/${doc.id}`, { method: 'PATCH', json: { issuedOn: '2017-12-31' } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.issuedOn');
  });

  it('is for coordinators of the territory only', async () => {
    const doc = await uploaded(await upload(coordinator, 'pdf', 'Leták.pdf'));
    expect((await as(member, `/api/documents/${doc.id}`, { method: 'PATCH', json: { title: 'x' } })).status).toBe(403);
    expect((await as(otherCoordinator, `/api/documents/${doc.id}`, { method: 'DELETE' })).status).toBe(403);
  });

  it('deletes by tombstone: the document and its file are gone for everyone', async () => {
    const doc = await uploaded(await upload(coordinator, 'pdf', 'Omylem nahraný.pdf'));
    const keysBefore = await storedKeys(tabor);
    const res = await as(coordinator, `/api/documents/${doc.id}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    expect((await as(coordinator, `/api/documents/${doc.id}`)).status).toBe(404);
    expect((await as(coordinator, `/api/documents/${doc.id}/file`)).status).toBe(404);
    const [row] = await db.select().from(documents).where(eq(documents.id, doc.id));
    expect(row?.deletedAt).toBeTypeOf('number');
    expect(await storedKeys(tabor)).toHaveLength(keysBefore.length - 1);
  });
});
