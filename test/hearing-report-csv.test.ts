import Papa from 'papaparse';
import { uuidv7 } from 'uuidv7';
import { describe, expect, it } from 'vitest';
import { api } from './helpers.ts';
import { call } from './plan-fixtures.ts';
import { comment, coordinator, hearingScene, pushed, signin, vote } from './hearing-fixtures.ts';

type Scene = Awaited<ReturnType<typeof hearingScene>>;

async function download(scene: Scene, file: string) {
  const res = await api(`/api/hearings/${scene.meeting.id}/${file}`, { headers: { cookie: scene.cookie } });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toContain('text/csv');
  const bytes = new Uint8Array(await res.arrayBuffer());
  // the byte-order mark that makes Excel read the Czech letters
  expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const parsed = Papa.parse<string[]>(new TextDecoder().decode(bytes), { delimiter: ';', skipEmptyLines: false });
  expect(parsed.errors).toEqual([]);
  const rows = parsed.data.filter((row, i) => !(i === parsed.data.length - 1 && row.length === 1 && row[0] === ''));
  const [header, ...body] = rows;
  return { header: header!, body, rows, disposition: res.headers.get('content-disposition') ?? '' };
}

/** A hearing with one organization and one citizen, three comments (one hidden, one answered) and two votes. */
async function reportedHearing() {
  const scene = await hearingScene();
  const [a, b] = scene.optionIds;
  const org = signin({ affiliation: 'organization', organization: 'Charita' });
  const citizen = signin();
  const hidden = comment(org, { body: 'Nevhodné slovo' });
  const tricky = comment(citizen, { target: 'measure', targetId: scene.measure.id, body: 'Víc služeb; "v obcích",\nhlavně v zimě' });
  const formula = comment(org, { body: '=HYPERLINK("x")' });
  await pushed(scene.code, [org.change, citizen.change, hidden, tricky, formula, vote(org, { [a!]: 10 }), vote(citizen, { [a!]: 4, [b!]: 6 })]);
  await coordinator(scene, `/comments/${hidden.entityId}/moderation`, 'POST', { hidden: true, reason: 'Urážka' });
  await coordinator(scene, `/comments/${tricky.entityId}/settlement`, 'POST', { settlement: 'accepted', reason: 'Ano, "doplníme"' });
  return { scene, hidden, tricky, formula };
}

describe('the hearing report as CSV files, one table each', () => {
  it('the summary is one rectangular table of section, item and value', async () => {
    const { scene } = await reportedHearing();
    const { header, rows, disposition } = await download(scene, 'report-summary.csv');
    expect(header).toEqual(['sekce', 'polozka', 'hodnota']);
    for (const row of rows) expect(row).toHaveLength(3);
    const value = (section: string, item: string) => rows.find((r) => r[0] === section && r[1] === item)?.[2];
    expect(value('projednani', 'nazev')).toBe('Veřejné projednání KPSS');
    expect(value('ucast', 'celkem')).toBe('2');
    expect(value('ucast', 'organizace')).toBe('1');
    expect(value('ucast', 'verejnost')).toBe('1');
    expect(value('pripominky', 'celkem')).toBe('3');
    expect(value('pripominky', 'skryte')).toBe('1');
    expect(value('pripominky', 'akceptováno')).toBe('1');
    expect(value('hlasovani', 'hlasujicich')).toBe('2');
    expect(value('hlasovani', 'Zimní noclehárna')).toBe('14');
    expect(value('hlasovani', 'Odlehčovací služba')).toBe('6');
    expect(disposition).toContain('projednani-2027-05-12-souhrn.csv');
  });

  it('the comments are one rectangular table, a row each, whose text survives commas, quotes and new lines', async () => {
    const { scene, hidden, tricky, formula } = await reportedHearing();
    const { header, body, rows, disposition } = await download(scene, 'report-comments.csv');
    expect(header).toHaveLength(10);
    expect(header.slice(0, 6)).toEqual(['pripominka', 'k', 'kod', 'nazev', 'autor', 'text']);
    for (const row of rows) expect(row).toHaveLength(header.length);
    expect(body).toHaveLength(3);
    const byId = new Map(body.map((row) => [row[0], row]));
    const answered = byId.get(tricky.entityId)!;
    expect(answered.slice(1, 6)).toEqual(['opatření', 'SEN 1.1', 'Terénní služby', 'Marie Zkušební', 'Víc služeb; "v obcích",\nhlavně v zimě']);
    expect(answered.slice(6, 8)).toEqual(['akceptováno', 'Ano, "doplníme"']);
    // a hidden comment keeps its reason, never its author or text
    const moderated = byId.get(hidden.entityId)!;
    expect(moderated[4]).toBe('');
    expect(moderated[5]).toBe('');
    expect(moderated[9]).toBe('Urážka');
    expect(rows.flat().join(' ')).not.toContain('Nevhodné slovo');
    // a cell Excel would run as a formula is defused
    expect(byId.get(formula.entityId)![5]).toBe(`'=HYPERLINK("x")`);
    expect(disposition).toContain('projednani-2027-05-12-pripominky.csv');
  });

  it('a hearing without comments still has the header row', async () => {
    const scene = await hearingScene();
    const { header, body } = await download(scene, 'report-comments.csv');
    expect(header).toHaveLength(10);
    expect(body).toEqual([]);
  });

  it('is the coordinators’ only, and the old mixed file is gone', async () => {
    const scene = await hearingScene();
    const other = await hearingScene();
    for (const file of ['report-summary.csv', 'report-comments.csv']) {
      expect((await call(other.cookie, `/api/hearings/${scene.meeting.id}/${file}`)).status).toBe(403);
      expect((await call(null, `/api/hearings/${scene.meeting.id}/${file}`)).status).toBe(401);
      expect((await call(scene.cookie, `/api/hearings/${uuidv7()}/${file}`)).status).toBe(404);
    }
    expect((await call(scene.cookie, `/api/hearings/${scene.meeting.id}/report.csv`)).status).toBe(404);
  });
});
