/** Demo catalogue of ORP Jindřichův Hradec and ORP Tábor (registration ids 99104xx and 99105xx). */
import { municipalityCodesOf } from '../geography.ts';
import { everyDay, weekdays, type DemoService } from './spec.ts';

export const jindrichuvHradecServices: DemoService[] = [
  {
    key: 'jh-pecovatelska', provider: 'charita-jh', territory: 'jindrichuv-hradec', kindCode: 'pecovatelska-sluzba', registrationId: '9910401',
    name: 'Charitní pečovatelská služba Jindřichův Hradec', capacity: 160, capacityUnit: 'klient', openingHours: everyDay('07:00', '19:30'),
    phone: '+420 384 555 511', email: 'ps@charita-jh.example.org', street: 'Růžová 5', city: 'Jindřichův Hradec', postcode: '37701', lat: 49.1441, lng: 15.003,
    forms: ['ter'], clientGroups: ['seniori', 'osoby-se-zdravotnim-postizenim', 'osoby-s-chronickym-onemocnenim'], municipalities: municipalityCodesOf('jindrichuv-hradec'),
  },
  {
    key: 'jh-osobni-asistence', provider: 'charita-jh', territory: 'jindrichuv-hradec', kindCode: 'osobni-asistence', registrationId: '9910402',
    name: 'Osobní asistence Hradecko', capacity: 22, capacityUnit: 'klient', openingHours: everyDay('06:00', '22:00'),
    phone: '+420 384 555 512', email: 'oa@charita-jh.example.org', city: 'Jindřichův Hradec', postcode: '37701',
    forms: ['ter'], clientGroups: ['osoby-s-telesnym-postizenim', 'osoby-se-zrakovym-postizenim', 'seniori'], municipalities: municipalityCodesOf('jindrichuv-hradec'),
  },
  {
    key: 'jh-domov-pro-seniory', provider: 'domov-jh', territory: 'jindrichuv-hradec', kindCode: 'domovy-pro-seniory', registrationId: '9910403',
    name: 'Domov pro seniory Hradec', capacity: 120, capacityUnit: 'luzka', alwaysOpen: true,
    phone: '+420 384 555 513', email: 'domov@dps-jh.example.cz', street: 'Rybniční 1', city: 'Jindřichův Hradec', postcode: '37701', lat: 49.1398, lng: 15.0092,
    forms: ['pob'], clientGroups: ['seniori'], municipalities: municipalityCodesOf('jindrichuv-hradec'),
  },
  {
    key: 'jh-domov-zvlastni-rezim', provider: 'domov-jh', territory: 'jindrichuv-hradec', kindCode: 'domovy-se-zvlastnim-rezimem', registrationId: '9910404',
    name: 'Domov se zvláštním režimem Hradec', capacity: 40, capacityUnit: 'luzka', alwaysOpen: true,
    phone: '+420 384 555 514', email: 'dzr@dps-jh.example.cz', street: 'Rybniční 1', city: 'Jindřichův Hradec', postcode: '37701', lat: 49.1398, lng: 15.0092,
    forms: ['pob'], clientGroups: ['osoby-zijici-s-demenci', 'osoby-s-chronickym-dusevnim-onemocnenim'], municipalities: municipalityCodesOf('jindrichuv-hradec'),
  },
  {
    key: 'jh-azylovy-dum', provider: 'charita-jh', territory: 'jindrichuv-hradec', kindCode: 'azylove-domy', registrationId: '9910405',
    name: 'Azylový dům pro matky s dětmi Hradec', description: 'Bezpečné ubytování pro matky s dětmi; adresa se nezveřejňuje.',
    capacity: 20, capacityUnit: 'luzka', alwaysOpen: true, phone: '+420 384 555 515', email: 'azyl@charita-jh.example.org',
    city: 'Jindřichův Hradec', postcode: '37701', addressSecret: true,
    forms: ['pob'], clientGroups: ['rodiny-s-detmi', 'obeti-domaciho-nasili'], municipalities: municipalityCodesOf('jindrichuv-hradec'),
  },
  {
    key: 'jh-nzdm', provider: 'nizkoprah-jh', territory: 'jindrichuv-hradec', kindCode: 'nizkoprahova-zarizeni-pro-deti-a-mladez', registrationId: '9910406',
    name: 'Klub Na Nábřeží', capacity: 30, capacityUnit: 'kontakt', openingHours: [1, 2, 3, 4, 5].map((day) => ({ day, opens: '13:00', closes: '19:00' })),
    phone: '+420 384 555 516', email: 'klub@nabrezi.example.cz', street: 'Nábřeží 12', city: 'Jindřichův Hradec', postcode: '37701', lat: 49.1432, lng: 15.0011,
    forms: ['amb', 'ter'], clientGroups: ['deti-a-mladez-ohrozene'], municipalities: ['545881'],
  },
  {
    key: 'jh-sas-rodiny', provider: 'nizkoprah-jh', territory: 'jindrichuv-hradec', kindCode: 'sas-pro-rodiny-s-detmi', registrationId: '9910407',
    name: 'Rodinný průvodce Hradecko', capacity: 25, capacityUnit: 'klient', openingHours: weekdays('08:00', '16:00'),
    phone: '+420 384 555 517', email: 'rodiny@nabrezi.example.cz', city: 'Jindřichův Hradec', postcode: '37701',
    forms: ['ter'], clientGroups: ['rodiny-s-detmi', 'osoby-ze-socialne-vyloucenych-komunit'], municipalities: municipalityCodesOf('jindrichuv-hradec'),
  },
  {
    key: 'jh-linka-duvery', provider: 'krizove-centrum-jih', territory: 'jindrichuv-hradec', kindCode: 'telefonicka-krizova-pomoc', registrationId: '9910408',
    name: 'Linka důvěry Jih', description: 'Anonymní telefonická pomoc v krizi, nonstop.',
    capacity: 30, capacityUnit: 'hovor', alwaysOpen: true, phone: '+420 384 555 518', email: 'linka@krizove-centrum-jih.example.org',
    forms: ['ter'], clientGroups: ['osoby-v-krizi', 'obeti-domaciho-nasili', 'deti-a-mladez-ohrozene'], municipalities: municipalityCodesOf('jindrichuv-hradec'),
  },
  {
    key: 'jh-odlehcovaci', provider: 'zdravotni-sluzby-jh', territory: 'jindrichuv-hradec', kindCode: 'odlehcovaci-sluzby', registrationId: '9910409',
    name: 'Terénní odlehčovací služba Hradecko', description: 'Pečovatelka přijde domů, aby si pečující mohl odběhnout.',
    capacity: 15, capacityUnit: 'klient', openingHours: everyDay('07:00', '21:00'), phone: '+420 384 555 519', email: 'odlehceni@hradecko.example.cz',
    forms: ['ter'], clientGroups: ['pecujici-osoby', 'seniori', 'osoby-s-potrebou-paliativni-pece'], municipalities: municipalityCodesOf('jindrichuv-hradec'),
  },
  {
    key: 'jh-dluhova-poradna', provider: 'dluhova-poradna-jih', territory: 'jindrichuv-hradec', kindCode: 'rel-debt-counselling',
    name: 'Dluhová poradna Jindřichův Hradec', description: 'Pomoc s exekucemi a oddlužením, na objednání.',
    openingHours: [{ day: 1, opens: '09:00', closes: '17:00' }, { day: 4, opens: '09:00', closes: '17:00' }], phone: '+420 384 555 520', email: 'poradna@dluhy-jih.example.cz',
    city: 'Jindřichův Hradec', postcode: '37701',
    forms: [], clientGroups: ['osoby-v-krizi', 'rodiny-s-detmi'], municipalities: municipalityCodesOf('jindrichuv-hradec'),
  },
  {
    key: 'jh-domaci-pece', provider: 'zdravotni-sluzby-jh', territory: 'jindrichuv-hradec', kindCode: 'rel-home-care-nursing',
    name: 'Domácí zdravotní péče Hradecko', openingHours: everyDay('07:00', '19:00'), phone: '+420 384 555 521', email: 'pece@hradecko.example.cz',
    city: 'Jindřichův Hradec', postcode: '37701',
    forms: [], clientGroups: ['seniori', 'osoby-s-chronickym-onemocnenim'], municipalities: municipalityCodesOf('jindrichuv-hradec'),
  },
];

