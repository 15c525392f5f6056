import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';
import organizationList from './fixtures/hsds-3.1/compiled/organization_list.json';
import serviceAtLocationList from './fixtures/hsds-3.1/compiled/service_at_location_list.json';
import serviceList from './fixtures/hsds-3.1/compiled/service_list.json';
import openapi from './fixtures/hsds-3.1/openapi.json';
import { api } from './helpers.ts';
import { HSDS, seedHsdsCatalogue, type Page } from './hsds.fixtures.ts';

/**
 * Every path of the HSDS 3.1 OpenAPI, answered by KPSS, validated with ajv (JSON Schema 2020-12) against the
 * specification's own files in test/fixtures/hsds-3.1/ (README there: version, commits, what is not vendored).
 * The OpenAPI's $refs name the raw GitHub URLs of the files; the vendored copies are registered under exactly those.
 */
const SPEC = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
const VENDORED: Record<string, object> = {
  [`${SPEC}compiled/service_list.json`]: serviceList,
  [`${SPEC}compiled/organization_list.json`]: organizationList,
  [`${SPEC}compiled/service_at_location_list.json`]: serviceAtLocationList,
};
/**
 * The schema each not vendored $ref is checked against instead: a full service or organization must pass its
 * one-to-one schema too (the nested objects are checked in catalogue-hsds.test.ts); taxonomy and taxonomy_term are
 * written here from their 3.1 definitions as compiled/service.json embeds them.
 */
const STAND_INS: Record<string, string> = {
  [`${SPEC}compiled/service.json`]: `${SPEC}compiled/service_list.json`,
  [`${SPEC}compiled/organization.json`]: `${SPEC}compiled/organization_list.json`,
  [`${SPEC}taxonomy.json`]: 'urn:kpss:hsds-3.1-hand:taxonomy',
  [`${SPEC}taxonomy_term.json`]: 'urn:kpss:hsds-3.1-hand:taxonomy_term',
};
const uuid = { type: 'string', format: 'uuid' };
const text = { type: 'string' };
const HAND_TAXONOMY = {
  type: 'object',
  properties: { id: uuid, name: text, description: text, uri: { type: 'string', format: 'uri' }, version: text },
  required: ['id', 'name', 'description'],
};
const HAND_TAXONOMY_TERM = {
  type: 'object',
  properties: { id: uuid, code: text, name: text, description: text, parent_id: uuid, taxonomy: text, taxonomy_detail: { $ref: 'urn:kpss:hsds-3.1-hand:taxonomy' }, language: text, taxonomy_id: uuid, term_uri: { type: 'string', format: 'uri' } },
  required: ['id', 'name', 'description'],
};

