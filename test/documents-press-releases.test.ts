import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../worker/files/markdown.ts';
import { as, createUser, signIn } from './accounts.ts';
import { files, uploadForm } from './documents-fixtures.ts';
import { api, createRegion, createTerritory, type ErrorJson } from './helpers.ts';

type PressReleaseJson = { id: string; kind: string; title: string; bodyMarkdown: string | null; bodyHtml: string | null; fileUrl: string | null };

let coordinator = '';
let member = '';
beforeAll(async () => {
  const region = await createRegion();
  const territory = await createTerritory(region.id, { slug: 'jindrichuv-hradec', name: 'ORP Jindřichův Hradec' });
  coordinator = await signIn((await createUser({ roles: [[territory.id, 'coordinator']] })).email);
  member = await signIn((await createUser({ roles: [[territory.id, 'member']] })).email);
});

const publish = (bodyMarkdown: string, cookie = coordinator) =>
  as(cookie, '/api/territories/jindrichuv-hradec/press-releases', {
    method: 'POST',
    json: { title: 'Tisková zpráva: Veřejné projednání komunitního plánu', issuedOn: '2018-04-03', bodyMarkdown },
  });

async function published(bodyMarkdown: string) {
  const res = await publish(bodyMarkdown);
  expect(res.status).toBe(201);
  const { document } = await res.json<{ document: PressReleaseJson }>();
  const read = await (await api(`/api/documents/${document.id}`)).json<{ document: PressReleaseJson }>();
  return read.document;
}

/** Every href that comes out, so a test can say none of them is dangerous. */
const hrefs = (html: string) => [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!);

describe('POST /api/territories/:territory/press-releases', () => {
  it('stores a press release written in Markdown and gives it back rendered', async () => {
    const document = await published('# Pozvánka\n\nKoná se **ve čtvrtek 12. dubna 2018 od 15:00** v Muzeu fotografie.\n\n- vstup volný\n- bezbariérové');
    expect(document.kind).toBe('press_release');
    expect(document.fileUrl).toBeNull();
    expect(document.bodyHtml).toContain('<h1>Pozvánka</h1>');
    expect(document.bodyHtml).toContain('<strong>ve čtvrtek 12. dubna 2018 od 15:00</strong>');
    expect(document.bodyHtml).toContain('<li>vstup volný</li>');
  });

  it('escapes raw HTML: no script, no event handler, no iframe ever comes out', async () => {
    const html = (await published('Ahoj <script>alert(document.cookie)</script>\n\n<img src=x onerror="alert(1)">\n\n<iframe src="https://evil.example"></iframe>')).bodyHtml!;
    expect(html).not.toMatch(/<script|<img|<iframe/i);
    expect(html).toContain('&lt;script&gt;alert(document.cookie)&lt;/script&gt;');
  });

  it('links only to http, https and mailto, each with rel="noopener noreferrer"', async () => {
    const html = (
      await published(
        [
          '[program](https://www.jh.cz/kpss) a [dotazy](mailto:kpss@example.org)',
          '[klikni](javascript:alert(1)) [taky](JaVaScRiPt:alert(1)) [data](data:text/html;base64,PHNjcmlwdD4=)',
          '<javascript:alert(1)> [vbs](vbscript:msgbox) [relativní](/api/account)',
          '<a href="javascript:alert(1)">raw</a>',
          'http://www.example.org/plain-link',
        ].join('\n\n'),
      )
    ).bodyHtml!;
    expect(hrefs(html)).toEqual(['https://www.jh.cz/kpss', 'mailto:kpss@example.org', 'http://www.example.org/plain-link']);
    expect(html.match(/<a /g)).toHaveLength(3);
    expect(html.match(/rel="noopener noreferrer"/g)).toHaveLength(3);
    expect(html).not.toMatch(/<a [^>]*href="(?:javascript|data|vbscript):/i);
  });

  it('shows no images, so a press release cannot load trackers', () => {
    expect(renderMarkdown('![logo](https://tracker.example/pixel.png)')).not.toContain('<img');
    expect(renderMarkdown('![x](javascript:alert(1))')).not.toMatch(/<img|href="javascript/);
  });

  it('names the missing fields with 400, and is for coordinators only', async () => {
    const res = await as(coordinator, '/api/territories/jindrichuv-hradec/press-releases', { method: 'POST', json: { title: '' } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.map((i) => i.field)).toEqual(expect.arrayContaining(['json.title', 'json.issuedOn', 'json.bodyMarkdown']));
    expect((await publish('text', member)).status).toBe(403);
  });

  it('can be corrected by a coordinator, and the new text is rendered', async () => {
    const document = await published('Původní text');
    const res = await as(coordinator, `/api/documents/${document.id}`, { method: 'PATCH', json: { bodyMarkdown: 'Opravený *text*' } });
    expect(res.status).toBe(200);
    expect((await res.json<{ document: PressReleaseJson }>()).document.bodyHtml).toContain('<em>text</em>');
    const kind = await as(coordinator, `/api/documents/${document.id}`, { method: 'PATCH', json: { kind: 'plan' } });
    expect(kind.status).toBe(400);
    expect((await kind.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.kind');
  });

  it('keeps a text only on press releases written in the app', async () => {
    const upload = await as(coordinator, '/api/territories/jindrichuv-hradec/documents', {
      method: 'POST',
      body: uploadForm({ bytes: files.pdf(), name: 'Tisková zpráva.pdf' }, { title: 'Tisková zpráva', kind: 'press_release' }),
    });
    const { document } = await upload.json<{ document: PressReleaseJson }>();
    const res = await as(coordinator, `/api/documents/${document.id}`, { method: 'PATCH', json: { bodyMarkdown: 'text' } });
    expect(res.status).toBe(400);
    expect((await res.json<ErrorJson>()).error.issues?.[0]?.field).toBe('json.bodyMarkdown');
  });
});
