/**
 * The demo seed as SQL statements: every row of the demo data modules, in foreign-key order, as
 * `INSERT OR IGNORE` with deterministic ids, so loading it twice changes nothing. Needs the code lists of
 * migration 0002_code_lists. Tests run it with `db.batch(demoSeedStatements().map((s) => db.prepare(s)))`;
 * scripts/seed.ts writes it to a file for `wrangler d1 execute`.
 */
import * as t from '../schema/tables.ts';
import { isValidIco } from '../schema/ico.ts';
import { ceskyKrumlovServices, prachaticeServices } from './demo/catalogue/south-west.ts';
import { trebonServices, trhoveSvinyServices } from './demo/catalogue/south-east.ts';
import { jindrichuvHradecServices, taborServices } from './demo/catalogue/north.ts';
import { demoProviders } from './demo/catalogue/providers.ts';
import { expandServices } from './demo/catalogue/spec.ts';
import { demoPersonAccounts, demoUserRoles, demoUsers } from './demo/accounts.ts';
import { demoDocuments } from './demo/documents.ts';
import { demoMunicipalities, demoRegions, demoTerritories, demoTerritoryMunicipalities } from './demo/geography.ts';
import { demoGroupMembers, demoGroups, demoPeople } from './demo/groups.ts';
import {
  demoAgendaItems,
  demoAttendance,
  demoHearingComments,
  demoMeetings,
  demoNoteRevisions,
  demoNotes,
  demoTasks,
  demoVoteOptions,
} from './demo/meetings.ts';
import * as plan from './demo/plans/index.ts';
import { demoProjectActivities, demoProjects } from './demo/projects.ts';
import { insertStatements } from './sql.ts';

export const demoServiceSpecs = [
  ...ceskyKrumlovServices,
  ...trhoveSvinyServices,
  ...trebonServices,
  ...jindrichuvHradecServices,
  ...taborServices,
  ...prachaticeServices,
];

/** Throws on demo data that a real registry import would reject, before any SQL is written. */
export function validateDemoData(): void {
  const problems: string[] = [];
  for (const provider of demoProviders) {
    if (!provider.ico || !isValidIco(provider.ico)) problems.push(`provider "${provider.name}": IČO ${provider.ico} fails the checksum`);
  }
  const icos = demoProviders.map((p) => p.ico);
  if (new Set(icos).size !== icos.length) problems.push('two demo providers share an IČO');
  const registrationIds = demoServiceSpecs.flatMap((s) => (s.registrationId ? [s.registrationId] : []));
  for (const id of registrationIds) if (!/^\d{7}$/.test(id)) problems.push(`registration id ${id} is not 7 digits`);
  if (new Set(registrationIds).size !== registrationIds.length) problems.push('two demo services share a registration id');
  for (const spec of demoServiceSpecs) {
    const related = spec.kindCode.startsWith('rel-');
    if (related === Boolean(spec.registrationId)) problems.push(`service ${spec.key}: registered services need a registration id, related ones none`);
  }
  const providerIds = new Set(demoProviders.map((p) => p.id));
  const services = expandServices(demoServiceSpecs);
  for (const row of services.rows) if (!providerIds.has(row.providerId)) problems.push(`service "${row.name}" has an unknown provider`);
  if (problems.length) throw new Error(`invalid demo data:\n  ${problems.join('\n  ')}`);
}

export function demoSeedStatements(): string[] {
  validateDemoData();
  const services = expandServices(demoServiceSpecs);
  const o = { orIgnore: true } as const;
  // Order matters: D1 enforces foreign keys, so every row comes after the rows it points at.
  return [
    ...insertStatements(t.regions, demoRegions, o),
    ...insertStatements(t.territories, demoTerritories, o),
    ...insertStatements(t.municipalities, demoMunicipalities, o),
    ...insertStatements(t.territoryMunicipalities, demoTerritoryMunicipalities, o),
    ...insertStatements(t.providers, demoProviders, o),
    ...insertStatements(t.services, services.rows, o),
    ...insertStatements(t.serviceFormLinks, services.forms, o),
    ...insertStatements(t.serviceClientGroups, services.clientGroups, o),
    ...insertStatements(t.serviceMunicipalities, services.served, o),
    ...insertStatements(t.groups, demoGroups, o),
    ...insertStatements(t.users, demoUsers, o),
    ...insertStatements(t.userRoles, demoUserRoles, o),
    ...insertStatements(t.people, demoPeople.map((person) => ({ ...person, userId: demoPersonAccounts.get(person.id!) ?? null })), o),
    ...insertStatements(t.groupMembers, demoGroupMembers, o),
    ...insertStatements(t.planningProjects, demoProjects, o),
    ...insertStatements(t.projectActivities, demoProjectActivities, o),
    ...insertStatements(t.plans, plan.demoPlans, o),
    ...insertStatements(t.planSections, plan.demoPlanSections, o),
    ...insertStatements(t.priorities, plan.demoPriorities, o),
    ...insertStatements(t.measures, plan.demoMeasures, o),
    ...insertStatements(t.activities, plan.demoActivities, o),
    ...insertStatements(t.activityServices, plan.demoActivityServices, o),
    ...insertStatements(t.activityMunicipalities, plan.demoActivityMunicipalities, o),
    ...insertStatements(t.actionPlans, plan.demoActionPlans, o),
    ...insertStatements(t.actionPlanItems, plan.demoActionPlanItems, o),
    ...insertStatements(t.evaluations, plan.demoEvaluations, o),
    ...insertStatements(t.meetings, demoMeetings, o),
    ...insertStatements(t.agendaItems, demoAgendaItems, o),
    ...insertStatements(t.attendance, demoAttendance, o),
    ...insertStatements(t.notes, demoNotes, o),
    ...insertStatements(t.noteRevisions, demoNoteRevisions, o),
    ...insertStatements(t.tasks, demoTasks, o),
    ...insertStatements(t.voteOptions, demoVoteOptions, o),
    ...insertStatements(t.hearingComments, demoHearingComments, o),
    ...insertStatements(t.documents, demoDocuments, o),
  ];
}
