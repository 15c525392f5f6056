/**
 * Jindřichův Hradec: the plan 2020–2022 in consultation (a chapter per thematic working group plus the
 * cross-cutting chapter, action plan 2020) and a slim structure of the plan 2015–2017, extended to 2019, that the
 * action plan 2019 and its evaluation hang off. Activities, costs and figures are demo values.
 */
import { PRIORITY_TITLES, type ActionPlanSpec, type EvaluationSpec, type SectionSpec } from './structure.ts';

export const JH_PLAN = 'jh-2020';
export const JH_PREVIOUS_PLAN = 'jh-2015';

const TOWN = 'Město Jindřichův Hradec';

export const jindrichuvHradec2020Sections: SectionSpec[] = [
  {
    key: 'seniors', title: 'Senioři', targetGroupCode: 'seniors', workingGroup: 'jh-seniors',
    priorities: [
      {
        key: 'sen-1', kind: 'system', code: '1', title: `Priorita 1 – ${PRIORITY_TITLES.system}`,
        measures: [{
          key: 'sen-1.1', code: '1.1', title: 'Zachování stávajících služeb pro seniory',
          activities: [
            {
              key: 'sen-1.1.1', code: '1.1.1', title: 'Pečovatelská služba ve městě i v územních skupinách', responsible: 'Oblastní charita Jindřichův Hradec (ukázka)',
              partners: [TOWN, 'Město Strmilov', 'Město Nová Bystřice'], startYear: 2020, endYear: 2022, estimatedCostCzk: 9_600_000,
              funding: [{ source: 'region', amountCzk: 6_000_000 }, { source: 'municipality', amountCzk: 2_400_000 }, { source: 'other', amountCzk: 1_200_000 }],
              indicators: [{ name: 'počet klientů', unit: 'osoby', target: 160 }],
              services: [['jh-pecovatelska', 'supports']], municipalities: ['545881', '547239', '546798', '546801'],
            },
            {
              key: 'sen-1.1.2', code: '1.1.2', title: 'Domov pro seniory a domov se zvláštním režimem', responsible: 'Domov pro seniory Hradec (ukázka)',
              startYear: 2020, endYear: 2022, estimatedCostCzk: 96_000_000,
              funding: [{ source: 'state', amountCzk: 40_000_000 }, { source: 'region', amountCzk: 16_000_000 }, { source: 'other', amountCzk: 40_000_000 }],
              indicators: [{ name: 'lůžka', unit: 'lůžka', target: 160 }],
              services: [['jh-domov-pro-seniory', 'supports'], ['jh-domov-zvlastni-rezim', 'supports']],
            },
          ],
        }],
      },
      {
        key: 'sen-2', kind: 'development', code: '2', title: `Priorita 2 – ${PRIORITY_TITLES.development}`,
        measures: [{
          key: 'sen-2.1', code: '2.1', title: 'Terénní odlehčovací služba', need: 'Pečující z menších obcí nemají podporu.',
          activities: [{
            key: 'sen-2.1.1', code: '2.1.1', title: 'Rozšíření terénní odlehčovací služby do územních skupin', responsible: 'Domácí péče Hradecko (ukázka)',
            startYear: 2021, endYear: 2022, estimatedCostCzk: 1_400_000,
            funding: [{ source: 'region', amountCzk: 1_000_000 }, { source: 'municipality', amountCzk: 400_000 }],
            indicators: [{ name: 'počet klientů', unit: 'osoby', target: 25 }],
            services: [['jh-odlehcovaci', 'supports']],
          }],
        }],
      },
      {
        key: 'sen-3', kind: 'accompanying', code: '3', title: `Priorita 3 – ${PRIORITY_TITLES.accompanying}`,
        measures: [{
          key: 'sen-3.1', code: '3.1', title: 'Aktivní stárnutí',
          activities: [{
            key: 'sen-3.1.1', code: '3.1.1', title: 'Senior pointy v Kardašově Řečici a Nové Včelnici', responsible: TOWN,
            startYear: 2020, endYear: 2022, estimatedCostCzk: 210_000, funding: [{ source: 'municipality', amountCzk: 210_000 }],
            indicators: [{ name: 'návštěvy', unit: 'návštěvy', target: 900 }], municipalities: ['546542', '546801'],
          }],
        }],
      },
    ],
  },
  {
    key: 'disabled', title: 'Osoby se zdravotním postižením', targetGroupCode: 'disabled', workingGroup: 'jh-disabled',
    priorities: [
      {
        key: 'ozp-1', kind: 'system', code: '1', title: `Priorita 1 – ${PRIORITY_TITLES.system}`,
        measures: [{
          key: 'ozp-1.1', code: '1.1', title: 'Osobní asistence',
          activities: [{
            key: 'ozp-1.1.1', code: '1.1.1', title: 'Osobní asistence včetně nočních hodin', responsible: 'Oblastní charita Jindřichův Hradec (ukázka)',
            startYear: 2020, endYear: 2022, estimatedCostCzk: 4_800_000,
            funding: [{ source: 'region', amountCzk: 3_900_000 }, { source: 'municipality', amountCzk: 900_000 }],
            indicators: [{ name: 'počet klientů', unit: 'osoby', target: 22 }], services: [['jh-osobni-asistence', 'supports']],
          }],
        }],
      },
      {
        key: 'ozp-2', kind: 'development', code: '2', title: `Priorita 2 – ${PRIORITY_TITLES.development}`,
        measures: [{
          key: 'ozp-2.1', code: '2.1', title: 'Chráněné bydlení pro lidi s mentálním postižením', need: 'Nejbližší chráněné bydlení je v Třeboni.',
          activities: [{
            key: 'ozp-2.1.1', code: '2.1.1', title: 'Přestavba městského domu na chráněné bydlení pro 6 osob', responsible: TOWN,
            startYear: 2021, endYear: 2022, estimatedCostCzk: 8_500_000,
            funding: [{ source: 'esf_opz', amountCzk: 7_200_000 }, { source: 'municipality', amountCzk: 1_300_000 }],
            indicators: [{ name: 'místa v chráněném bydlení', unit: 'místa', target: 6 }],
          }],
        }],
      },
      {
        key: 'ozp-3', kind: 'accompanying', code: '3', title: `Priorita 3 – ${PRIORITY_TITLES.accompanying}`,
        measures: [{
          key: 'ozp-3.1', code: '3.1', title: 'Půjčovna kompenzačních pomůcek',
          activities: [{
            key: 'ozp-3.1.1', code: '3.1.1', title: 'Rozšíření půjčovny pomůcek o polohovací lůžka', responsible: 'Oblastní charita Jindřichův Hradec (ukázka)',
            startYear: 2020, endYear: 2020, estimatedCostCzk: 150_000, funding: [{ source: 'municipality', amountCzk: 150_000 }],
            indicators: [{ name: 'lůžka k zapůjčení', unit: 'ks', target: 5 }],
          }],
        }],
      },
    ],
  },
  {
    key: 'families', title: 'Děti, mládež a rodina', targetGroupCode: 'families', workingGroup: 'jh-families',
    priorities: [
      {
        key: 'rd-1', kind: 'system', code: '1', title: `Priorita 1 – ${PRIORITY_TITLES.system}`,
        measures: [{
          key: 'rd-1.1', code: '1.1', title: 'Nízkoprahový klub a práce s rodinami',
          activities: [{
            key: 'rd-1.1.1', code: '1.1.1', title: 'Provoz Klubu Na Nábřeží a SAS pro rodiny', responsible: 'Klub Na Nábřeží (ukázka)',
            startYear: 2020, endYear: 2022, estimatedCostCzk: 3_300_000,
            funding: [{ source: 'region', amountCzk: 2_500_000 }, { source: 'municipality', amountCzk: 800_000 }],
            indicators: [{ name: 'kontakty za rok', unit: 'kontakty', target: 3000 }],
            services: [['jh-nzdm', 'supports'], ['jh-sas-rodiny', 'supports']],
          }],
        }],
      },
      {
        key: 'rd-2', kind: 'development', code: '2', title: `Priorita 2 – ${PRIORITY_TITLES.development}`,
        measures: [{
          key: 'rd-2.1', code: '2.1', title: 'Terénní práce s mládeží v územních skupinách',
          activities: [{
            key: 'rd-2.1.1', code: '2.1.1', title: 'Terénní program pro mládež v Nové Bystřici a Strmilově', responsible: 'Klub Na Nábřeží (ukázka)',
            startYear: 2021, endYear: 2022, estimatedCostCzk: 700_000,
            funding: [{ source: 'esf_opz', amountCzk: 600_000 }, { source: 'municipality', amountCzk: 100_000 }],
            indicators: [{ name: 'kontakty za rok', unit: 'kontakty', target: 400 }], municipalities: ['546798', '547239'],
          }],
        }],
      },
      {
        key: 'rd-3', kind: 'accompanying', code: '3', title: `Priorita 3 – ${PRIORITY_TITLES.accompanying}`,
        measures: [{
          key: 'rd-3.1', code: '3.1', title: 'Prevence ve školách',
          activities: [{
            key: 'rd-3.1.1', code: '3.1.1', title: 'Programy primární prevence pro 6.–9. třídy', responsible: TOWN,
            startYear: 2020, endYear: 2022, estimatedCostCzk: 240_000, funding: [{ source: 'municipality', amountCzk: 240_000 }],
            indicators: [{ name: 'třídy', unit: 'třídy', target: 40 }],
          }],
        }],
      },
    ],
  },
  {
    key: 'excluded', title: 'Osoby ohrožené sociálním vyloučením', targetGroupCode: 'adverse_situation', workingGroup: 'jh-excluded',
    priorities: [
      {
        key: 'osv-1', kind: 'system', code: '1', title: `Priorita 1 – ${PRIORITY_TITLES.system}`,
        measures: [{
          key: 'osv-1.1', code: '1.1', title: 'Azylové bydlení a krizová pomoc',
          activities: [{
            key: 'osv-1.1.1', code: '1.1.1', title: 'Azylový dům pro matky s dětmi a Linka důvěry Jih', responsible: 'Oblastní charita Jindřichův Hradec (ukázka)',
            partners: ['Krizové centrum Jih (ukázka)'], startYear: 2020, endYear: 2022, estimatedCostCzk: 5_100_000,
            funding: [{ source: 'region', amountCzk: 4_200_000 }, { source: 'municipality', amountCzk: 900_000 }],
            indicators: [{ name: 'ubytované rodiny', unit: 'rodiny', target: 30 }],
            services: [['jh-azylovy-dum', 'supports'], ['jh-linka-duvery', 'supports']],
          }],
        }],
      },
      {
        key: 'osv-2', kind: 'development', code: '2', title: `Priorita 2 – ${PRIORITY_TITLES.development}`,
        measures: [{
          key: 'osv-2.1', code: '2.1', title: 'Noclehárna pro lidi bez domova', need: 'V zimě přespávají lidé bez domova v nádražní hale.',
          activities: [{
            key: 'osv-2.1.1', code: '2.1.1', title: 'Zimní noclehárna s 8 lůžky', responsible: TOWN, partners: ['Oblastní charita Jindřichův Hradec (ukázka)'],
            startYear: 2021, endYear: 2022, estimatedCostCzk: 1_200_000,
            funding: [{ source: 'municipality', amountCzk: 500_000 }, { source: 'region', amountCzk: 700_000 }],
            indicators: [{ name: 'lůžka', unit: 'lůžka', target: 8 }],
          }],
        }],
      },
      {
        key: 'osv-3', kind: 'accompanying', code: '3', title: `Priorita 3 – ${PRIORITY_TITLES.accompanying}`,
        measures: [{
          key: 'osv-3.1', code: '3.1', title: 'Dluhové poradenství',
          activities: [{
            key: 'osv-3.1.1', code: '3.1.1', title: 'Dluhová poradna dvakrát týdně', responsible: 'Dluhová poradna Jih (ukázka)',
            startYear: 2020, endYear: 2022, estimatedCostCzk: 360_000, funding: [{ source: 'municipality', amountCzk: 360_000 }],
            indicators: [{ name: 'klienti', unit: 'osoby', target: 120 }], services: [['jh-dluhova-poradna', 'supports']],
          }],
        }],
      },
    ],
  },
  {
    key: 'cross', title: 'Průřezová opatření', targetGroupCode: null,
    priorities: [{
      key: 'pr-1', kind: 'cross_cutting', code: 'P', title: 'Průřezová priorita – Spolupráce obcí a informovanost',
      measures: [{
        key: 'pr-1.1', code: 'P.1', title: 'Územní pracovní skupiny',
        activities: [{
          key: 'pr-1.1.1', code: 'P.1.1', title: 'Dvě setkání ročně v každé územní skupině a kulatý stůl starostů', responsible: TOWN,
          partners: ['Město Strmilov', 'Město Kardašova Řečice', 'Město Nová Bystřice', 'Město Nová Včelnice'],
          startYear: 2020, endYear: 2022, estimatedCostCzk: 150_000, funding: [{ source: 'municipality', amountCzk: 150_000 }],
          indicators: [{ name: 'setkání za rok', unit: 'setkání', target: 9 }],
          municipalities: ['547239', '546542', '546798', '546801'],
        }],
      }],
    }],
  },
];

