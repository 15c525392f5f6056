import type { InferResponseType } from 'hono/client';
import type { api } from '../lib/api.ts';

/** What `GET /api/territories/:territory/catalogue` answers: a full snapshot or, with `since`, a delta. */
export type CatalogueResponse = InferResponseType<(typeof api.api.territories)[':territory']['catalogue']['$get'], 200>;

export type ServiceCard = CatalogueResponse['services'][number];
export type ProviderCard = CatalogueResponse['providers'][number];
export type MunicipalityEntry = CatalogueResponse['municipalities'][number];
/** Only a full snapshot carries the code lists. */
export type CodeLists = NonNullable<CatalogueResponse extends infer R ? (R extends { codeLists?: infer C } ? C : never) : never>;
export type OpeningHours = NonNullable<ServiceCard['openingHours']>;

/** The device's copy of one territory's catalogue: a full snapshot with every delta since applied. */
export type LocalCatalogue = {
  territory: CatalogueResponse['territory'];
  version: number;
  services: ServiceCard[];
  providers: ProviderCard[];
  municipalities: MunicipalityEntry[];
  codeLists: CodeLists;
};
