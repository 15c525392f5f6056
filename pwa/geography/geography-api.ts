/**
 * The geography routes (schema/api/geography.ts is their contract) through the typed client; only the CSV upload
 * goes by fetch, since its body is the file as it is.
 */
import type { InferResponseType } from 'hono/client';
import { api, apiErrorFrom, reach, request } from '../lib/api.ts';

const regions = api.api.regions;
const territories = api.api.territories;

export type Region = InferResponseType<typeof regions.$get, 200>['regions'][number];
export type RegionTerritory = InferResponseType<(typeof regions)[':code']['territories']['$get'], 200>['territories'][number];
export type Municipality = InferResponseType<(typeof regions)[':code']['municipalities']['$get'], 200>['municipalities'][number];
export type TerritoryKind = RegionTerritory['kind'];

export const listRegions = async () => (await request(regions.$get())).regions;
export const createRegion = (json: { code: string; name: string }) => request(regions.$post({ json }));
export const renameRegion = (code: string, json: { name: string }) => request(regions[':code'].$patch({ param: { code }, json }));

export const regionTerritories = (code: string) => request(regions[':code'].territories.$get({ param: { code } }));
export const regionMunicipalities = async (code: string, retired = false) =>
  (await request(regions[':code'].municipalities.$get({ param: { code }, query: retired ? { retired: 'true' } : {} }))).municipalities;

export type TerritoryInput = {
  kind: TerritoryKind;
  name: string;
  regionCode: string;
  slug?: string;
  parentId?: string | null;
  planningSince?: number | null;
  orpCode?: string | null;
};
export const createTerritory = (json: TerritoryInput) => request(territories.$post({ json }));
export const editTerritory = (territory: string, json: { name?: string; orpCode?: string | null; planningSince?: number | null }) =>
  request(territories[':territory'].$patch({ param: { territory }, json }));
export const retireTerritory = (territory: string) => request(territories[':territory'].$delete({ param: { territory } }));

export const territoryMunicipalities = async (territory: string) =>
  (await request(territories[':territory'].municipalities.$get({ param: { territory } }))).municipalities;
export const setMembership = (territory: string, municipalityId: string, member: boolean) => {
  const route = territories[':territory'].municipalities[':municipalityId'];
  const param = { territory, municipalityId };
  return member ? request(route.$put({ param })) : request(route.$delete({ param }));
};

export const addMunicipality = (code: string, json: { code: string; name: string }) => request(regions[':code'].municipalities.$post({ param: { code }, json }));
export const retireMunicipality = (id: string) => request(api.api.municipalities[':id'].$delete({ param: { id } }));

export type MunicipalityImportReport = InferResponseType<(typeof regions)[':code']['municipalities-import']['$post'], 200>;

/** The file goes as its bytes: the Worker decodes and names a line that is not UTF-8. */
export async function importMunicipalities(regionCode: string, mode: 'dry-run' | 'apply', file: Blob): Promise<MunicipalityImportReport> {
  const path = `/api/regions/${encodeURIComponent(regionCode)}/municipalities-import?mode=${mode}`;
  const response = await reach(() => fetch(path, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'text/csv' }, body: file }));
  if (!response.ok) throw await apiErrorFrom(response);
  return (await response.json()) as MunicipalityImportReport;
}
