/**
 * Stable keys of the demo rows. Every id in the demo seed is demoId(<entity>:<key>), so a data module can point at
 * a row of another module by its readable key and the ids stay the same from one run to the next.
 */
import { demoId } from '../ids.ts';

export const ORP_SLUGS = ['cesky-krumlov', 'trhove-sviny', 'trebon', 'jindrichuv-hradec', 'tabor', 'prachatice'] as const;
export type OrpSlug = (typeof ORP_SLUGS)[number];
export type SubTerritorySlug =
  | 'mas-chance-in-nature'
  | 'bechynsko'
  | 'chynovsko'
  | 'mladovozicko'
  | 'sezimoustecko'
  | 'strmilov'
  | 'kardasova-recice'
  | 'nova-bystrice'
  | 'nova-vcelnice'
  | 'prachaticko'
  | 'volarsko-netolicko'
  | 'ckynsko';
export type TerritorySlug = OrpSlug | SubTerritorySlug;

export const REGION_CODE = 'CZ031';
export const regionId = demoId(`region:${REGION_CODE}`);

export const territoryId = (slug: TerritorySlug) => demoId(`territory:${slug}`);
/** keyed by the ČSÚ municipality code, the same key the registry import uses */
export const municipalityId = (code: string) => demoId(`municipality:${code}`);
export const providerId = (key: string) => demoId(`provider:${key}`);
export const serviceId = (key: string) => demoId(`service:${key}`);
export const groupId = (key: string) => demoId(`group:${key}`);
export const personId = (key: string) => demoId(`person:${key}`);
export const projectId = (key: string) => demoId(`project:${key}`);
export const planId = (key: string) => demoId(`plan:${key}`);
export const meetingId = (key: string) => demoId(`meeting:${key}`);
export const documentId = (key: string) => demoId(`document:${key}`);
/** for rows that only ever hang off one parent: demoId("<entity>:<parent key>/<local key>") */
export const childId = (entity: string, key: string) => demoId(`${entity}:${key}`);

/** The label every demo description carries, so nobody mistakes a demo entry for a real service. */
export const DEMO_NOTE = 'Ukázková data – smyšlený záznam pro předvedení aplikace.';
