/**
 * Demo catalogue of ORP Český Krumlov and ORP Prachatice. Registration ids are 7-digit numbers starting 991 so
 * they are easy to tell apart from imported ones; coordinates are approximate town centres.
 */
import { municipalityCodesOf } from '../geography.ts';
import { everyDay, weekdays, type DemoService } from './spec.ts';

const CK_TOWN = ['545392', '545830', '545554', '545724', '545864'];

export const ceskyKrumlovServices: DemoService[] = [
  {
    key: 'ck-pecovatelska', provider: 'socialni-sluzby-ck', territory: 'cesky-krumlov', kindCode: 'pecovatelska-sluzba', registrationId: '9910101',
    name: 'Pečovatelská služba Český Krumlov', description: 'Pomoc s hygienou, dovoz obědů, nákupy a doprovody v Českém Krumlově a okolních obcích.',
    capacity: 180, capacityUnit: 'klient', openingHours: weekdays('07:00', '15:30'), phone: '+420 380 555 211', email: 'ps@ss-ck.example.cz',
    street: 'Za Soudem 355', city: 'Český Krumlov', postcode: '38101', lat: 48.8106, lng: 14.3151,
    forms: ['ter', 'amb'], clientGroups: ['seniori', 'osoby-se-zdravotnim-postizenim', 'osoby-s-chronickym-onemocnenim'], municipalities: CK_TOWN,
  },
  {
    key: 'ck-domov-pro-seniory', provider: 'domov-krumlov', territory: 'cesky-krumlov', kindCode: 'domovy-pro-seniory', registrationId: '9910102',
    name: 'Domov pro seniory Pod Kletí', description: 'Celoroční pobytová služba pro seniory s vysokou mírou závislosti na péči.',
    capacity: 88, capacityUnit: 'luzka', alwaysOpen: true, phone: '+420 380 555 212', email: 'domov@podkleti.example.cz',
    street: 'Fialková 3', city: 'Větřní', postcode: '38211', lat: 48.7744, lng: 14.2863,
    forms: ['pob'], clientGroups: ['seniori'], municipalities: municipalityCodesOf('cesky-krumlov'),
  },
  {
    key: 'ck-domov-zvlastni-rezim', provider: 'domov-krumlov', territory: 'cesky-krumlov', kindCode: 'domovy-se-zvlastnim-rezimem', registrationId: '9910103',
    name: 'Domov se zvláštním režimem Pod Kletí', description: 'Oddělení pro lidi žijící s demencí.',
    capacity: 30, capacityUnit: 'luzka', alwaysOpen: true, phone: '+420 380 555 213', email: 'dzr@podkleti.example.cz',
    street: 'Fialková 3', city: 'Větřní', postcode: '38211', lat: 48.7744, lng: 14.2863,
    forms: ['pob'], clientGroups: ['osoby-zijici-s-demenci', 'seniori'], municipalities: municipalityCodesOf('cesky-krumlov'),
  },
  {
    key: 'ck-osobni-asistence', provider: 'charita-ck', territory: 'cesky-krumlov', kindCode: 'osobni-asistence', registrationId: '9910104',
    name: 'Osobní asistence Charita Český Krumlov', description: 'Asistence doma, ve škole i v práci, včetně víkendů.',
    capacity: 25, capacityUnit: 'klient', openingHours: everyDay('06:30', '20:00'), phone: '+420 380 555 214', email: 'oa@charita-ck.example.org',
    street: 'Kaplická 21', city: 'Český Krumlov', postcode: '38101', lat: 48.8093, lng: 14.3235,
    forms: ['ter'], clientGroups: ['osoby-s-telesnym-postizenim', 'osoby-s-kombinovanym-postizenim', 'seniori'], municipalities: municipalityCodesOf('cesky-krumlov'),
  },
  {
    key: 'ck-azylovy-dum', provider: 'charita-ck', territory: 'cesky-krumlov', kindCode: 'azylove-domy', registrationId: '9910105',
    name: 'Azylový dům pro matky s dětmi Český Krumlov', description: 'Přechodné ubytování a podpora pro matky s dětmi v tíživé situaci; adresa se nezveřejňuje.',
    capacity: 18, capacityUnit: 'luzka', alwaysOpen: true, phone: '+420 380 555 215', email: 'azyl@charita-ck.example.org',
    city: 'Český Krumlov', postcode: '38101', addressSecret: true,
    forms: ['pob'], clientGroups: ['rodiny-s-detmi', 'obeti-domaciho-nasili', 'osoby-bez-pristresi'], municipalities: municipalityCodesOf('cesky-krumlov'),
  },
  {
    key: 'ck-nzdm', provider: 'charita-ck', territory: 'cesky-krumlov', kindCode: 'nizkoprahova-zarizeni-pro-deti-a-mladez', registrationId: '9910106',
    name: 'Nízkoprahový klub Bouda', description: 'Klub pro děti a mladé od 6 do 20 let, bezplatně a anonymně.',
    capacity: 30, capacityUnit: 'kontakt', openingHours: [1, 2, 3, 4].map((day) => ({ day, opens: '13:00', closes: '18:00' })), phone: '+420 380 555 216', email: 'bouda@charita-ck.example.org',
    street: 'Linecká 8', city: 'Český Krumlov', postcode: '38101', lat: 48.8087, lng: 14.3168,
    forms: ['amb', 'ter'], clientGroups: ['deti-a-mladez-ohrozene'], municipalities: CK_TOWN,
  },
  {
    key: 'ck-sas-rodiny', provider: 'charita-ck', territory: 'cesky-krumlov', kindCode: 'sas-pro-rodiny-s-detmi', registrationId: '9910107',
    name: 'Sociálně aktivizační služba pro rodiny Krumlovsko', description: 'Podpora rodin s dětmi v jejich domácnosti: rozpočet, škola, bydlení.',
    capacity: 30, capacityUnit: 'klient', openingHours: weekdays('08:00', '16:30'), phone: '+420 380 555 217', email: 'sas@charita-ck.example.org',
    city: 'Český Krumlov', postcode: '38101',
    forms: ['ter'], clientGroups: ['rodiny-s-detmi'], municipalities: municipalityCodesOf('cesky-krumlov'),
  },
  {
    key: 'ck-terenni-program', provider: 'terenni-programy-jih', territory: 'cesky-krumlov', kindCode: 'terenni-programy', registrationId: '9910108',
    name: 'Terénní program Českokrumlovsko', description: 'Terénní práce v lokalitách ohrožených sociálním vyloučením.',
    capacity: 60, capacityUnit: 'kontakt', openingHours: weekdays('09:00', '17:00'), phone: '+420 386 555 218', email: 'ck@terenni-programy.example.org',
    forms: ['ter'], clientGroups: ['osoby-ze-socialne-vyloucenych-komunit', 'osoby-ohrozene-zavislosti', 'etnicke-mensiny'], municipalities: ['545392', '545830', '545601'],
  },
  {
    key: 'ck-poradna', provider: 'charita-ck', territory: 'cesky-krumlov', kindCode: 'odborne-socialni-poradenstvi', registrationId: '9910109',
    name: 'Občanská poradna Český Krumlov', description: 'Bezplatné poradenství v bydlení, dávkách, pracovním právu a rodinných vztazích.',
    capacity: 8, capacityUnit: 'interv', openingHours: [{ day: 1, opens: '09:00', closes: '17:00' }, { day: 3, opens: '09:00', closes: '17:00' }, { day: 4, opens: '09:00', closes: '12:00' }],
    phone: '+420 380 555 219', email: 'poradna@charita-ck.example.org', street: 'Kaplická 21', city: 'Český Krumlov', postcode: '38101', lat: 48.8093, lng: 14.3235,
    forms: ['amb', 'ter'], clientGroups: ['osoby-v-krizi', 'rodiny-s-detmi', 'seniori'], municipalities: municipalityCodesOf('cesky-krumlov'),
  },
  {
    key: 'ck-rana-pece', provider: 'rana-pece-jih', territory: 'cesky-krumlov', kindCode: 'rana-pece', registrationId: '9910110',
    name: 'Raná péče Jih – pracoviště Český Krumlov', description: 'Konzultace v rodinách dětí se zdravotním postižením do 7 let.',
    capacity: 40, capacityUnit: 'klient', openingHours: weekdays('08:00', '16:00'), phone: '+420 381 555 220', email: 'ck@rana-pece-jih.example.org',
    forms: ['ter', 'amb'], clientGroups: ['rodiny-s-detmi', 'osoby-se-zdravotnim-postizenim'], municipalities: municipalityCodesOf('cesky-krumlov'),
  },
  {
    key: 'ck-rozvoz-obedu', provider: 'socialni-sluzby-ck', territory: 'cesky-krumlov', kindCode: 'rel-meals-on-wheels',
    name: 'Rozvoz obědů Český Krumlov', description: 'Dovoz teplých obědů seniorům, kteří pečovatelskou službu nepotřebují.',
    openingHours: weekdays('10:30', '13:00'), phone: '+420 380 555 221', email: 'obedy@ss-ck.example.cz', city: 'Český Krumlov', postcode: '38101',
    forms: [], clientGroups: ['seniori'], municipalities: CK_TOWN,
  },
];

