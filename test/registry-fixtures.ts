/** Small national-registry items (rpss.json's shape, /work/shared/formats/rpss.md) for the registry tests. */

export type ItemSpec = {
  id: string;
  kind?: string;
  obec?: string | null;
  name?: string;
  ico?: string;
  clientGroups?: string[];
  secret?: boolean;
  contactObec?: string;
  providerObec?: string;
};

export function registryItem({ id, kind = '4', obec = '547336', name = `Služba ${id}`, ico = '70890650', clientGroups = ['24'], secret = false, contactObec, providerObec }: ItemSpec) {
  return {
    portalId: Number(id.slice(0, 4)),
    id: Number(id),
    identifikator: id,
    datumPoskytovaniOd: '2015-01-01',
    datumPoskytovaniDo: null,
    kontaktniAdresy: contactObec ? [{ obec: { id: `Obec/${contactObec}` }, psc: '37901' }] : [],
    druhSocialniSluzby: { id: `DruhSocialniSluzby/${kind}` },
    zarizeni: [
      {
        nazev: name,
        poskytujeOd: '2015-01-01',
        poskytujeDo: null,
        utajenaAdresa: secret,
        adresa: obec === null ? null : { cisloDomovni: 12, cisloOrientacni: '3', psc: '37901', obec: { id: `Obec/${obec}` }, ulice: { nazev: 'Husova' } },
      },
    ],
    poskytovatel: {
      ico,
      nazev: 'Farní charita Třeboň',
      adresa: providerObec ? { obec: { id: `Obec/${providerObec}` }, psc: '37901' } : null,
      weby: [],
      emaily: [{ email: 'charita@trebon.example.cz', poznamka: null }],
      telefony: [],
      statutarniOrgany: [{ jmeno: 'Jana', prijmeni: 'Statutárová' }],
    },
    emaily: [],
    telefony: [{ telefon: '384555101', poznamka: null }],
    weby: [],
    ciloveSkupiny: clientGroups.map((code) => ({ cilovaSkupina: { id: `CilovaSkupinaOsoby/${code}` } })),
    formy: [{ forma: { id: 'FormaSocialniSluzby/ter' }, nepretrzitePoskytovani: false, casoveRozsahy: null, kapacity: [{ pocet: 20, typ: { id: 'TypKapacitySocialniSluzby/klient' } }] }],
    doplnkoveUdaje: [],
  };
}

export const rpssFile = (items: unknown[]) => ({ polozky: items });
