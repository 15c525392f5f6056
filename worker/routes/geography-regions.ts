import { and, asc, eq, isNull } from 'drizzle-orm';
import { bodyLimit } from 'hono/body-limit';
import { uuidv7 } from 'uuidv7';
import {
  MunicipalityCreateBody,
  MunicipalityImportQuery,
  MunicipalityListQuery,
  RegionCodeParams,
  RegionCreateBody,
  RegionPatchBody,
} from '../../schema/api/geography.ts';
import { municipalities, regions, territories } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import { codeTaken, conflict, municipalityColumns, municipalityView, regionCodeTaken, requireRegion, territoryView } from '../db/geography.ts';
import { parseMunicipalityCsv } from '../db/geography-csv.ts';
import { importReport, municipalityImportStatements, planMunicipalityImport } from '../db/geography-import.ts';
import { ApiError, errorBody } from '../errors.ts';
import { validate } from '../validation.ts';

/** ČSÚ's whole obec → ORP file is about 500 kB; a region's share is far less. */
const MAX_CSV_BYTES = 4 * 1024 * 1024;

/** Regions (kraje), their territories and municipalities as the admin sets them up; mounted at /api/regions. */
export const regionGeographyRoutes = createRouter()
  .post('/', validate('json', RegionCreateBody), async (c) => {
    await authorize(c, { to: 'administer' });
    const db = c.var.db;
    const body = c.req.valid('json');
    if (await regionCodeTaken(db, body.code)) throw conflict('json.code', `region ${body.code} already exists`);
    const id = uuidv7();
    c.set('audit', { ...c.var.audit, entity: 'region', entityId: id, fields: Object.keys(body) });
    await db.insert(regions).values({ id, ...body });
    return c.json({ region: { id, ...body } }, 201);
  })
  .patch('/:code', validate('param', RegionCodeParams), validate('json', RegionPatchBody), async (c) => {
    await authorize(c, { to: 'administer' });
    const db = c.var.db;
    const region = await requireRegion(db, c.req.valid('param').code);
    const changes = c.req.valid('json');
    if (changes.code && (await regionCodeTaken(db, changes.code, region.id))) throw conflict('json.code', `region ${changes.code} already exists`);
    c.set('audit', { ...c.var.audit, entity: 'region', entityId: region.id, fields: Object.keys(changes) });
    await db.update(regions).set(changes).where(eq(regions.id, region.id));
    return c.json({ region: { id: region.id, code: changes.code ?? region.code, name: changes.name ?? region.name } }, 200);
  })
  .get('/:code/territories', validate('param', RegionCodeParams), async (c) => {
    const db = c.var.db;
    const region = await requireRegion(db, c.req.valid('param').code);
    const rows = await db
      .select()
      .from(territories)
      .where(and(eq(territories.regionId, region.id), isNull(territories.deletedAt)))
      .orderBy(asc(territories.name));
    return c.json({ region: { code: region.code, name: region.name }, territories: rows.map((t) => territoryView(t, region.code)) }, 200);
  })
  .get('/:code/municipalities', validate('param', RegionCodeParams), validate('query', MunicipalityListQuery), async (c) => {
    const db = c.var.db;
    const region = await requireRegion(db, c.req.valid('param').code);
    const withRetired = c.req.valid('query').retired === 'true';
    const rows = await db
      .select(municipalityColumns)
      .from(municipalities)
      .where(and(eq(municipalities.regionId, region.id), withRetired ? undefined : isNull(municipalities.retiredAt)))
      .orderBy(asc(municipalities.name));
    return c.json({ municipalities: rows }, 200);
  })
  .post('/:code/municipalities', validate('param', RegionCodeParams), validate('json', MunicipalityCreateBody), async (c) => {
    await authorize(c, { to: 'administer' });
    const db = c.var.db;
    const region = await requireRegion(db, c.req.valid('param').code);
    const body = c.req.valid('json');
    if (await codeTaken(db, body.code)) throw conflict('json.code', `municipality ${body.code} already exists`);
    const id = uuidv7();
    c.set('audit', { ...c.var.audit, entity: 'municipality', entityId: id, fields: Object.keys(body) });
    await db.insert(municipalities).values({ id, regionId: region.id, ...body });
    return c.json({ municipality: await municipalityView(db, id) }, 201);
  })
  .post(
    '/:code/municipalities-import',
    validate('param', RegionCodeParams),
    validate('query', MunicipalityImportQuery),
    bodyLimit({
      maxSize: MAX_CSV_BYTES,
      onError: (c) => c.json(errorBody('body_too_large', 'The file is larger than 4 MB', [{ field: 'body', message: 'is too large' }]), 413),
    }),
    async (c) => {
      await authorize(c, { to: 'administer' });
      const db = c.var.db;
      const region = await requireRegion(db, c.req.valid('param').code);
      const { mode } = c.req.valid('query');
      const bytes = new Uint8Array(await c.req.arrayBuffer());
      if (bytes.length === 0) throw new ApiError(400, 'invalid_file', 'The file is empty', [{ field: 'body', message: 'is empty' }]);
      const parsed = parseMunicipalityCsv(bytes);
      if (parsed.issues.length > 0) throw new ApiError(400, 'invalid_file', parsed.issues[0]!.message, parsed.issues.slice(0, 50));
      const plan = await planMunicipalityImport(db, region, parsed.rows);
      if (plan.problems.length > 0) throw new ApiError(400, 'invalid_file', plan.problems[0]!.message, plan.problems.slice(0, 50));
      let applied = false;
      c.set('audit', { ...c.var.audit, entity: mode === 'apply' ? 'municipality_import' : 'municipality_import_dry_run', entityId: region.id });
      if (mode === 'apply') {
        const statements = municipalityImportStatements(db, region, plan, Date.now());
        const [first, ...rest] = statements;
        if (first) await db.batch([first, ...rest]);
        applied = statements.length > 0;
      }
      return c.json({ mode, applied, region: { code: region.code, name: region.name }, ...importReport(plan) }, 200);
    },
  );
