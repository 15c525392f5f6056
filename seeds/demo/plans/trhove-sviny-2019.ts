/**
 * Střednědobý plán sociálních služeb ORP Trhové Sviny 2019–2021: a chapter per working group plus the
 * cross-cutting chapter, its action plans for 2019 and 2020 and the evaluation of 2019. The content follows the
 * shape of the real plan; the activities, costs and figures are demo values.
 */
import { PRIORITY_TITLES, type ActionPlanSpec, type EvaluationSpec, type SectionSpec } from './structure.ts';

export const TS_PLAN = 'ts-2019';

const TOWN = 'Město Trhové Sviny';

export const trhoveSviny2019Sections: SectionSpec[] = [
  {
    key: 'seniors', title: 'Senioři', targetGroupCode: 'seniors', workingGroup: 'ts-seniors',
    priorities: [
      {
        key: 'sen-1', kind: 'system', code: '1', title: `Priorita 1 – ${PRIORITY_TITLES.system}`,
        measures: [{
          key: 'sen-1.1', code: 'SEN 1.1', title: 'Zachování terénních služeb pro seniory', need: 'Senioři chtějí zůstat co nejdéle doma.',
          activities: [
            {
              key: 'sen-1.1.1', code: 'SEN 1.1.1', title: 'Financování pečovatelské služby Trhové Sviny', responsible: TOWN, partners: ['obce ORP Trhové Sviny'],
              startYear: 2019, endYear: 2021, estimatedCostCzk: 7_200_000,
              funding: [{ source: 'municipality', amountCzk: 2_400_000 }, { source: 'region', amountCzk: 4_200_000 }, { source: 'other', amountCzk: 600_000 }],
              indicators: [{ name: 'počet klientů', unit: 'osoby', target: 120 }],
              services: [['ts-pecovatelska', 'supports']],
            },
            {
              key: 'sen-1.1.2', code: 'SEN 1.1.2', title: 'Pečovatelská služba o víkendech na Borovansku', responsible: 'Charita Borovany (ukázka)',
              startYear: 2020, endYear: 2021, estimatedCostCzk: 900_000,
              funding: [{ source: 'region', amountCzk: 700_000 }, { source: 'municipality', amountCzk: 200_000 }],
              indicators: [{ name: 'víkendové návštěvy za rok', unit: 'návštěvy', target: 800 }],
              services: [['ts-charita-pecovatelska', 'supports']], municipalities: ['544281', '544639'],
            },
          ],
        }],
      },
      {
        key: 'sen-2', kind: 'development', code: '2', title: `Priorita 2 – ${PRIORITY_TITLES.development}`,
        measures: [{
          key: 'sen-2.1', code: 'SEN 2.1', title: 'Podpora pečujících rodin', need: 'Pečující nemají kdy si odpočinout.',
          activities: [{
            key: 'sen-2.1.1', code: 'SEN 2.1.1', title: 'Navýšení kapacity odlehčovacích pobytů o 2 lůžka', responsible: 'Domov U Svinenského rybníka (ukázka)',
            startYear: 2020, endYear: 2021, estimatedCostCzk: 1_100_000,
            funding: [{ source: 'region', amountCzk: 800_000 }, { source: 'municipality', amountCzk: 300_000 }],
            indicators: [{ name: 'lůžka odlehčovací služby', unit: 'lůžka', target: 8 }],
            services: [['ts-odlehcovaci', 'supports']],
          }],
        }],
      },
      {
        key: 'sen-3', kind: 'accompanying', code: '3', title: `Priorita 3 – ${PRIORITY_TITLES.accompanying}`,
        measures: [{
          key: 'sen-3.1', code: 'SEN 3.1', title: 'Doprava seniorů k lékaři a na úřady',
          activities: [{
            key: 'sen-3.1.1', code: 'SEN 3.1.1', title: 'Zavedení služby Senior taxi', description: 'Pilotní provoz jednoho vozu v rámci města.',
            responsible: TOWN, startYear: 2019, endYear: 2019, estimatedCostCzk: 350_000,
            funding: [{ source: 'municipality', amountCzk: 350_000 }],
            indicators: [{ name: 'jízdy za rok', unit: 'jízdy', target: 1500 }],
            services: [['ts-senior-taxi', 'creates']], municipalities: ['545171'],
          }],
        }],
      },
    ],
  },
  {
    key: 'disabled', title: 'Osoby se zdravotním postižením', targetGroupCode: 'disabled', workingGroup: 'ts-disabled',
    priorities: [
      {
        key: 'ozp-1', kind: 'system', code: '1', title: `Priorita 1 – ${PRIORITY_TITLES.system}`,
        measures: [{
          key: 'ozp-1.1', code: 'OZP 1.1', title: 'Zachování osobní asistence',
          activities: [{
            key: 'ozp-1.1.1', code: 'OZP 1.1.1', title: 'Osobní asistence na celém území ORP', responsible: 'Charita Borovany (ukázka)',
            startYear: 2019, endYear: 2021, estimatedCostCzk: 2_700_000,
            funding: [{ source: 'region', amountCzk: 2_100_000 }, { source: 'municipality', amountCzk: 300_000 }, { source: 'other', amountCzk: 300_000 }],
            indicators: [{ name: 'počet klientů', unit: 'osoby', target: 12 }],
            services: [['ts-osobni-asistence', 'supports']],
          }],
        }],
      },
      {
        key: 'ozp-2', kind: 'development', code: '2', title: `Priorita 2 – ${PRIORITY_TITLES.development}`,
        measures: [{
          key: 'ozp-2.1', code: 'OZP 2.1', title: 'Sociálně terapeutická dílna pro Trhovosvinensko', need: 'Absolventi praktické školy nemají kam docházet.',
          activities: [{
            key: 'ozp-2.1.1', code: 'OZP 2.1.1', title: 'Studie proveditelnosti sociálně terapeutické dílny', responsible: TOWN,
            startYear: 2020, endYear: 2021, estimatedCostCzk: 120_000,
            funding: [{ source: 'municipality', amountCzk: 120_000 }],
            indicators: [{ name: 'zpracovaná studie', unit: 'ks', target: 1 }],
          }],
        }],
      },
      {
        key: 'ozp-3', kind: 'accompanying', code: '3', title: `Priorita 3 – ${PRIORITY_TITLES.accompanying}`,
        measures: [{
          key: 'ozp-3.1', code: 'OZP 3.1', title: 'Bezbariérové město',
          activities: [{
            key: 'ozp-3.1.1', code: 'OZP 3.1.1', title: 'Mapa bariér centra Trhových Svinů', responsible: TOWN, partners: ['Svaz tělesně postižených (ukázka)'],
            startYear: 2019, endYear: 2020, estimatedCostCzk: 40_000,
            funding: [{ source: 'municipality', amountCzk: 40_000 }],
            indicators: [{ name: 'zmapované úseky', unit: 'úseky', target: 25 }],
          }],
        }],
      },
    ],
  },
  {
    key: 'families', title: 'Děti, mládež a rodiny', targetGroupCode: 'families', workingGroup: 'ts-families',
    priorities: [
      {
        key: 'rd-1', kind: 'system', code: '1', title: `Priorita 1 – ${PRIORITY_TITLES.system}`,
        measures: [{
          key: 'rd-1.1', code: 'RD 1.1', title: 'Dostupnost rané péče',
          activities: [{
            key: 'rd-1.1.1', code: 'RD 1.1.1', title: 'Spolufinancování rané péče pro rodiny z ORP', responsible: 'Raná péče Jih (ukázka)',
            startYear: 2019, endYear: 2021, estimatedCostCzk: 300_000,
            funding: [{ source: 'municipality', amountCzk: 60_000 }, { source: 'region', amountCzk: 240_000 }],
            indicators: [{ name: 'podpořené rodiny', unit: 'rodiny', target: 15 }],
            services: [['ts-rana-pece', 'supports']],
          }],
        }],
      },
      {
        key: 'rd-2', kind: 'development', code: '2', title: `Priorita 2 – ${PRIORITY_TITLES.development}`,
        measures: [{
          key: 'rd-2.1', code: 'RD 2.1', title: 'Sociálně aktivizační služba pro rodiny s dětmi', need: 'Na území ORP chybí.',
          activities: [{
            key: 'rd-2.1.1', code: 'RD 2.1.1', title: 'Zajištění SAS pro rodiny prostřednictvím poskytovatele z Českých Budějovic', responsible: TOWN,
            startYear: 2020, endYear: 2021, estimatedCostCzk: 600_000,
            funding: [{ source: 'esf_opz', amountCzk: 510_000 }, { source: 'municipality', amountCzk: 90_000 }],
            indicators: [{ name: 'podpořené rodiny', unit: 'rodiny', target: 10 }],
          }],
        }],
      },
      {
        key: 'rd-3', kind: 'accompanying', code: '3', title: `Priorita 3 – ${PRIORITY_TITLES.accompanying}`,
        measures: [{
          key: 'rd-3.1', code: 'RD 3.1', title: 'Volnočasové aktivity pro mládež',
          activities: [{
            key: 'rd-3.1.1', code: 'RD 3.1.1', title: 'Otevřený klub pro mládež v Domě dětí', responsible: TOWN,
            startYear: 2019, endYear: 2021, estimatedCostCzk: 180_000,
            funding: [{ source: 'municipality', amountCzk: 180_000 }],
            indicators: [{ name: 'otevírací dny za rok', unit: 'dny', target: 100 }],
          }],
        }],
      },
    ],
  },
  {
    key: 'adverse', title: 'Osoby v nepříznivé sociální situaci', targetGroupCode: 'adverse_situation', workingGroup: 'ts-adverse',
    priorities: [
      {
        key: 'nss-1', kind: 'system', code: '1', title: `Priorita 1 – ${PRIORITY_TITLES.system}`,
        measures: [{
          key: 'nss-1.1', code: 'NSS 1.1', title: 'Krizová pomoc dostupná i mimo krajské město',
          activities: [{
            key: 'nss-1.1.1', code: 'NSS 1.1.1', title: 'Výjezdy krizové pomoci na Trhovosvinensko', responsible: 'Krizové centrum Jih (ukázka)',
            startYear: 2019, endYear: 2021, estimatedCostCzk: 150_000,
            funding: [{ source: 'region', amountCzk: 150_000 }],
            indicators: [{ name: 'intervence', unit: 'intervence', target: 60 }],
            services: [['ts-krizova-pomoc', 'supports']],
          }],
        }],
      },
      {
        key: 'nss-2', kind: 'development', code: '2', title: `Priorita 2 – ${PRIORITY_TITLES.development}`,
        measures: [{
          key: 'nss-2.1', code: 'NSS 2.1', title: 'Dluhové poradenství',
          activities: [{
            key: 'nss-2.1.1', code: 'NSS 2.1.1', title: 'Konzultační den dluhové poradny jednou za 14 dní', responsible: TOWN,
            startYear: 2020, endYear: 2021, estimatedCostCzk: 80_000,
            funding: [{ source: 'municipality', amountCzk: 80_000 }],
            indicators: [{ name: 'konzultace', unit: 'konzultace', target: 50 }],
          }],
        }],
      },
      {
        key: 'nss-3', kind: 'accompanying', code: '3', title: `Priorita 3 – ${PRIORITY_TITLES.accompanying}`,
        measures: [{
          key: 'nss-3.1', code: 'NSS 3.1', title: 'Sociální bydlení',
          activities: [{
            key: 'nss-3.1.1', code: 'NSS 3.1.1', title: 'Vyčlenění dvou městských bytů pro sociální bydlení', responsible: TOWN,
            startYear: 2019, endYear: 2020, estimatedCostCzk: 0, funding: [],
            indicators: [{ name: 'byty', unit: 'byty', target: 2 }],
          }],
        }],
      },
    ],
  },
  {
    key: 'cross', title: 'Průřezová opatření', targetGroupCode: null,
    priorities: [{
      key: 'pr-1', kind: 'cross_cutting', code: 'P', title: 'Průřezová priorita – Informovanost a proces plánování',
      measures: [
        {
          key: 'pr-1.1', code: 'PR 1.1', title: 'Katalog sociálních a návazných služeb',
          activities: [{
            key: 'pr-1.1.1', code: 'PR 1.1.1', title: 'Aktualizace katalogu služeb a jeho distribuce do obcí', responsible: TOWN,
            startYear: 2019, endYear: 2021, estimatedCostCzk: 60_000,
            funding: [{ source: 'municipality', amountCzk: 60_000 }],
            indicators: [{ name: 'výtisky', unit: 'ks', target: 1500 }],
          }],
        },
        {
          key: 'pr-1.2', code: 'PR 1.2', title: 'Udržení procesu komunitního plánování',
          activities: [{
            key: 'pr-1.2.1', code: 'PR 1.2.1', title: 'Koordinace KPSS a každoroční vyhodnocení plánu', responsible: TOWN,
            startYear: 2019, endYear: 2021, estimatedCostCzk: 270_000,
            funding: [{ source: 'municipality', amountCzk: 270_000 }],
            indicators: [{ name: 'jednání pracovních skupin za rok', unit: 'jednání', target: 12 }],
          }],
        },
      ],
    }],
  },
];

