/**
 * Demo providers. Names resemble the kinds of organizations that provide services in South Bohemia (Charita, a
 * town's care service, an o.p.s.), but every one is made up and says so. IČOs are fictional numbers that pass the
 * IČO checksum (scripts/seed.ts refuses to run otherwise); a real organization may hold the same number, which is
 * one more reason to delete the demo rows before going live.
 */
import type { providers } from '../../../schema/tables.ts';
import { providerId } from '../keys.ts';

type ProviderRow = typeof providers.$inferInsert;

const provider = (key: string, row: Omit<ProviderRow, 'id' | 'isDemo' | 'source'>): ProviderRow => ({
  id: providerId(key),
  source: 'demo',
  isDemo: true,
  ...row,
});

export const demoProviders: ProviderRow[] = [
  // across the region
  provider('rana-pece-jih', { ico: '79901000', name: 'Raná péče Jih, o.p.s. (ukázka)', legalForm: 'obecně prospěšná společnost', web: 'https://rana-pece-jih.example.org', email: 'info@rana-pece-jih.example.org', phone: '+420 381 555 101', street: 'Husova 12', city: 'České Budějovice', postcode: '37001' }),
  provider('krizove-centrum-jih', { ico: '79901379', name: 'Krizové centrum Jih, z. ú. (ukázka)', legalForm: 'ústav', web: 'https://krizove-centrum-jih.example.org', email: 'pomoc@krizove-centrum-jih.example.org', phone: '+420 387 555 102', street: 'Riegrova 40', city: 'České Budějovice', postcode: '37001' }),
  provider('terenni-programy-jih', { ico: '79901743', name: 'Terénní programy Jih, z. s. (ukázka)', legalForm: 'spolek', web: 'https://terenni-programy.example.org', email: 'kontakt@terenni-programy.example.org', phone: '+420 386 555 103', street: 'Žižkova 8', city: 'Tábor', postcode: '39001' }),
  provider('dluhova-poradna-jih', { ico: '79902111', name: 'Dluhová poradna Jih, z. ú. (ukázka)', legalForm: 'ústav', email: 'poradna@dluhy-jih.example.cz', phone: '+420 384 555 104', city: 'Jindřichův Hradec', postcode: '37701' }),
  provider('dobrovolnici-jih', { ico: '79902481', name: 'Dobrovolnické centrum Jih, z. s. (ukázka)', legalForm: 'spolek', email: 'dobrovolnici@example.cz', phone: '+420 388 555 105', city: 'Prachatice', postcode: '38301' }),
  // Český Krumlov
  provider('charita-ck', { ico: '79902855', name: 'Oblastní charita Český Krumlov (ukázka)', legalForm: 'evidovaná církevní právnická osoba', web: 'https://charita-ck.example.org', email: 'charita@charita-ck.example.org', phone: '+420 380 555 201', street: 'Kaplická 21', city: 'Český Krumlov', postcode: '38101' }),
  provider('socialni-sluzby-ck', { ico: '79903223', name: 'Sociální služby města Český Krumlov, p. o. (ukázka)', legalForm: 'příspěvková organizace', email: 'info@ss-ck.example.cz', phone: '+420 380 555 202', street: 'Za Soudem 355', city: 'Český Krumlov', postcode: '38101' }),
  provider('domov-krumlov', { ico: '79903592', name: 'Domov pro seniory Pod Kletí, p. o. (ukázka)', legalForm: 'příspěvková organizace', email: 'domov@podkleti.example.cz', phone: '+420 380 555 203', street: 'Fialková 3', city: 'Větřní', postcode: '38211' }),
  // Trhové Sviny
  provider('ps-trhove-sviny', { ico: '79903967', name: 'Pečovatelská služba Trhové Sviny, p. o. (ukázka)', legalForm: 'příspěvková organizace', email: 'ps@sviny.example.cz', phone: '+420 386 555 301', street: 'Nábřeží Sv. Anny 5', city: 'Trhové Sviny', postcode: '37401' }),
  provider('domov-sviny', { ico: '79904335', name: 'Domov U Svinenského rybníka, p. o. (ukázka)', legalForm: 'příspěvková organizace', email: 'domov@sviny.example.cz', phone: '+420 386 555 302', street: 'Rybniční 9', city: 'Trhové Sviny', postcode: '37401' }),
  provider('charita-borovany', { ico: '79904700', name: 'Charita Borovany (ukázka)', legalForm: 'evidovaná církevní právnická osoba', email: 'charita@borovany.example.cz', phone: '+420 387 555 303', street: 'Náměstí 1', city: 'Borovany', postcode: '37312' }),
  // Třeboň
  provider('css-trebon', { ico: '79905072', name: 'Centrum sociálních služeb Třeboň, p. o. (ukázka)', legalForm: 'příspěvková organizace', web: 'https://css-trebon.example.org', email: 'css@css-trebon.example.org', phone: '+420 384 555 401', street: 'Jiráskova 1', city: 'Třeboň', postcode: '37901' }),
  provider('rodinne-centrum-trebon', { ico: '79905447', name: 'Rodinné centrum Rybka Třeboň, z. s. (ukázka)', legalForm: 'spolek', email: 'rc@trebon.example.cz', phone: '+420 384 555 402', city: 'Třeboň', postcode: '37901' }),
  provider('mesto-trebon', { ico: '79905811', name: 'Město Třeboň – ukázkový záznam', legalForm: 'obec', email: 'socialni@trebon.example.cz', phone: '+420 384 555 403', street: 'Palackého nám. 46', city: 'Třeboň', postcode: '37901' }),
  // Jindřichův Hradec
  provider('charita-jh', { ico: '79906184', name: 'Oblastní charita Jindřichův Hradec (ukázka)', legalForm: 'evidovaná církevní právnická osoba', web: 'https://charita-jh.example.org', email: 'charita@charita-jh.example.org', phone: '+420 384 555 501', street: 'Růžová 5', city: 'Jindřichův Hradec', postcode: '37701' }),
  provider('domov-jh', { ico: '79906559', name: 'Domov pro seniory Hradec, p. o. (ukázka)', legalForm: 'příspěvková organizace', email: 'domov@dps-jh.example.cz', phone: '+420 384 555 502', street: 'Rybniční 1', city: 'Jindřichův Hradec', postcode: '37701' }),
  provider('nizkoprah-jh', { ico: '79906923', name: 'Klub Na Nábřeží, z. s. (ukázka)', legalForm: 'spolek', email: 'klub@nabrezi.example.cz', phone: '+420 384 555 503', city: 'Jindřichův Hradec', postcode: '37701' }),
  provider('zdravotni-sluzby-jh', { ico: '79907296', name: 'Domácí péče Hradecko, o.p.s. (ukázka)', legalForm: 'obecně prospěšná společnost', email: 'pece@hradecko.example.cz', phone: '+420 384 555 504', city: 'Jindřichův Hradec', postcode: '37701' }),
  // Tábor
  provider('csp-tabor', { ico: '79907661', name: 'Centrum sociální pomoci Tábor, p. o. (ukázka)', legalForm: 'příspěvková organizace', web: 'https://csp-tabor.example.org', email: 'info@csp-tabor.example.org', phone: '+420 381 555 601', street: 'Kundratická 2', city: 'Tábor', postcode: '39002' }),
  provider('charita-tabor', { ico: '79908039', name: 'Oblastní charita Tábor (ukázka)', legalForm: 'evidovaná církevní právnická osoba', email: 'charita@charita-tabor.example.org', phone: '+420 381 555 602', street: 'Klokotská 4', city: 'Tábor', postcode: '39001' }),
  provider('klub-tabor', { ico: '79908403', name: 'Klub Jordán pro děti a mládež, z. s. (ukázka)', legalForm: 'spolek', email: 'klub@jordan.example.cz', phone: '+420 381 555 603', city: 'Tábor', postcode: '39001' }),
  provider('dilny-bechyne', { ico: '79908772', name: 'Dílny Bechyňsko, z. ú. (ukázka)', legalForm: 'ústav', email: 'dilny@bechynsko.example.cz', phone: '+420 381 555 604', city: 'Bechyně', postcode: '39165' }),
  provider('ozp-tabor', { ico: '79909141', name: 'Poradna pro zdravotně postižené Tábor, z. s. (ukázka)', legalForm: 'spolek', email: 'poradna@ozp-tabor.example.cz', phone: '+420 381 555 605', city: 'Tábor', postcode: '39001' }),
  // Prachatice
  provider('charita-prachatice', { ico: '79909515', name: 'Charita Prachatice (ukázka)', legalForm: 'evidovaná církevní právnická osoba', web: 'https://charita-pt.example.org', email: 'charita@charita-pt.example.org', phone: '+420 388 555 701', street: 'Neumannova 142', city: 'Prachatice', postcode: '38301' }),
  provider('domov-prachatice', { ico: '79909884', name: 'Domov pro seniory Pod Libínem, p. o. (ukázka)', legalForm: 'příspěvková organizace', email: 'domov@podlibinem.example.cz', phone: '+420 388 555 702', city: 'Prachatice', postcode: '38301' }),
  provider('rodina-husinec', { ico: '79910254', name: 'Spolek Husinecká rodina (ukázka)', legalForm: 'spolek', email: 'rodina@husinec.example.cz', phone: '+420 388 555 703', city: 'Husinec', postcode: '38421' }),
  provider('ss-volary', { ico: '79910629', name: 'Sociální služby Volary, p. o. (ukázka)', legalForm: 'příspěvková organizace', email: 'ss@volary.example.cz', phone: '+420 388 555 704', city: 'Volary', postcode: '38451' }),
];
