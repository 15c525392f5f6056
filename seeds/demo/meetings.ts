/**
 * Meetings: the real dates and places of Jindřichův Hradec's working-group meeting of 29 March 2018 and public
 * hearing of 12 April 2018, a few more held meetings, and upcoming ones in 2027. Minutes, attendance and the task
 * are made up.
 */
import type { agendaItems, attendance, hearingComments, meetings, noteRevisions, notes, tasks, voteOptions } from '../../schema/tables.ts';
import { childId, groupId, meetingId, personId, planId, territoryId, type OrpSlug } from './keys.ts';
import { JH_PLAN } from './plans/jindrichuv-hradec.ts';

type MeetingRow = typeof meetings.$inferInsert;

const DEMO_HEARING = 'jh-hearing-2027-05';
/** The open demo hearing's public code: the phones' link is /h/JHKPSS. */
export const DEMO_HEARING_CODE = 'JHKPSS';

const MEETINGS: readonly (Omit<MeetingRow, 'id' | 'territoryId' | 'groupId' | 'planId' | 'isDemo'> & { key: string; orp: OrpSlug; group?: string; plan?: string })[] = [
  {
    key: 'jh-excluded-2018-03', orp: 'jindrichuv-hradec', group: 'jh-excluded', kind: 'working_group',
    title: 'Jednání pracovní skupiny Osoby ohrožené sociálním vyloučením', startsAt: '2018-03-29T13:00', endsAt: '2018-03-29T15:00',
    place: 'MěÚ Jindřichův Hradec, nám. Masarykovo 168/II', status: 'published', publishedAt: Date.UTC(2018, 3, 5, 10, 0),
  },
  {
    key: 'jh-hearing-2018-04', orp: 'jindrichuv-hradec', plan: JH_PLAN, kind: 'public_hearing',
    title: 'Veřejné projednání komunitního plánu sociálních služeb', startsAt: '2018-04-12T15:00', endsAt: '2018-04-12T17:30',
    place: 'Muzeum fotografie a moderních obrazových médií, Kostelní 20/I, Jindřichův Hradec', status: 'published',
    votePoints: 5, resultsVisible: true, publicCode: 'JH2018', publishedAt: Date.UTC(2018, 3, 16, 9, 0),
    hearingOpenedAt: Date.UTC(2018, 3, 12, 13, 0), hearingClosedAt: Date.UTC(2018, 3, 12, 15, 30), votingClosedAt: Date.UTC(2018, 3, 12, 15, 0),
    settlementPublishedAt: Date.UTC(2018, 4, 10, 8, 0),
  },
  {
    // the demo's open hearing: the tablet kiosk and the phones' link /h/JHKPSS work at once (voting open, results shown)
    key: DEMO_HEARING, orp: 'jindrichuv-hradec', plan: JH_PLAN, kind: 'public_hearing',
    title: 'Veřejné projednání návrhu komunitního plánu 2020–2022', startsAt: '2027-05-13T16:00', endsAt: '2027-05-13T18:30',
    place: 'Muzeum Jindřichohradecka, Balbínovo nám. 19/I, Jindřichův Hradec', status: 'planned',
    publicCode: DEMO_HEARING_CODE, votePoints: 10, votingOpen: true, resultsVisible: true,
    hearingOpenedAt: Date.UTC(2026, 10, 30, 8, 0), currentAgendaItemId: childId('agenda_item', `${DEMO_HEARING}/2`),
  },
  {
    key: 'ts-steering-2019-02', orp: 'trhove-sviny', group: 'ts-steering', kind: 'steering_group',
    title: 'Řídicí skupina – vyhodnocení akčního plánu', startsAt: '2019-02-20T14:00', endsAt: '2019-02-20T16:00',
    place: 'MěÚ Trhové Sviny, Žižkovo nám. 32', status: 'held',
  },
  {
    key: 'ta-mayors-2019-10', orp: 'tabor', kind: 'mayors_round_table',
    title: 'Kulatý stůl starostů Táborska', startsAt: '2019-10-08T10:00', endsAt: '2019-10-08T12:30',
    place: 'MěÚ Tábor, Žižkovo nám. 2', status: 'held',
  },
  {
    key: 'tr-seniors-2027-01', orp: 'trebon', group: 'tr-seniors', kind: 'working_group',
    title: 'Pracovní skupina Senioři', startsAt: '2027-01-21T13:30', endsAt: '2027-01-21T15:30', place: 'Centrum sociálních služeb Třeboň, Jiráskova 1', status: 'planned',
  },
  {
    key: 'ta-steering-2027-02', orp: 'tabor', group: 'ta-steering', kind: 'steering_group',
    title: 'Řídicí skupina KPSS Táborsko', startsAt: '2027-02-10T14:00', endsAt: '2027-02-10T16:00', place: 'MěÚ Tábor, Žižkovo nám. 2', status: 'planned',
  },
  {
    // the demo member's next meeting: open it on a phone, take the minutes offline; the 2018 open task carries over to it
    key: 'jh-excluded-2027-02', orp: 'jindrichuv-hradec', group: 'jh-excluded', kind: 'working_group',
    title: 'Jednání pracovní skupiny Osoby ohrožené sociálním vyloučením', startsAt: '2027-02-18T13:00', endsAt: '2027-02-18T15:00',
    place: 'MěÚ Jindřichův Hradec, nám. Masarykovo 168/II', status: 'planned',
  },
  {
    key: 'jh-public-2027-03', orp: 'jindrichuv-hradec', kind: 'public_meeting',
    title: 'Veřejné setkání k potřebám v sociální oblasti', startsAt: '2027-03-18T16:00', endsAt: '2027-03-18T18:00',
    place: 'Kulturní dům Střelnice, Jindřichův Hradec', status: 'planned', publicCode: 'JH2027',
  },
  {
    key: 'ck-mayors-2027-04', orp: 'cesky-krumlov', kind: 'mayors_round_table',
    title: 'Kulatý stůl starostů Českokrumlovska', startsAt: '2027-04-14T10:00', endsAt: '2027-04-14T12:00', place: 'MěÚ Český Krumlov, nám. Svornosti 1', status: 'planned',
  },
];