const BECHYNSKO = ['552054', '552224', '553166', '552801', '552321'];

export const taborServices: DemoService[] = [
  {
    key: 'ta-pecovatelska', provider: 'csp-tabor', territory: 'tabor', kindCode: 'pecovatelska-sluzba', registrationId: '9910501',
    name: 'Pečovatelská služba Tábor', capacity: 260, capacityUnit: 'klient', openingHours: everyDay('07:00', '20:00'),
    phone: '+420 381 555 611', email: 'ps@csp-tabor.example.org', street: 'Kundratická 2', city: 'Tábor', postcode: '39002', lat: 49.4144, lng: 14.6578,
    forms: ['ter', 'amb'], clientGroups: ['seniori', 'osoby-se-zdravotnim-postizenim'], municipalities: ['552046', '553069', '552828'],
  },
  {
    key: 'ta-domov-pro-seniory', provider: 'csp-tabor', territory: 'tabor', kindCode: 'domovy-pro-seniory', registrationId: '9910502',
    name: 'Domov pro seniory Kundratice', capacity: 110, capacityUnit: 'luzka', alwaysOpen: true,
    phone: '+420 381 555 612', email: 'domov@csp-tabor.example.org', street: 'Kundratická 2', city: 'Tábor', postcode: '39002', lat: 49.4205, lng: 14.6712,
    forms: ['pob'], clientGroups: ['seniori'], municipalities: municipalityCodesOf('tabor'),
  },
  {
    key: 'ta-azylovy-dum', provider: 'csp-tabor', territory: 'tabor', kindCode: 'azylove-domy', registrationId: '9910503',
    name: 'Azylový dům Tábor', description: 'Přechodné ubytování pro muže i ženy bez domova; adresa se sděluje při prvním kontaktu.',
    capacity: 24, capacityUnit: 'luzka', alwaysOpen: true, phone: '+420 381 555 613', email: 'azyl@csp-tabor.example.org',
    city: 'Tábor', postcode: '39001', addressSecret: true,
    forms: ['pob'], clientGroups: ['osoby-bez-pristresi', 'osoby-v-krizi'], municipalities: municipalityCodesOf('tabor'),
  },
  {
    key: 'ta-nocleharna', provider: 'csp-tabor', territory: 'tabor', kindCode: 'nocleharny', registrationId: '9910504',
    name: 'Noclehárna Tábor', capacity: 12, capacityUnit: 'luzka', openingHours: [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens: '18:00', closes: '22:00', note: 'příchod 18–22 h, odchod do 8 h ráno' })),
    phone: '+420 381 555 614', email: 'nocleharna@csp-tabor.example.org', street: 'Vožická 9', city: 'Tábor', postcode: '39002', lat: 49.4101, lng: 14.6745,
    forms: ['amb'], clientGroups: ['osoby-bez-pristresi'], municipalities: ['552046'],
  },
  {
    key: 'ta-osobni-asistence', provider: 'charita-tabor', territory: 'tabor', kindCode: 'osobni-asistence', registrationId: '9910505',
    name: 'Osobní asistence Charita Tábor', capacity: 30, capacityUnit: 'klient', openingHours: everyDay('06:00', '22:00'),
    phone: '+420 381 555 615', email: 'oa@charita-tabor.example.org', street: 'Klokotská 4', city: 'Tábor', postcode: '39001', lat: 49.4122, lng: 14.6551,
    forms: ['ter'], clientGroups: ['osoby-s-telesnym-postizenim', 'osoby-s-kombinovanym-postizenim'], municipalities: municipalityCodesOf('tabor'),
  },
  {
    key: 'ta-pecovatelska-bechynsko', provider: 'charita-tabor', territory: 'tabor', kindCode: 'pecovatelska-sluzba', registrationId: '9910506',
    name: 'Charitní pečovatelská služba Bechyňsko', capacity: 55, capacityUnit: 'klient', openingHours: weekdays('07:00', '15:30'),
    phone: '+420 381 555 616', email: 'bechyne@charita-tabor.example.org', city: 'Bechyně', postcode: '39165', lat: 49.2953, lng: 14.4681,
    forms: ['ter'], clientGroups: ['seniori'], municipalities: BECHYNSKO,
  },
  {
    key: 'ta-nzdm', provider: 'klub-tabor', territory: 'tabor', kindCode: 'nizkoprahova-zarizeni-pro-deti-a-mladez', registrationId: '9910507',
    name: 'Klub Jordán', capacity: 35, capacityUnit: 'kontakt', openingHours: [1, 2, 3, 4].map((day) => ({ day, opens: '14:00', closes: '19:00' })),
    phone: '+420 381 555 617', email: 'klub@jordan.example.cz', city: 'Tábor', postcode: '39001',
    forms: ['amb'], clientGroups: ['deti-a-mladez-ohrozene'], municipalities: ['552046', '553069'],
  },
  {
    key: 'ta-sas-rodiny', provider: 'klub-tabor', territory: 'tabor', kindCode: 'sas-pro-rodiny-s-detmi', registrationId: '9910508',
    name: 'Jordán pro rodiny', capacity: 28, capacityUnit: 'klient', openingHours: weekdays('08:00', '16:30'),
    phone: '+420 381 555 618', email: 'rodiny@jordan.example.cz', city: 'Tábor', postcode: '39001',
    forms: ['ter'], clientGroups: ['rodiny-s-detmi', 'etnicke-mensiny'], municipalities: municipalityCodesOf('tabor'),
  },
  {
    key: 'ta-dilna-bechyne', provider: 'dilny-bechyne', territory: 'tabor', kindCode: 'socialne-terapeuticke-dilny', registrationId: '9910509',
    name: 'Keramická dílna Bechyně', description: 'Sociálně terapeutická dílna navazující na bechyňskou keramickou tradici.',
    capacity: 12, capacityUnit: 'klient', openingHours: weekdays('07:30', '15:00'), phone: '+420 381 555 619', email: 'dilna@bechynsko.example.cz',
    city: 'Bechyně', postcode: '39165',
    forms: ['amb'], clientGroups: ['osoby-s-mentalnim-postizenim', 'osoby-s-chronickym-dusevnim-onemocnenim'], municipalities: BECHYNSKO,
  },
  {
    key: 'ta-poradna-ozp', provider: 'ozp-tabor', territory: 'tabor', kindCode: 'odborne-socialni-poradenstvi', registrationId: '9910510',
    name: 'Poradna pro lidi se zdravotním postižením Tábor', description: 'Příspěvek na péči, kompenzační pomůcky, průkazy OZP.',
    capacity: 6, capacityUnit: 'interv', openingHours: [{ day: 1, opens: '08:00', closes: '16:00' }, { day: 3, opens: '08:00', closes: '16:00' }],
    phone: '+420 381 555 620', email: 'poradna@ozp-tabor.example.cz', city: 'Tábor', postcode: '39001',
    forms: ['amb'], clientGroups: ['osoby-se-zdravotnim-postizenim', 'osoby-se-sluchovym-postizenim', 'pecujici-osoby'], municipalities: municipalityCodesOf('tabor'),
  },
  {
    key: 'ta-pruvodcovska', provider: 'ozp-tabor', territory: 'tabor', kindCode: 'pruvodcovske-a-predcitatelske-sluzby', registrationId: '9910511',
    name: 'Průvodce a předčitatel Tábor', capacity: 10, capacityUnit: 'klient', openingHours: weekdays('08:00', '16:00'),
    phone: '+420 381 555 621', email: 'pruvodce@ozp-tabor.example.cz',
    forms: ['ter'], clientGroups: ['osoby-se-zrakovym-postizenim', 'seniori'], municipalities: ['552046', '553069', '552828'],
  },
  {
    key: 'ta-kontaktni-centrum', provider: 'terenni-programy-jih', territory: 'tabor', kindCode: 'kontaktni-centra', registrationId: '9910512',
    name: 'Kontaktní centrum Tábor', capacity: 20, capacityUnit: 'kontakt', openingHours: weekdays('10:00', '17:00'),
    phone: '+420 386 555 622', email: 'kc@terenni-programy.example.org', street: 'Žižkova 8', city: 'Tábor', postcode: '39001', lat: 49.4139, lng: 14.6617,
    forms: ['amb'], clientGroups: ['osoby-ohrozene-zavislosti'], municipalities: municipalityCodesOf('tabor'),
  },
  {
    key: 'ta-dobrovolnici', provider: 'dobrovolnici-jih', territory: 'tabor', kindCode: 'rel-volunteer-centre',
    name: 'Dobrovolnické centrum Tábor', openingHours: [{ day: 3, opens: '10:00', closes: '17:00' }], phone: '+420 388 555 623', email: 'tabor@dobrovolnici.example.cz',
    city: 'Tábor', postcode: '39001',
    forms: [], clientGroups: ['seniori', 'deti-a-mladez-ohrozene'], municipalities: ['552046'],
  },
  {
    key: 'ta-pujcovna', provider: 'charita-tabor', territory: 'tabor', kindCode: 'rel-aid-rental',
    name: 'Půjčovna kompenzačních pomůcek Tábor', description: 'Invalidní vozíky, chodítka, polohovací postele a WC křesla na měsíce i na pár dní.',
    openingHours: weekdays('08:00', '15:00'), phone: '+420 381 555 624', email: 'pujcovna@charita-tabor.example.org', street: 'Klokotská 4', city: 'Tábor', postcode: '39001',
    forms: ['amb'], clientGroups: ['seniori', 'osoby-s-telesnym-postizenim'], municipalities: municipalityCodesOf('tabor'),
  },
  {
    key: 'ta-tlumoceni', provider: 'charita-tabor', territory: 'tabor', kindCode: 'tlumocnicke-sluzby', registrationId: '9910513',
    name: 'Tlumočení do znakového jazyka Tábor', description: 'Tlumočník doprovodí k lékaři, na úřad i k soudu; objednání SMS nebo videohovorem.',
    capacity: 15, capacityUnit: 'klient', openingHours: weekdays('08:00', '16:00'), phone: '+420 381 555 625', email: 'tlumoceni@charita-tabor.example.org',
    city: 'Tábor', postcode: '39001', forms: ['ter', 'amb'], clientGroups: ['osoby-se-sluchovym-postizenim'], municipalities: municipalityCodesOf('tabor'),
  },
  {
    key: 'ta-cdz', provider: 'charita-tabor', territory: 'tabor', kindCode: 'centra-dusevniho-zdravi', registrationId: '9910514',
    name: 'Centrum duševního zdraví Tábor', description: 'Tým sester, psychiatra a sociálních pracovníků pro lidi s vážným duševním onemocněním, i doma.',
    capacity: 80, capacityUnit: 'klient', openingHours: weekdays('08:00', '16:30'), phone: '+420 381 555 626', email: 'cdz@charita-tabor.example.org',
    street: 'Klokotská 4', city: 'Tábor', postcode: '39001', forms: ['amb', 'ter'], clientGroups: ['osoby-s-chronickym-dusevnim-onemocnenim'], municipalities: municipalityCodesOf('tabor'),
  },
];