/** The 2015–2017 plan kept running to 2019; only the part the action plan 2019 needs is seeded. */
export const jindrichuvHradec2015Sections: SectionSpec[] = [{
  key: 'cross', title: 'Průřezová opatření', targetGroupCode: null,
  priorities: [{
    key: 'pr-1', kind: 'cross_cutting', code: 'P', title: 'Průřezová priorita – Proces komunitního plánování',
    measures: [{
      key: 'pr-1.1', code: 'P.1', title: 'Nový střednědobý plán',
      activities: [
        {
          key: 'pr-1.1.1', code: 'P.1.1', title: 'Analýza potřeb uživatelů, poskytovatelů a zadavatelů', responsible: 'Centrum pro komunitní práci jižní Čechy',
          partners: [TOWN], startYear: 2018, endYear: 2019, estimatedCostCzk: 320_000, funding: [{ source: 'esf_opz', amountCzk: 320_000 }],
          indicators: [{ name: 'dotazníky', unit: 'ks', target: 400 }],
        },
        {
          key: 'pr-1.1.2', code: 'P.1.2', title: 'Zpracování plánu 2020–2022 a jeho veřejné projednání', responsible: 'Centrum pro komunitní práci jižní Čechy',
          partners: [TOWN], startYear: 2019, endYear: 2019, estimatedCostCzk: 180_000, funding: [{ source: 'esf_opz', amountCzk: 180_000 }],
          indicators: [{ name: 'veřejná projednání', unit: 'setkání', target: 2 }],
        },
      ],
    }],
  }],
}];