export const demoMeetings: MeetingRow[] = MEETINGS.map(({ key, orp, group, plan, ...row }) => ({
  ...row,
  id: meetingId(key),
  territoryId: territoryId(orp),
  groupId: group ? groupId(group) : null,
  planId: plan ? planId(plan) : null,
  isDemo: true,
}));

const AGENDAS: Record<string, readonly (readonly [title: string, presenter?: string])[]> = {
  'jh-excluded-2018-03': [
    ['Úvod, představení projektu KPSS na Jindřichohradecku', 'Hana Ukázková'],
    ['Výsledky analýzy potřeb uživatelů', 'Ondřej Smyšlený'],
    ['Návrh priorit pro cílovou skupinu', 'Tomáš Vzorový'],
    ['Příprava veřejného projednání 12. 4. 2018'],
    ['Různé'],
  ],
  'jh-hearing-2018-04': [
    ['Co je komunitní plánování a jak se můžete zapojit', 'Hana Ukázková'],
    ['Potřeby v jednotlivých cílových skupinách', 'předsedové pracovních skupin'],
    ['Hlasování o prioritách'],
    ['Diskuse a připomínky'],
  ],
  [DEMO_HEARING]: [
    ['Úvod: jak vznikal návrh plánu', 'Hana Ukázková'],
    ['Návrh priorit po cílových skupinách', 'předsedové pracovních skupin'],
    ['Hlasování o prioritách'],
    ['Připomínky a diskuse'],
  ],
  'ts-steering-2019-02': [['Vyhodnocení akčního plánu 2018'], ['Senior taxi – první zkušenosti'], ['Harmonogram jednání 2019']],
  'ta-mayors-2019-10': [['Síť sociálních služeb na Táborsku'], ['Spolufinancování pečovatelské služby obcemi'], ['Územní pracovní skupiny – zkušenosti starostů']],
  'tr-seniors-2027-01': [['Kapacity pečovatelské služby'], ['Potřeby pečujících rodin']],
  'ta-steering-2027-02': [['Příprava plánu na další období'], ['Rozpočet KPSS 2027']],
  'jh-excluded-2027-02': [['Kontrola úkolů z minulého jednání'], ['Zimní noclehárna – stav příprav', 'Lenka Modelová'], ['Různé']],
};

