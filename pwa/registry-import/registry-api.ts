/**
 * The registry routes (schema/api/registry.ts is their contract). Called with fetch and typed by the contract's
 * report types; one error type (ApiError) like every other screen.
 */
import type { RegistryImportReport, RegistryList, UnknownRegistryCode } from '../../schema/api/registry.ts';
import { api, apiErrorFrom, reach, request } from '../lib/api.ts';

export type { RegistryImportReport, RegistryList, UnknownRegistryCode };

async function call<T>(path: string, init: RequestInit = {}): Promise<T> {
  const response = await reach(() =>
    fetch(path, { credentials: 'same-origin', ...init, headers: init.body ? { 'content-type': 'application/json', ...init.headers } : init.headers }),
  );
  if (!response.ok) throw await apiErrorFrom(response);
  return (response.status === 204 ? null : await response.json()) as T;
}

const territoryPath = (slug: string) => `/api/territories/${encodeURIComponent(slug)}`;

export const importScope = (slug: string) => call<{ municipalityCodes: string[] }>(`${territoryPath(slug)}/registry-import/scope`);

export type ImportPayload = { polozky: unknown[]; positions: number[]; totalItems: number; fileName: string };

export const runImport = (slug: string, mode: 'dry-run' | 'apply', payload: ImportPayload) =>
  call<RegistryImportReport>(`${territoryPath(slug)}/registry-import?mode=${mode}`, { method: 'POST', body: JSON.stringify(payload) });

export type RegistryCodeMapping = {
  list: RegistryList;
  code: string;
  registryName: string | null;
  kpssCode: string | null;
  kpssName: string | null;
  source: 'verified' | 'code_list' | 'person' | null;
  assignedBy: { id: string; name: string | null } | null;
  assignedAt: number | null;
  suggestion: UnknownRegistryCode['suggestion'];
};

export const listCodeMappings = () => call<{ codes: RegistryCodeMapping[] }>('/api/registry-codes');

export const assignCode = (list: RegistryList, code: string, kpssCode: string) =>
  call<{ mapping: RegistryCodeMapping; changed: boolean }>(`/api/registry-codes/${list}/${encodeURIComponent(code)}`, { method: 'PUT', body: JSON.stringify({ kpssCode }) });

export type CodeListEntry = { list: RegistryList; code: string; registryName: string; kpssCode: string | null };
export type CodeListReport = {
  mode: 'dry-run' | 'apply';
  applied: boolean;
  counts: { items: number; mapped: number; new: number; unknown: number };
  mapped: CodeListEntry[];
  new: CodeListEntry[];
  unknown: (CodeListEntry & { suggestion: UnknownRegistryCode['suggestion'] })[];
};

/** The body is the file's text as it is: the registry's code lists are small (tens of items). */
export const uploadCodeList = (mode: 'dry-run' | 'apply', fileText: string) =>
  call<CodeListReport>(`/api/registry-codes/code-lists?mode=${mode}`, { method: 'POST', body: fileText });

export type RegistrySource = { url: string; autoApply: boolean; updatedAt: number };

export type RegistryRunSummary = {
  id: string;
  url: string;
  status: 'pending' | 'applied' | 'failed' | 'dismissed' | 'superseded';
  /** why a run failed, in English from the Worker */
  message: string | null;
  totalItems: number | null;
  startedAt: number;
  finishedAt: number | null;
  decidedAt: number | null;
  counts: RegistryImportReport['counts'] | null;
};

export const getRegistrySource = (slug: string) => call<{ source: RegistrySource | null; lastRun: RegistryRunSummary | null }>(`${territoryPath(slug)}/registry-source`);
export const putRegistrySource = (slug: string, source: { url: string | null; autoApply: boolean }) =>
  call<{ source: RegistrySource | null }>(`${territoryPath(slug)}/registry-source`, { method: 'PUT', body: JSON.stringify(source) });

export const getPending = (slug: string) =>
  call<{ pending: (RegistryRunSummary & { report: RegistryImportReport }) | null; lastRun: RegistryRunSummary | null }>(`${territoryPath(slug)}/registry-import/pending`);
export const applyPending = (slug: string) => call<RegistryImportReport>(`${territoryPath(slug)}/registry-import/pending/apply`, { method: 'POST' });
export const dismissPending = (slug: string) => call<null>(`${territoryPath(slug)}/registry-import/pending`, { method: 'DELETE' });

export const loadCodeLists = () => request(api.api['code-lists'].$get());
export type CodeLists = Awaited<ReturnType<typeof loadCodeLists>>;
export const loadTerritory = (slug: string) => request(api.api.territories[':territory'].$get({ param: { territory: slug } }));