export const jindrichuvHradecActionPlans: ActionPlanSpec[] = [
  { plan: JH_PREVIOUS_PLAN, year: 2019, approvedOn: '2018-11-29', items: [['pr-1.1.1', 160_000], ['pr-1.1.2', 180_000]] },
  {
    plan: JH_PLAN, year: 2020, approvedOn: null,
    items: [['sen-1.1.1', 3_200_000], ['sen-1.1.2', 32_000_000], ['sen-3.1.1', 70_000], ['ozp-1.1.1', 1_600_000], ['ozp-3.1.1', 150_000], ['rd-1.1.1', 1_100_000], ['rd-3.1.1', 80_000], ['osv-1.1.1', 1_700_000], ['osv-3.1.1', 120_000], ['pr-1.1.1', 50_000]],
  },
];

export const jindrichuvHradecEvaluations: EvaluationSpec[] = [
  { plan: JH_PREVIOUS_PLAN, activity: 'pr-1.1.1', year: 2019, status: 'done', progress: 100, indicatorValues: [{ name: 'dotazníky', value: 436 }], spentCzk: 301_000, comment: 'Analýzy dokončeny, výsledky představeny na veřejném setkání.' },
  { plan: JH_PREVIOUS_PLAN, activity: 'pr-1.1.2', year: 2019, status: 'in_progress', progress: 80, indicatorValues: [{ name: 'veřejná projednání', value: 1 }], spentCzk: 150_000, comment: 'Návrh plánu 2020–2022 předán do připomínkového řízení.' },
];
