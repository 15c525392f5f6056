/**
 * A national-registry file (rpss.json) of the real size for bench/registry-import.bench.ts: about 98 MB, 6,700
 * services, 19,000 facilities, in the shape of /work/shared/formats/rpss.md (contacts at two levels, forms with
 * capacities and opening times, facilities with full RÚIAN-style addresses, some secret, ministry document links),
 * 2,500 of them in one region and about 300 in the benchmark's territory. Deterministic (a seeded PRNG).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export type RegistryBenchOptions = { items: number; regionItems: number; territoryItems: number; territoryCodes: string[]; targetBytes: number };

/** 40 municipalities of the benchmark's territory; the region has 600, the country 6,250. */
export const TERRITORY_CODES = Array.from({ length: 40 }, (_, i) => String(540_000 + i * 17));
const regionCode = (r: () => number) => String(545_000 + Math.floor(r() * 560) * 3);
const countryCode = (r: () => number) => String(560_000 + Math.floor(r() * 5_650) * 7);

function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function ico(n: number): string {
  const first = String(n % 10_000_000).padStart(7, '0');
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(first[i]) * (8 - i);
  return `${first}${(11 - (sum % 11)) % 10}`;
}

const STREETS = ['Husova', 'Nádražní', 'Palackého', 'Komenského', 'Masarykovo náměstí', 'Žižkova', 'Nemocniční', 'Zahradní', 'Školní', 'Sokolská'];
const KINDS = ['1', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33'];
const NAMES = ['Pečovatelská služba', 'Domov pro seniory', 'Poradna pro rodinu', 'Osobní asistence', 'Azylový dům', 'Nízkoprahové zařízení Klub', 'Terénní program', 'Sociálně terapeutická dílna', 'Denní stacionář', 'Chráněné bydlení'];
const PROSE =
  'Posláním služby je podporovat osoby v nepříznivé sociální situaci tak, aby mohly co nejdéle žít ve svém přirozeném prostředí, ' +
  'zachovat si kontakt s rodinou a přáteli a samostatně rozhodovat o svém životě. Služba je poskytována v souladu se standardy kvality. ';

function address(r: () => number, obec: string, secret: boolean) {
  if (secret) return null;
  return {
    cisloDomovni: 1 + Math.floor(r() * 2_500), cisloOrientacni: r() < 0.6 ? String(1 + Math.floor(r() * 80)) : null, dodatekAdresy: null,
    kodAdresnihoMista: r() < 0.964 ? 10_000_000 + Math.floor(r() * 9_000_000) : null, psc: String(30_000 + Math.floor(r() * 49_999)),
    typCislaDomovniho: { id: 'TypStavebnihoObjektu/1' }, kraj: { id: 'Kraj/35' }, okres: { id: 'Okres/3303' }, obec: { id: `Obec/${obec}` },
    castObce: { id: `CastObce/${400_000 + Math.floor(r() * 99_999)}` }, mestskyObvodMestskaCast: null, mestskyObvodVPraze: null,
    ulice: { nazev: STREETS[Math.floor(r() * STREETS.length)] },
  };
}

function item(i: number, r: () => number, home: () => string, padding: number) {
  const kind = KINDS[Math.floor(r() * KINDS.length)]!;
  const name = `${NAMES[Math.floor(r() * NAMES.length)]} ${i}`;
  const facilities = Array.from({ length: 1 + Math.floor(r() * 4.7) }, (_, f) => {
    const secret = r() < 0.03;
    return {
      nazev: f === 0 ? name : `${name} – pracoviště ${f + 1}`, poskytujeOd: '2014-01-01', poskytujeDo: r() < 0.05 ? '2022-12-31' : null,
      utajenaAdresa: secret, adresa: address(r, f === 0 ? home() : r() < 0.8 ? home() : countryCode(r), secret), identifikator: 100_000 + i * 10 + f,
    };
  });
  const day = (d: number) => ({ den: { id: `DenVTydnu/${d}` }, od: '07:30', do: '15:30' });
  return {
    portalId: 10_000 + i, id: 50_000 + i, identifikator: String(1_000_000 + i * 7),
    datumPoskytovaniOd: '2014-01-01', datumPoskytovaniDo: r() < 0.02 ? '2023-06-30' : null,
    kontaktniAdresy: [{ ...address(r, home(), false), poznamka: null }],
    druhSocialniSluzby: { id: `DruhSocialniSluzby/${kind}` },
    zarizeni: facilities,
    poskytovatel: {
      ico: ico(1_000 + Math.floor(i / 2)), nazev: `Poskytovatel sociálních služeb ${Math.floor(i / 2)}, z. ú.`, pravniForma: { id: 'PravniForma/751' },
      adresa: address(r, home(), false), datovaSchranka: `ds${i.toString(36)}x`,
      weby: [{ web: `www.poskytovatel-${Math.floor(i / 2)}.example.cz`, poznamka: null }],
      emaily: [{ email: `info@poskytovatel-${Math.floor(i / 2)}.example.cz`, poznamka: null }],
      telefony: [{ telefon: `38${String(1_000_000 + i).slice(-7)}`, poznamka: null }],
      statutarniOrgany: [{ jmeno: 'Jana', prijmeni: 'Nováková', titulPred: 'Mgr.', titulZa: null, funkce: 'ředitelka' }],
    },
    emaily: [{ email: `sluzba-${i}@example.cz`, poznamka: null }],
    telefony: [{ telefon: `60${String(2_000_000 + i).slice(-7)}`, poznamka: 'pracovní dny' }],
    faxy: [],
    weby: r() < 0.5 ? [{ web: `https://sluzba-${i}.example.cz`, poznamka: null }] : [],
    ciloveSkupiny: Array.from({ length: 1 + Math.floor(r() * 5) }, (_, g) => ({ cilovaSkupina: { id: `CilovaSkupinaOsoby/${[24, 26, 27, 30, 2, 5, 11, 14][(g + i) % 8]}` } })),
    vekoveSkupiny: [{ vekovaSkupina: { id: 'VekovaSkupinaOsoby/7' } }, { vekovaSkupina: { id: 'VekovaSkupinaOsoby/8' } }],
    doplnujiciInformaceVekoveSkupiny: 'Služba je určena osobám od 18 let.',
    formy: Array.from({ length: 1 + Math.floor(r() * 2) }, (_, f) => ({
      forma: { id: `FormaSocialniSluzby/${['ter', 'amb', 'pob'][(f + i) % 3]}` }, nepretrzitePoskytovani: (f + i) % 3 === 2,
      casoveRozsahy: (f + i) % 3 === 2 ? null : [1, 2, 3, 4, 5].map(day),
      kapacity: [{ pocet: 5 + Math.floor(r() * 120), popis: `Maximální kapacita ${5 + (i % 60)} klientů v jeden okamžik, ${PROSE.slice(0, 60)}`, typ: { id: 'TypKapacitySocialniSluzby/klient' } }],
    })),
    rozsirenePusobnostiVKraji: [],
    doplnkoveUdaje: Array.from({ length: 4 }, (_, d) => ({
      nazev: ['Poslání služby', 'Cíle služby', 'Zásady poskytování', 'Popis realizace'][d], url: `https://iregistr.mpsv.cz/socreg/dokument/${i}/${d}`,
      text: PROSE.repeat(padding).slice(0, 250 * padding),
    })),
  };
}

/** Writes the file; returns its size, item and facility counts. */
export async function writeRegistryFile(path: string, options: RegistryBenchOptions) {
  const r = prng(13);
  // Calibrate the prose so the file lands near the target size.
  const probe = JSON.stringify(item(0, prng(1), () => '500000', 1)).length;
  const perUnit = JSON.stringify(item(0, prng(1), () => '500000', 2)).length - probe;
  const padding = Math.max(1, Math.round((options.targetBytes / options.items - probe) / perUnit));
  const out = createWriteStream(path);
  let bytes = 0;
  let facilities = 0;
  const write = async (text: string) => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write('{"polozky":[');
  for (let i = 0; i < options.items; i++) {
    const inTerritory = i % Math.floor(options.items / options.territoryItems) === 0;
    const inRegion = inTerritory || i % Math.floor(options.items / options.regionItems) === 1;
    const home = inTerritory ? () => options.territoryCodes[Math.floor(r() * options.territoryCodes.length)]! : inRegion ? () => regionCode(r) : () => countryCode(r);
    const value = item(i, r, home, padding);
    facilities += value.zarizeni.length;
    await write(`${i ? ',' : ''}${JSON.stringify(value)}`);
  }
  await write(']}');
  out.end();
  await once(out, 'finish');
  return { bytes, items: options.items, facilities };
}
