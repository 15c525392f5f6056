/** Demo catalogue of ORP Trhové Sviny and ORP Třeboň (registration ids 99102xx and 99103xx). */
import { municipalityCodesOf } from '../geography.ts';
import { everyDay, weekdays, type DemoService } from './spec.ts';

const BOROVANSKO = ['544281', '544639', '544809', '545082', '544817'];

export const trhoveSvinyServices: DemoService[] = [
  {
    key: 'ts-pecovatelska', provider: 'ps-trhove-sviny', territory: 'trhove-sviny', kindCode: 'pecovatelska-sluzba', registrationId: '9910201',
    name: 'Pečovatelská služba Trhové Sviny', description: 'Péče o domácnost a osobní hygienu, dovoz obědů, středisko osobní hygieny.',
    capacity: 120, capacityUnit: 'klient', openingHours: weekdays('07:00', '15:30'), phone: '+420 386 555 311', email: 'ps@sviny.example.cz',
    street: 'Nábřeží Sv. Anny 5', city: 'Trhové Sviny', postcode: '37401', lat: 48.8423, lng: 14.6392,
    forms: ['ter', 'amb'], clientGroups: ['seniori', 'osoby-se-zdravotnim-postizenim'], municipalities: ['545171', '544884', '545376', '545023', '545104'],
  },
  {
    key: 'ts-domov-pro-seniory', provider: 'domov-sviny', territory: 'trhove-sviny', kindCode: 'domovy-pro-seniory', registrationId: '9910202',
    name: 'Domov U Svinenského rybníka', capacity: 60, capacityUnit: 'luzka', alwaysOpen: true,
    phone: '+420 386 555 312', email: 'domov@sviny.example.cz', street: 'Rybniční 9', city: 'Trhové Sviny', postcode: '37401', lat: 48.8431, lng: 14.6423,
    forms: ['pob'], clientGroups: ['seniori'], municipalities: municipalityCodesOf('trhove-sviny'),
  },
  {
    key: 'ts-odlehcovaci', provider: 'domov-sviny', territory: 'trhove-sviny', kindCode: 'odlehcovaci-sluzby', registrationId: '9910203',
    name: 'Odlehčovací pobyty U Svinenského rybníka', description: 'Krátkodobé pobyty, aby si pečující rodina mohla odpočinout.',
    capacity: 6, capacityUnit: 'luzka', alwaysOpen: true, phone: '+420 386 555 313', email: 'odlehceni@sviny.example.cz',
    street: 'Rybniční 9', city: 'Trhové Sviny', postcode: '37401', lat: 48.8431, lng: 14.6423,
    forms: ['pob'], clientGroups: ['seniori', 'pecujici-osoby'], municipalities: municipalityCodesOf('trhove-sviny'),
  },
  {
    key: 'ts-charita-pecovatelska', provider: 'charita-borovany', territory: 'trhove-sviny', kindCode: 'pecovatelska-sluzba', registrationId: '9910204',
    name: 'Charitní pečovatelská služba Borovany', capacity: 70, capacityUnit: 'klient', openingHours: everyDay('07:00', '19:00'),
    phone: '+420 387 555 314', email: 'ps@borovany.example.cz', street: 'Náměstí 1', city: 'Borovany', postcode: '37312', lat: 48.8986, lng: 14.6425,
    forms: ['ter'], clientGroups: ['seniori', 'osoby-s-chronickym-onemocnenim'], municipalities: BOROVANSKO,
  },
  {
    key: 'ts-osobni-asistence', provider: 'charita-borovany', territory: 'trhove-sviny', kindCode: 'osobni-asistence', registrationId: '9910205',
    name: 'Osobní asistence Borovansko', capacity: 12, capacityUnit: 'klient', openingHours: everyDay('06:00', '22:00'),
    phone: '+420 387 555 315', email: 'oa@borovany.example.cz', city: 'Borovany', postcode: '37312',
    forms: ['ter'], clientGroups: ['osoby-s-telesnym-postizenim', 'seniori'], municipalities: municipalityCodesOf('trhove-sviny'),
  },
  {
    key: 'ts-sas-seniori', provider: 'charita-borovany', territory: 'trhove-sviny', kindCode: 'sas-pro-seniory-a-osoby-se-zdravotnim-postizenim', registrationId: '9910206',
    name: 'Klub seniorů Borovany', description: 'Trénování paměti, cvičení a výlety pro seniory z Borovanska.',
    capacity: 20, capacityUnit: 'klient', openingHours: [{ day: 2, opens: '09:00', closes: '14:00' }, { day: 4, opens: '09:00', closes: '14:00' }],
    phone: '+420 387 555 316', email: 'klub@borovany.example.cz', city: 'Borovany', postcode: '37312',
    forms: ['amb'], clientGroups: ['seniori', 'osoby-se-zdravotnim-postizenim'], municipalities: BOROVANSKO,
  },
  {
    key: 'ts-rana-pece', provider: 'rana-pece-jih', territory: 'trhove-sviny', kindCode: 'rana-pece', registrationId: '9910207',
    name: 'Raná péče Jih – Trhovosvinensko', capacity: 15, capacityUnit: 'klient', openingHours: weekdays('08:00', '16:00'),
    phone: '+420 381 555 317', email: 'ts@rana-pece-jih.example.org',
    forms: ['ter'], clientGroups: ['rodiny-s-detmi', 'osoby-s-kombinovanym-postizenim'], municipalities: municipalityCodesOf('trhove-sviny'),
  },
  {
    key: 'ts-krizova-pomoc', provider: 'krizove-centrum-jih', territory: 'trhove-sviny', kindCode: 'krizova-pomoc', registrationId: '9910208',
    name: 'Krizová pomoc Jih – výjezdy na Trhovosvinensko', capacity: 4, capacityUnit: 'interv', alwaysOpen: true,
    phone: '+420 387 555 318', email: 'pomoc@krizove-centrum-jih.example.org',
    forms: ['amb', 'ter'], clientGroups: ['osoby-v-krizi', 'obeti-trestne-cinnosti'], municipalities: municipalityCodesOf('trhove-sviny'),
  },
  {
    key: 'ts-senior-taxi', provider: 'ps-trhove-sviny', territory: 'trhove-sviny', kindCode: 'rel-senior-taxi',
    name: 'Senior taxi Trhové Sviny', description: 'Odvoz seniorů k lékaři, na úřad a nákupy v rámci města za symbolickou cenu.',
    openingHours: weekdays('07:00', '14:00'), phone: '+420 386 555 319', email: 'taxi@sviny.example.cz', city: 'Trhové Sviny', postcode: '37401',
    forms: [], clientGroups: ['seniori', 'osoby-se-zdravotnim-postizenim'], municipalities: ['545171'],
  },
  {
    key: 'ts-svepomocna-skupina', provider: 'domov-sviny', territory: 'trhove-sviny', kindCode: 'rel-self-help-group',
    name: 'Setkávání pečujících Trhové Sviny', description: 'Jednou měsíčně se schází lidé, kteří doma pečují o blízkého.',
    openingHours: [{ day: 3, opens: '16:00', closes: '18:00', note: 'první středa v měsíci' }], phone: '+420 386 555 320', email: 'pecujici@sviny.example.cz',
    city: 'Trhové Sviny', postcode: '37401',
    forms: [], clientGroups: ['pecujici-osoby'], municipalities: municipalityCodesOf('trhove-sviny'),
  },
];