const PRACHATICKO = ['550094', '550230', '550264', '550329', '550434', '550582', '550701', '550540'];

export const prachaticeServices: DemoService[] = [
  {
    key: 'pt-pecovatelska', provider: 'charita-prachatice', territory: 'prachatice', kindCode: 'pecovatelska-sluzba', registrationId: '9910601',
    name: 'Charitní pečovatelská služba Prachatice', description: 'Péče v domácnosti pro Prachatice a okolní obce.',
    capacity: 140, capacityUnit: 'klient', openingHours: everyDay('07:00', '19:00'), phone: '+420 388 555 711', email: 'ps@charita-pt.example.org',
    street: 'Neumannova 142', city: 'Prachatice', postcode: '38301', lat: 49.0128, lng: 13.9975,
    forms: ['ter'], clientGroups: ['seniori', 'osoby-se-zdravotnim-postizenim'], municipalities: PRACHATICKO,
  },
  {
    key: 'pt-osobni-asistence', provider: 'charita-prachatice', territory: 'prachatice', kindCode: 'osobni-asistence', registrationId: '9910602',
    name: 'Osobní asistence Prachaticko', capacity: 20, capacityUnit: 'klient', openingHours: everyDay('06:00', '21:00'),
    phone: '+420 388 555 712', email: 'oa@charita-pt.example.org', city: 'Prachatice', postcode: '38301',
    forms: ['ter'], clientGroups: ['osoby-s-telesnym-postizenim', 'osoby-s-mentalnim-postizenim', 'seniori'], municipalities: municipalityCodesOf('prachatice'),
  },
  {
    key: 'pt-domov-pro-seniory', provider: 'domov-prachatice', territory: 'prachatice', kindCode: 'domovy-pro-seniory', registrationId: '9910603',
    name: 'Domov pro seniory Pod Libínem', capacity: 96, capacityUnit: 'luzka', alwaysOpen: true,
    phone: '+420 388 555 713', email: 'domov@podlibinem.example.cz', street: 'Pod Hradbami 2', city: 'Prachatice', postcode: '38301', lat: 49.0109, lng: 13.9991,
    forms: ['pob'], clientGroups: ['seniori', 'osoby-zijici-s-demenci'], municipalities: municipalityCodesOf('prachatice'),
  },
  {
    key: 'pt-odlehcovaci', provider: 'domov-prachatice', territory: 'prachatice', kindCode: 'odlehcovaci-sluzby', registrationId: '9910604',
    name: 'Odlehčovací služby Pod Libínem', description: 'Pobyt na několik týdnů, aby si pečující mohli odpočinout.',
    capacity: 6, capacityUnit: 'luzka', alwaysOpen: true, phone: '+420 388 555 714', email: 'odlehceni@podlibinem.example.cz', city: 'Prachatice', postcode: '38301',
    forms: ['pob'], clientGroups: ['seniori', 'pecujici-osoby', 'osoby-s-potrebou-paliativni-pece'], municipalities: municipalityCodesOf('prachatice'),
  },
  {
    key: 'pt-sas-rodiny', provider: 'rodina-husinec', territory: 'prachatice', kindCode: 'sas-pro-rodiny-s-detmi', registrationId: '9910605',
    name: 'Husinecká rodina – služba pro rodiny s dětmi', description: 'Pomoc rodinám na venkově Prachaticka.',
    capacity: 20, capacityUnit: 'klient', openingHours: weekdays('08:00', '16:00'), phone: '+420 388 555 715', email: 'sas@husinec.example.cz',
    city: 'Husinec', postcode: '38421', lat: 49.0553, lng: 13.9868,
    forms: ['ter', 'amb'], clientGroups: ['rodiny-s-detmi'], municipalities: PRACHATICKO,
  },
  {
    key: 'pt-nzdm', provider: 'charita-prachatice', territory: 'prachatice', kindCode: 'nizkoprahova-zarizeni-pro-deti-a-mladez', registrationId: '9910606',
    name: 'Klub Maják Prachatice', capacity: 25, capacityUnit: 'kontakt', openingHours: [2, 3, 4, 5].map((day) => ({ day, opens: '14:00', closes: '18:30' })),
    phone: '+420 388 555 716', email: 'majak@charita-pt.example.org', city: 'Prachatice', postcode: '38301',
    forms: ['amb'], clientGroups: ['deti-a-mladez-ohrozene'], municipalities: ['550094'],
  },
  {
    key: 'pt-pecovatelska-volary', provider: 'ss-volary', territory: 'prachatice', kindCode: 'pecovatelska-sluzba', registrationId: '9910607',
    name: 'Pečovatelská služba Volary', capacity: 60, capacityUnit: 'klient', openingHours: weekdays('07:00', '15:00'),
    phone: '+420 388 555 717', email: 'ps@volary.example.cz', street: 'Náměstí 1', city: 'Volary', postcode: '38451', lat: 48.9089, lng: 13.8866,
    forms: ['ter'], clientGroups: ['seniori', 'osoby-s-chronickym-onemocnenim'], municipalities: ['550671'],
  },
  {
    key: 'pt-dilna', provider: 'charita-prachatice', territory: 'prachatice', kindCode: 'socialne-terapeuticke-dilny', registrationId: '9910608',
    name: 'Sociálně terapeutická dílna Prachatice', description: 'Keramika, tkaní a zahrada jako příprava na práci.',
    capacity: 14, capacityUnit: 'klient', openingHours: weekdays('07:30', '14:30'), phone: '+420 388 555 718', email: 'dilna@charita-pt.example.org',
    city: 'Prachatice', postcode: '38301',
    forms: ['amb'], clientGroups: ['osoby-s-mentalnim-postizenim', 'osoby-s-chronickym-dusevnim-onemocnenim'], municipalities: PRACHATICKO,
  },
  {
    key: 'pt-rana-pece', provider: 'rana-pece-jih', territory: 'prachatice', kindCode: 'rana-pece', registrationId: '9910609',
    name: 'Raná péče Jih – Prachaticko', capacity: 25, capacityUnit: 'klient', openingHours: weekdays('08:00', '16:00'),
    phone: '+420 381 555 719', email: 'pt@rana-pece-jih.example.org',
    forms: ['ter'], clientGroups: ['rodiny-s-detmi', 'osoby-se-zdravotnim-postizenim'], municipalities: municipalityCodesOf('prachatice'),
  },
  {
    key: 'pt-dobrovolnici', provider: 'dobrovolnici-jih', territory: 'prachatice', kindCode: 'rel-volunteer-centre',
    name: 'Dobrovolnické centrum Prachatice', description: 'Dobrovolníci pro domovy, nemocnici a osamělé seniory.',
    openingHours: [{ day: 2, opens: '10:00', closes: '16:00' }], phone: '+420 388 555 720', email: 'dobrovolnici@example.cz', city: 'Prachatice', postcode: '38301',
    forms: [], clientGroups: ['seniori'], municipalities: PRACHATICKO,
  },
  {
    key: 'pt-senior-taxi-volary', provider: 'ss-volary', territory: 'prachatice', kindCode: 'rel-senior-taxi',
    name: 'Senior taxi Volary', description: 'Odvoz k lékaři a na úřady za 30 Kč po městě.',
    openingHours: weekdays('07:00', '15:00'), phone: '+420 388 555 721', email: 'taxi@volary.example.cz', city: 'Volary', postcode: '38451',
    forms: [], clientGroups: ['seniori', 'osoby-se-zdravotnim-postizenim'], municipalities: ['550671'],
  },
];