export const demoAgendaItems: (typeof agendaItems.$inferInsert)[] = Object.entries(AGENDAS).flatMap(([meeting, items]) =>
  items.map(([title, presenter], index) => ({
    id: childId('agenda_item', `${meeting}/${index + 1}`),
    meetingId: meetingId(meeting),
    position: index + 1,
    title,
    presenter: presenter ?? null,
  })),
);

const agendaItemId = (meeting: string, position: number) => childId('agenda_item', `${meeting}/${position}`);
const HELD = 'jh-excluded-2018-03';

export const demoAttendance: (typeof attendance.$inferInsert)[] = [
  ...(['jh-charita', 'jh-klub', 'jh-user', 'jh-methodologist'] as const).map((person) => ({
    id: childId('attendance', `${HELD}/${person}`),
    meetingId: meetingId(HELD),
    personId: personId(person),
    planningRole: person === 'jh-user' ? ('user' as const) : person === 'jh-methodologist' ? ('public' as const) : ('provider' as const),
    status: 'present' as const,
    consentAt: Date.UTC(2018, 2, 29, 13, 0),
  })),
  {
    id: childId('attendance', `${HELD}/host`),
    meetingId: meetingId(HELD),
    name: 'Host z Úřadu práce (ukázka)',
    organization: 'Úřad práce ČR, kontaktní pracoviště Jindřichův Hradec (ukázka)',
    planningRole: 'commissioner',
    status: 'guest',
    consentAt: Date.UTC(2018, 2, 29, 13, 0),
  },
  { id: childId('attendance', `${HELD}/jh-analyst`), meetingId: meetingId(HELD), personId: personId('jh-analyst'), planningRole: 'public', status: 'excused' },
  // the group invited to its next meeting (prezenční listina filled in on the day)
  ...(
    [
      ['jh-charita', 'provider'],
      ['jh-klub', 'provider'],
      ['jh-user', 'user'],
      ['jh-methodologist', 'public'],
    ] as const
  ).map(([person, planningRole]) => ({
    id: childId('attendance', `jh-excluded-2027-02/${person}`),
    meetingId: meetingId('jh-excluded-2027-02'),
    personId: personId(person),
    planningRole,
    status: 'invited' as const,
  })),
];

/** [agenda position, kind, text] of the minutes of the held meeting; each note gets one revision as its head */
const MINUTES: readonly (readonly [number, (typeof notes.$inferInsert)['kind'], string])[] = [
  [2, 'note', 'Z 436 dotazníků uvádí 38 % respondentů z cílové skupiny jako hlavní problém dostupné bydlení, 27 % dluhy.'],
  [3, 'decision', 'Skupina doporučuje jako prioritu zachování azylového domu a vznik zimní noclehárny.'],
  [3, 'note', 'Poskytovatelé upozornili na chybějící dluhové poradenství mimo Jindřichův Hradec.'],
  [4, 'private', 'Zajistit tlumočníka do znakového jazyka na veřejné projednání.'],
];

export const demoNotes: (typeof notes.$inferInsert)[] = MINUTES.map(([position, kind, body], index) => ({
  id: childId('note', `${HELD}/${index + 1}`),
  meetingId: meetingId(HELD),
  agendaItemId: agendaItemId(HELD, position),
  kind,
  body,
  headRevisionId: childId('note_revision', `${HELD}/${index + 1}/1`),
}));

