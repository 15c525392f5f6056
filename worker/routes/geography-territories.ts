import { and, asc, eq, isNull } from 'drizzle-orm';
import { uuidv7 } from 'uuidv7';
import {
  slugFromName,
  TerritoryCreateBody,
  TerritoryMunicipalityParams,
  TerritoryPatchBody,
  TerritoryRefParams,
} from '../../schema/api/geography.ts';
import { municipalities, regions, territories, territoryMunicipalities } from '../../schema/tables.ts';
import { createRouter } from '../app.ts';
import { authorize } from '../auth/policy.ts';
import {
  checkParent,
  conflict,
  invalid,
  municipalityColumns,
  orpCodeTaken,
  requireMunicipality,
  requireRegion,
  slugTaken,
  territoryRow,
  territoryUses,
  territoryView,
} from '../db/geography.ts';
import { validate } from '../validation.ts';

const regionCodeOf = async (db: Parameters<typeof territoryRow>[0], regionId: string) =>
  (await db.select({ code: regions.code }).from(regions).where(eq(regions.id, regionId)))[0]!.code;

/**
 * Territories as the admin sets them up, and their municipalities; mounted at /api/territories. A retired territory
 * (deletedAt) disappears from every list and its slug stays reserved; it is refused while it has live services,
 * plans or sub-territories.
 */
