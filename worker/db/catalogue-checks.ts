/**
 * The checks of a catalogue write that need the database: references that must exist, registration ids and IČOs
 * that must be unique. Each failure names the field, as the valibot checks of schema/api/catalogue.ts do.
 */
import { and, eq, isNull, ne } from 'drizzle-orm';
import { SERVICE_KINDS } from '../../schema/codelists.ts';
import { providers, services } from '../../schema/tables.ts';
import type { ServiceRow } from '../catalogue/public-service.ts';
import type { Database } from '../env.ts';
import { ApiError, type FieldIssue } from '../errors.ts';
import { unknownMunicipalityIds } from './catalogue-scope.ts';

export const invalidFields = (issues: FieldIssue[]) => new ApiError(400, 'validation_failed', 'The request has invalid fields', issues);
export const conflict = (field: string, message: string) => new ApiError(409, 'conflict', message, [{ field, message }]);

const relatedKinds = new Set<string>(SERVICE_KINDS.filter((k) => k.category === 'related').map((k) => k.code));

type ServiceReferences = {
  providerId?: string;
  kindCode?: string;
  registrationId?: string | null;
  municipalityIds?: readonly string[];
};

/** Throws 400 for a missing provider or municipality or a registration id on a related service, 409 for a taken id. */
export async function checkServiceReferences(db: Database, body: ServiceReferences, current?: ServiceRow): Promise<void> {
  const issues: FieldIssue[] = [];
  if (body.providerId !== undefined && body.providerId !== current?.providerId) {
    const provider = await db.query.providers.findFirst({
      where: and(eq(providers.id, body.providerId), isNull(providers.deletedAt), isNull(providers.retiredAt)),
      columns: { id: true },
    });
    if (!provider) issues.push({ field: 'json.providerId', message: 'no such provider (or it is retired)' });
  }
  if (body.municipalityIds?.length) {
    const unknown = new Set(await unknownMunicipalityIds(db, body.municipalityIds));
    body.municipalityIds.forEach((id, i) => {
      if (unknown.has(id)) issues.push({ field: `json.municipalityIds[${i}]`, message: 'no such municipality' });
    });
  }
  const kindCode = body.kindCode ?? current?.kindCode;
  const registrationId = body.registrationId !== undefined ? body.registrationId : current?.registrationId;
  if (kindCode && relatedKinds.has(kindCode) && registrationId) {
    issues.push({ field: 'json.registrationId', message: 'a related (unregistered) service has no registration id' });
  }
  if (issues.length) throw invalidFields(issues);
  if (body.registrationId && body.registrationId !== current?.registrationId) {
    const taken = await db.query.services.findFirst({
      where: and(eq(services.registrationId, body.registrationId), current ? ne(services.id, current.id) : undefined),
      columns: { id: true },
    });
    if (taken) throw conflict('json.registrationId', 'another service has this registration id');
  }
}

export async function checkIcoFree(db: Database, ico: string | null | undefined, providerId?: string): Promise<void> {
  if (!ico) return;
  const taken = await db.query.providers.findFirst({
    where: and(eq(providers.ico, ico), providerId ? ne(providers.id, providerId) : undefined),
    columns: { id: true },
  });
  if (taken) throw conflict('json.ico', 'another provider has this IČO');
}