export const demoNoteRevisions: (typeof noteRevisions.$inferInsert)[] = MINUTES.map(([, , body], index) => ({
  id: childId('note_revision', `${HELD}/${index + 1}/1`),
  noteId: childId('note', `${HELD}/${index + 1}`),
  baseRevisionId: null,
  body,
}));

export const demoTasks: (typeof tasks.$inferInsert)[] = [
  {
    id: childId('task', `${HELD}/1`), meetingId: meetingId(HELD), groupId: groupId('jh-excluded'), assignee: 'Lenka Modelová',
    description: 'Doplnit počty klientů azylového domu za rok 2017 do podkladů plánu.', dueOn: '2018-04-10', status: 'done', doneAt: Date.UTC(2018, 3, 9, 12, 0),
  },
  {
    id: childId('task', `${HELD}/2`), meetingId: meetingId(HELD), groupId: groupId('jh-excluded'), assignee: 'David Fiktivní',
    description: 'Zjistit možnosti prostor pro zimní noclehárnu u města.', dueOn: '2018-05-31', status: 'open',
  },
];

const HEARING = 'jh-hearing-2018-04';

export const demoVoteOptions: (typeof voteOptions.$inferInsert)[] = [
  'Zimní noclehárna pro lidi bez domova',
  'Chráněné bydlení pro lidi s mentálním postižením',
  'Terénní odlehčovací služba v menších obcích',
  'Dluhové poradenství v územních skupinách',
].map((label, index) => ({ id: childId('vote_option', `${HEARING}/${index + 1}`), meetingId: meetingId(HEARING), label, position: index + 1 }))
  .concat(
    ([
      ['Terénní odlehčovací služba v územních skupinách', 'sen-2.1'],
      ['Chráněné bydlení pro lidi s mentálním postižením', 'ozp-2.1'],
      ['Zimní noclehárna pro lidi bez domova', null],
      ['Senior pointy v menších obcích', 'sen-3.1'],
    ] as const).map(([label, measure], index) => ({
      id: childId('vote_option', `${DEMO_HEARING}/${index + 1}`),
      meetingId: meetingId(DEMO_HEARING),
      label,
      measureId: measure ? childId('measure', `${JH_PLAN}/${measure}`) : null,
      position: index + 1,
    })),
  );

export const demoHearingComments: (typeof hearingComments.$inferInsert)[] = [
  {
    id: childId('hearing_comment', `${HEARING}/1`), meetingId: meetingId(HEARING), authorName: null,
    body: 'Chybí mi v plánu doprava seniorů z malých obcí k lékaři.', settlement: 'accepted', settlementReason: 'Doplněno do průřezových opatření.',
    createdAt: Date.UTC(2018, 3, 12, 14, 10), settledAt: Date.UTC(2018, 4, 2, 9, 0),
  },
  {
    id: childId('hearing_comment', `${HEARING}/2`), meetingId: meetingId(HEARING), authorName: 'Zdeňka Náhodná (ukázka)',
    body: 'Prosím o delší otevírací dobu nízkoprahového klubu o prázdninách.', settlement: 'partly_accepted', settlementReason: 'Prázdninový provoz rozšířen o jeden den v týdnu.',
    createdAt: Date.UTC(2018, 3, 12, 14, 25), settledAt: Date.UTC(2018, 4, 2, 9, 30),
  },
  {
    // waiting for the coordinator's answer on the open demo hearing
    id: childId('hearing_comment', `${DEMO_HEARING}/1`), meetingId: meetingId(DEMO_HEARING), authorName: null,
    measureId: childId('measure', `${JH_PLAN}/sen-2.1`), participantToken: childId('participant', `${DEMO_HEARING}/1`),
    agendaItemId: childId('agenda_item', `${DEMO_HEARING}/2`),
    body: 'Odlehčovací službu potřebujeme hlavně o víkendech, kdy pečující nemají jinou pomoc.',
  },
];