const TREBONSKO = ['547336', '546461', '546712', '547247', '546844'];

export const trebonServices: DemoService[] = [
  {
    key: 'tr-pecovatelska', provider: 'css-trebon', territory: 'trebon', kindCode: 'pecovatelska-sluzba', registrationId: '9910301',
    name: 'Pečovatelská služba Třeboň', capacity: 150, capacityUnit: 'klient', openingHours: weekdays('06:30', '15:00'),
    phone: '+420 384 555 411', email: 'ps@css-trebon.example.org', street: 'Jiráskova 1', city: 'Třeboň', postcode: '37901', lat: 49.0037, lng: 14.7706,
    forms: ['ter', 'amb'], clientGroups: ['seniori', 'osoby-se-zdravotnim-postizenim'], municipalities: TREBONSKO,
  },
  {
    key: 'tr-domov-pro-seniory', provider: 'css-trebon', territory: 'trebon', kindCode: 'domovy-pro-seniory', registrationId: '9910302',
    name: 'Domov pro seniory Třeboň', capacity: 75, capacityUnit: 'luzka', alwaysOpen: true,
    phone: '+420 384 555 412', email: 'domov@css-trebon.example.org', street: 'Jiráskova 1', city: 'Třeboň', postcode: '37901', lat: 49.0037, lng: 14.7706,
    forms: ['pob'], clientGroups: ['seniori', 'osoby-zijici-s-demenci'], municipalities: municipalityCodesOf('trebon'),
  },
  {
    key: 'tr-denni-stacionar', provider: 'css-trebon', territory: 'trebon', kindCode: 'denni-stacionare', registrationId: '9910303',
    name: 'Denní stacionář Třeboň', description: 'Denní program pro seniory, jejichž rodina přes den pracuje.',
    capacity: 12, capacityUnit: 'klient', openingHours: weekdays('07:00', '16:00'), phone: '+420 384 555 413', email: 'stacionar@css-trebon.example.org',
    city: 'Třeboň', postcode: '37901',
    forms: ['amb'], clientGroups: ['seniori', 'osoby-zijici-s-demenci'], municipalities: TREBONSKO,
  },
  {
    key: 'tr-tisnova-pece', provider: 'css-trebon', territory: 'trebon', kindCode: 'tisnova-pece', registrationId: '9910304',
    name: 'Tísňová péče Třeboňsko', description: 'Tlačítko na ruce spojí seniora s dispečinkem 24 hodin denně.',
    capacity: 40, capacityUnit: 'klient', alwaysOpen: true, phone: '+420 384 555 414', email: 'tisnova@css-trebon.example.org',
    forms: ['ter'], clientGroups: ['seniori', 'osoby-s-chronickym-onemocnenim'], municipalities: municipalityCodesOf('trebon'),
  },
  {
    key: 'tr-chranene-bydleni', provider: 'css-trebon', territory: 'trebon', kindCode: 'chranene-bydleni', registrationId: '9910305',
    name: 'Chráněné bydlení Na Hrázi', capacity: 8, capacityUnit: 'luzka', alwaysOpen: true,
    phone: '+420 384 555 415', email: 'bydleni@css-trebon.example.org', city: 'Třeboň', postcode: '37901',
    forms: ['pob'], clientGroups: ['osoby-s-mentalnim-postizenim'], municipalities: municipalityCodesOf('trebon'),
  },
  {
    key: 'tr-sas-rodiny', provider: 'rodinne-centrum-trebon', territory: 'trebon', kindCode: 'sas-pro-rodiny-s-detmi', registrationId: '9910306',
    name: 'Rodina v pohodě Třeboň', capacity: 18, capacityUnit: 'klient', openingHours: weekdays('08:00', '16:00'),
    phone: '+420 384 555 416', email: 'rodiny@trebon.example.cz', city: 'Třeboň', postcode: '37901',
    forms: ['ter', 'amb'], clientGroups: ['rodiny-s-detmi'], municipalities: municipalityCodesOf('trebon'),
  },
  {
    key: 'tr-terenni-program', provider: 'terenni-programy-jih', territory: 'trebon', kindCode: 'terenni-programy', registrationId: '9910307',
    name: 'Terénní program Třeboňsko a České Velenice', capacity: 40, capacityUnit: 'kontakt', openingHours: weekdays('09:00', '17:00'),
    phone: '+420 386 555 417', email: 'trebon@terenni-programy.example.org',
    forms: ['ter'], clientGroups: ['osoby-ohrozene-zavislosti', 'osoby-s-rizikovym-zpusobem-zivota', 'osoby-bez-pristresi'], municipalities: ['547336', '546089', '547280'],
  },
  {
    key: 'tr-intervencni-centrum', provider: 'krizove-centrum-jih', territory: 'trebon', kindCode: 'intervencni-centra', registrationId: '9910308',
    name: 'Intervenční centrum – konzultační místo Třeboň', description: 'Pomoc lidem ohroženým domácím násilím po vykázání násilné osoby.',
    capacity: 3, capacityUnit: 'interv', openingHours: [{ day: 2, opens: '09:00', closes: '15:00' }], phone: '+420 387 555 418', email: 'ic@krizove-centrum-jih.example.org',
    forms: ['amb', 'ter'], clientGroups: ['obeti-domaciho-nasili'], municipalities: municipalityCodesOf('trebon'),
  },
  {
    key: 'tr-senior-taxi', provider: 'mesto-trebon', territory: 'trebon', kindCode: 'rel-senior-taxi',
    name: 'Senior taxi Třeboň', description: 'Zaveden po analýze potřebnosti služby Senior taxi; jízda po městě za 40 Kč.',
    openingHours: weekdays('07:00', '15:00'), phone: '+420 384 555 419', email: 'seniortaxi@trebon.example.cz', city: 'Třeboň', postcode: '37901',
    forms: [], clientGroups: ['seniori', 'osoby-se-zdravotnim-postizenim'], municipalities: ['547336'],
  },
  {
    key: 'tr-domaci-pece', provider: 'zdravotni-sluzby-jh', territory: 'trebon', kindCode: 'rel-home-care-nursing',
    name: 'Domácí zdravotní péče Třeboňsko', description: 'Zdravotní sestry doma na poukaz lékaře.',
    openingHours: everyDay('07:00', '19:00'), phone: '+420 384 555 420', email: 'trebon@hradecko.example.cz',
    forms: [], clientGroups: ['seniori', 'osoby-s-chronickym-onemocnenim', 'osoby-s-potrebou-paliativni-pece'], municipalities: municipalityCodesOf('trebon'),
  },
];
