/** Document metadata only: no files are uploaded, so fileKey stays empty and the PWA shows the entry without a download. */
import type { documents } from '../../schema/tables.ts';
import { documentId, projectId, territoryId, type OrpSlug } from './keys.ts';

type DocumentRow = typeof documents.$inferInsert;

const doc = (key: string, orp: OrpSlug, row: Omit<DocumentRow, 'id' | 'territoryId' | 'isDemo'>): DocumentRow => ({
  id: documentId(key),
  territoryId: territoryId(orp),
  isDemo: true,
  ...row,
});

const PRESS_RELEASE = `# Pozvánka na veřejné projednání komunitního plánu

Město Jindřichův Hradec a Centrum pro komunitní práci jižní Čechy zvou všechny občany na **veřejné projednání
komunitního plánu sociálních služeb**, které se koná **ve čtvrtek 12. dubna 2018 od 15:00** v Muzeu fotografie
a moderních obrazových médií, Kostelní 20/I.

Na setkání představíme, co zjistily analýzy potřeb uživatelů, poskytovatelů a obcí, a společně vybereme priority
na další roky. Hlasovat můžete i z mobilu.

- vstup volný, prostory jsou bezbariérové
- připomínky lze poslat i předem na kpss@example.org

*Ukázková data – smyšlená tisková zpráva pro předvedení aplikace.*
`;

export const demoDocuments: DocumentRow[] = [
  doc('jh-statute', 'jindrichuv-hradec', { projectId: projectId('jh-2018'), kind: 'statute', title: 'Základní listina komunitního plánování sociálních služeb ORP Jindřichův Hradec', issuedOn: '2018-03-08' }),
  doc('jh-rules', 'jindrichuv-hradec', { projectId: projectId('jh-2018'), kind: 'rules_of_procedure', title: 'Jednací řád řídicí a pracovních skupin', issuedOn: '2018-03-08' }),
  doc('jh-press-2018-04', 'jindrichuv-hradec', { projectId: projectId('jh-2018'), kind: 'press_release', title: 'Tisková zpráva: Veřejné projednání komunitního plánu 12. 4. 2018', issuedOn: '2018-04-03', bodyMarkdown: PRESS_RELEASE }),
  doc('jh-minutes-2018-03', 'jindrichuv-hradec', { kind: 'minutes', title: 'Zápis z jednání PS Osoby ohrožené sociálním vyloučením 29. 3. 2018', issuedOn: '2018-04-05', isPublic: true }),
  doc('trebon-senior-taxi', 'trebon', { projectId: projectId('jrr-trebon'), kind: 'analysis', title: 'Analýza potřebnosti služby Senior taxi na Třeboňsku', issuedOn: '2018-09-30' }),
  doc('ts-catalogue-2019', 'trhove-sviny', { projectId: projectId('jrr-trhove-sviny'), kind: 'catalogue', title: 'Katalog sociálních a návazných služeb ORP Trhové Sviny 2019', issuedOn: '2019-03-01' }),
  doc('ts-evaluation-2019', 'trhove-sviny', { kind: 'evaluation', title: 'Vyhodnocení KPSS za rok 2019', issuedOn: '2020-02-19' }),
  doc('tabor-communication', 'tabor', { projectId: projectId('tabor-2018'), kind: 'communication_strategy', title: 'Komunikační strategie KPSS Táborsko', issuedOn: '2018-07-15' }),
  doc('tabor-sociodemographic', 'tabor', { projectId: projectId('tabor-2018'), kind: 'analysis', title: 'Sociodemografická analýza ORP Tábor', issuedOn: '2019-01-31' }),
  doc('prachatice-plan-2008', 'prachatice', { projectId: projectId('prachatice-2007'), kind: 'plan', title: 'Komunitní plán sociálních služeb Prachaticka 2008–2013', issuedOn: '2008-02-21' }),
  doc('ck-steering-internal', 'cesky-krumlov', { kind: 'other', title: 'Podklady řídicí skupiny k rozpočtu 2019 (interní)', issuedOn: '2018-11-20', isPublic: false }),
];