export const trhoveSviny2019ActionPlans: ActionPlanSpec[] = [
  {
    plan: TS_PLAN, year: 2019, approvedOn: '2018-12-10',
    items: [['sen-1.1.1', 2_400_000], ['sen-3.1.1', 350_000], ['ozp-1.1.1', 900_000], ['ozp-3.1.1', 20_000], ['rd-1.1.1', 100_000], ['rd-3.1.1', 60_000], ['nss-1.1.1', 50_000], ['nss-3.1.1', 0], ['pr-1.1.1', 20_000], ['pr-1.2.1', 90_000]],
  },
  {
    plan: TS_PLAN, year: 2020, approvedOn: '2019-12-09',
    items: [['sen-1.1.1', 2_400_000], ['sen-1.1.2', 450_000], ['sen-2.1.1', 550_000], ['ozp-1.1.1', 900_000], ['ozp-2.1.1', 60_000], ['rd-2.1.1', 300_000], ['nss-2.1.1', 40_000], ['pr-1.2.1', 90_000]],
  },
];

/** Vyhodnocení KPSS za rok 2019 */
export const trhoveSviny2019Evaluations: EvaluationSpec[] = [
  { plan: TS_PLAN, activity: 'sen-1.1.1', year: 2019, status: 'in_progress', progress: 33, indicatorValues: [{ name: 'počet klientů', value: 117 }], spentCzk: 2_350_000, comment: 'Služba poskytována v plném rozsahu, kapacita téměř naplněna.' },
  { plan: TS_PLAN, activity: 'sen-3.1.1', year: 2019, status: 'done', progress: 100, indicatorValues: [{ name: 'jízdy za rok', value: 1730 }], spentCzk: 338_000, comment: 'Senior taxi jezdí od dubna 2019; zájem převýšil odhad.' },
  { plan: TS_PLAN, activity: 'ozp-1.1.1', year: 2019, status: 'in_progress', progress: 30, indicatorValues: [{ name: 'počet klientů', value: 10 }], spentCzk: 870_000, comment: 'Dva zájemci čekají na volnou asistentku.' },
  { plan: TS_PLAN, activity: 'ozp-3.1.1', year: 2019, status: 'in_progress', progress: 60, indicatorValues: [{ name: 'zmapované úseky', value: 15 }], spentCzk: 18_000, comment: 'Mapování dokončí dobrovolníci na jaře 2020.' },
  { plan: TS_PLAN, activity: 'rd-1.1.1', year: 2019, status: 'in_progress', progress: 33, indicatorValues: [{ name: 'podpořené rodiny', value: 11 }], spentCzk: 100_000 },
  { plan: TS_PLAN, activity: 'nss-1.1.1', year: 2019, status: 'in_progress', progress: 30, indicatorValues: [{ name: 'intervence', value: 14 }], spentCzk: 45_000, comment: 'Nižší poptávka, než se čekalo; propagace v obcích.' },
  { plan: TS_PLAN, activity: 'nss-3.1.1', year: 2019, status: 'postponed', progress: 0, indicatorValues: [{ name: 'byty', value: 0 }], spentCzk: 0, comment: 'Byty se uvolní až po rekonstrukci domu v roce 2020.' },
  { plan: TS_PLAN, activity: 'pr-1.2.1', year: 2019, status: 'in_progress', progress: 33, indicatorValues: [{ name: 'jednání pracovních skupin za rok', value: 13 }], spentCzk: 88_000, comment: 'Vyhodnocení KPSS za rok 2019 projednala řídicí skupina v únoru 2020.' },
];