export const territoryGeographyRoutes = createRouter()
  .post('/', validate('json', TerritoryCreateBody), async (c) => {
    await authorize(c, { to: 'administer' });
    const db = c.var.db;
    const { regionCode, slug: askedSlug, parentId = null, planningSince = null, orpCode = null, ...body } = c.req.valid('json');
    const region = await requireRegion(db, regionCode);
    const slug = askedSlug ?? slugFromName(body.name);
    if (!slug) throw invalid('json.slug', 'cannot be made from this name; give a slug');
    if (await slugTaken(db, slug)) throw conflict('json.slug', `slug ${slug} is already taken`);
    if (orpCode && (await orpCodeTaken(db, orpCode))) throw conflict('json.orpCode', `another territory has ORP code ${orpCode}`);
    await checkParent(db, body.kind, region.id, parentId);
    const id = uuidv7();
    c.set('audit', { ...c.var.audit, entity: 'territory', entityId: id, territoryId: id, fields: Object.keys(c.req.valid('json')) });
    await db.insert(territories).values({ id, regionId: region.id, slug, parentId, planningSince, orpCode, ...body });
    return c.json({ territory: territoryView(await territoryRow(db, id), region.code) }, 201);
  })
  .patch('/:territory', validate('param', TerritoryRefParams), validate('json', TerritoryPatchBody), async (c) => {
    await authorize(c, { to: 'administer' });
    const db = c.var.db;
    const territory = await territoryRow(db, c.req.valid('param').territory);
    const changes = c.req.valid('json');
    if (changes.slug && (await slugTaken(db, changes.slug, territory.id))) throw conflict('json.slug', `slug ${changes.slug} is already taken`);
    if (changes.orpCode && (await orpCodeTaken(db, changes.orpCode, territory.id))) {
      throw conflict('json.orpCode', `another territory has ORP code ${changes.orpCode}`);
    }
    if (changes.parentId !== undefined) await checkParent(db, territory.kind, territory.regionId, changes.parentId, territory.id);
    c.set('audit', { ...c.var.audit, entity: 'territory', entityId: territory.id, territoryId: territory.id, fields: Object.keys(changes) });
    await db.update(territories).set(changes).where(eq(territories.id, territory.id));
    return c.json({ territory: territoryView(await territoryRow(db, territory.id), await regionCodeOf(db, territory.regionId)) }, 200);
  })
  .delete('/:territory', validate('param', TerritoryRefParams), async (c) => {
    await authorize(c, { to: 'administer' });
    const db = c.var.db;
    const territory = await territoryRow(db, c.req.valid('param').territory);
    const uses = await territoryUses(db, territory.id);
    const blocking = Object.entries(uses).filter(([, n]) => n > 0);
    if (blocking.length > 0) {
      throw conflict('territory', `still has live ${blocking.map(([what, n]) => `${what} (${n})`).join(', ')}; retire or move them first`);
    }
    c.set('audit', { ...c.var.audit, entity: 'territory', entityId: territory.id, territoryId: territory.id });
    await db.update(territories).set({ deletedAt: Date.now() }).where(eq(territories.id, territory.id));
    return c.json({ id: territory.id, retired: true }, 200);
  })
  .get('/:territory/municipalities', validate('param', TerritoryRefParams), async (c) => {
    const db = c.var.db;
    const territory = await territoryRow(db, c.req.valid('param').territory);
    const rows = await db
      .select(municipalityColumns)
      .from(territoryMunicipalities)
      .innerJoin(municipalities, eq(municipalities.id, territoryMunicipalities.municipalityId))
      .where(and(eq(territoryMunicipalities.territoryId, territory.id), isNull(municipalities.retiredAt)))
      .orderBy(asc(municipalities.name));
    return c.json({ territory: { id: territory.id, slug: territory.slug, name: territory.name }, municipalities: rows }, 200);
  })
  .put('/:territory/municipalities/:municipalityId', validate('param', TerritoryMunicipalityParams), async (c) => {
    await authorize(c, { to: 'administer' });
    const db = c.var.db;
    const { territory: ref, municipalityId } = c.req.valid('param');
    const territory = await territoryRow(db, ref);
    const municipality = await requireMunicipality(db, municipalityId);
    if (municipality.regionId !== territory.regionId) throw invalid('municipalityId', 'the municipality is in another region');
    if (municipality.retiredAt !== null) throw invalid('municipalityId', 'the municipality is retired');
    if (territory.kind === 'subarea' && territory.parentId) {
      const [inParent] = await db
        .select({ id: territoryMunicipalities.municipalityId })
        .from(territoryMunicipalities)
        .where(and(eq(territoryMunicipalities.territoryId, territory.parentId), eq(territoryMunicipalities.municipalityId, municipality.id)));
      if (!inParent) throw invalid('municipalityId', "a sub-area's municipalities must belong to its parent territory");
    }
    c.set('audit', { ...c.var.audit, entity: 'territory_municipality', entityId: municipality.id, territoryId: territory.id });
    await db.insert(territoryMunicipalities).values({ territoryId: territory.id, municipalityId: municipality.id }).onConflictDoNothing();
    return c.json({ territoryId: territory.id, municipalityId: municipality.id, member: true }, 200);
  })
  .delete('/:territory/municipalities/:municipalityId', validate('param', TerritoryMunicipalityParams), async (c) => {
    await authorize(c, { to: 'administer' });
    const db = c.var.db;
    const { territory: ref, municipalityId } = c.req.valid('param');
    const territory = await territoryRow(db, ref);
    const municipality = await requireMunicipality(db, municipalityId);
    const children = await db
      .select({ id: territories.id })
      .from(territories)
      .where(and(eq(territories.parentId, territory.id), eq(territories.kind, 'subarea'), isNull(territories.deletedAt)));
    const childIds = children.map((t) => t.id);
    const inChild =
      childIds.length > 0 &&
      (await db
        .select({ territoryId: territoryMunicipalities.territoryId })
        .from(territoryMunicipalities)
        .where(eq(territoryMunicipalities.municipalityId, municipality.id))).some((row) => childIds.includes(row.territoryId));
    if (inChild) throw conflict('municipalityId', 'a sub-area of this territory still includes the municipality; remove it there first');
    c.set('audit', { ...c.var.audit, entity: 'territory_municipality', entityId: municipality.id, territoryId: territory.id });
    await db
      .delete(territoryMunicipalities)
      .where(and(eq(territoryMunicipalities.territoryId, territory.id), eq(territoryMunicipalities.municipalityId, municipality.id)));
    return c.json({ territoryId: territory.id, municipalityId: municipality.id, member: false }, 200);
  });