// strictTypes off: the OpenAPI's list schemas give `properties` without `type: object`, as JSON Schema allows
const ajv = new Ajv2020({ allErrors: true, strict: true, strictTypes: false });
// the specification's own annotations (Frictionless Data), not JSON Schema keywords
ajv.addVocabulary(['name', 'path', 'datapackage_metadata', 'constraints', 'example', 'core', 'tabular_required', 'datapackage_type']);
ajv.addFormat('uuid', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
ajv.addFormat('uri', { validate: (s: string) => /^[a-z][a-z0-9+.-]*:/i.test(s) && URL.canParse(s) });
ajv.addFormat('email', /^[^\s@]+@[^\s@]+\.[^\s@]+$/);
ajv.addFormat('date-time', { validate: (s: string) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/i.test(s) && !Number.isNaN(Date.parse(s)) });
for (const [id, schema] of Object.entries(VENDORED)) ajv.addSchema(schema, id);
ajv.addSchema(HAND_TAXONOMY, 'urn:kpss:hsds-3.1-hand:taxonomy');
ajv.addSchema(HAND_TAXONOMY_TERM, 'urn:kpss:hsds-3.1-hand:taxonomy_term');

type Json = { [key: string]: Json } | Json[] | string | number | boolean | null;
const spec = openapi as unknown as { paths: Record<string, { get: { responses: { 200: { content: { 'application/json': { schema: Json } } } } } }>; components: { schemas: Record<string, Json> } };

/**
 * Where the OpenAPI contradicts itself: /service_at_locations/{id} is described as "fully nested service_at_location"
 * but its $ref names compiled/service.json. KPSS answers what the path and description say, a service_at_location.
 */
const PATH_OVERRIDES: Record<string, Record<string, string>> = {
  '/service_at_locations/{id}': { [`${SPEC}compiled/service.json`]: `${SPEC}compiled/service_at_location_list.json` },
};

/** The GET 200 schema of a path, its Page reference inlined and the not vendored references replaced. */
function responseSchema(path: string): object {
  const standIns = { ...STAND_INS, ...PATH_OVERRIDES[path] };
  const resolve = (node: Json): Json => {
    if (Array.isArray(node)) return node.map(resolve);
    if (node === null || typeof node !== 'object') return node;
    const ref = node.$ref;
    if (ref === '#/components/schemas/Page') return resolve(spec.components.schemas.Page!);
    const out: Record<string, Json> = {};
    for (const [key, value] of Object.entries(node)) out[key] = key === '$ref' && typeof ref === 'string' ? (standIns[ref] ?? ref) : resolve(value);
    return out;
  };
  return resolve(spec.paths[path]!.get.responses[200].content['application/json'].schema) as object;
}

const readable = (errors: ErrorObject[] | null | undefined) => (errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);

let seeded: Awaited<ReturnType<typeof seedHsdsCatalogue>>;
const examples: Record<string, string> = {};
beforeAll(async () => {
  seeded = await seedHsdsCatalogue();
  // an API without the list still gets its {id} path asked, and fails there with the status it answers
  const first = async (path: string) => (await (await api(`${HSDS}${path}`)).json<Partial<Page<{ id: string }>>>()).contents?.[0]?.id ?? '00000000-0000-4000-8000-000000000000';
  Object.assign(examples, {
    '/services/{id}': seeded.services.domov,
    '/service_at_locations/{id}': seeded.services.domov,
    '/organizations/{id}': seeded.providers.charita,
    '/taxonomies/{id}': await first('/taxonomies'),
    '/taxonomy_terms/{id}': await first('/taxonomy_terms'),
  });
});

/** The query variants KPSS answers differently, per path of the OpenAPI. */
const VARIANTS: Record<string, string[]> = {
  '/services': ['', '?full=false', '?minimal=true', '?per_page=2&page=2', '?search=poradna'],
  '/service_at_locations': ['', '?full=true'],
  '/organizations': ['', '?full=false', '?full_service=true'],
  '/organizations/{id}': ['', '?full_service=true'],
};

describe('HSDS 3.1 answers against the specification’s schemas (ajv, JSON Schema 2020-12)', () => {
  it('the validator is not vacuous: a bad service fails the vendored service_list.json', () => {
    const validate = ajv.getSchema(`${SPEC}compiled/service_list.json`)!;
    expect(validate({ id: 'svc-1', name: 'Poradna', status: 'open', url: 'not a url' })).toBe(false);
    expect(readable(validate.errors)).toEqual(expect.arrayContaining(['/id must match format "uuid"', '/status must be equal to one of the allowed values', '/url must match format "uri"']));
  });

  it('every GET path of the OpenAPI answers 200 with a body its schema accepts', async () => {
    const paths = Object.keys(spec.paths);
    expect(paths).toEqual(expect.arrayContaining(['/', '/services', '/services/{id}', '/organizations/{id}', '/service_at_locations', '/taxonomies', '/taxonomy_terms/{id}']));
    const failures: string[] = [];
    for (const path of paths) {
      const validate = ajv.compile(responseSchema(path));
      const concrete = path.includes('{id}') ? path.replace('{id}', examples[path] ?? 'no-example-for-this-path') : path;
      for (const query of VARIANTS[path] ?? ['']) {
        const url = `${HSDS}${concrete}${query}`;
        const res = await api(url);
        if (res.status !== 200) {
          failures.push(`${url}: ${res.status}`);
          continue;
        }
        const body = await res.json();
        if (!validate(body)) failures.push(...readable(validate.errors).map((e) => `${url}: ${e}`));
        const contents = (body as { contents?: unknown[] }).contents;
        if (contents && query === '' && contents.length === 0) failures.push(`${url}: empty, nothing validated`);
      }
    }
    expect(failures).toEqual([]);
  });
});
