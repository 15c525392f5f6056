/**
 * The catalogue's offline search over one territory's snapshot, built on the phone. It reads Czech exactly as the
 * Worker's FTS5 search does, with the same function (schema/catalogue-text.ts `searchTerms`): the index keeps whole
 * words folded (no diacritics, lower case); a query word is folded, loses one common ending and then matches as a
 * prefix, so "trebon" finds Třeboň and "seniorům" finds seniory. A word that is no prefix of any indexed word is read
 * as a typo and matches the indexed words within one edit (two from eight letters on): "pecovatalska". Words are
 * ANDed, so each keystroke narrows the list.
 *
 * Why not MiniSearch's own `search`: it builds an object per matching document and field for every query, which cost
 * 10–27 ms per keystroke over 10,000 services (bench/catalogue-offline.bench.ts), against a 2 ms target. So its radix
 * tree (`SearchableMap`: prefix and fuzzy lookup of words, the hard part) is used as it is, and scores are summed in
 * flat typed arrays. No DOM here: bench/ runs this in Node.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { foldText } from '../../schema/catalogue-text.ts';
import { queryUnits, type QueryUnit, type SituationMatch } from '../../schema/life-situations.ts';
import type { CodeLists, LocalCatalogue, ServiceCard } from './types.ts';

export type CatalogueFilter = {
  targetGroup?: string | undefined;
  kind?: string | undefined;
  form?: string | undefined;
  /** ČSÚ code of a municipality the service serves */
  municipality?: string | undefined;
  /** only these services (the favourites) */
  only?: ReadonlySet<string> | undefined;
};

/**
 * A service named with the query outranks one whose provider is, which outranks one that only mentions it, as the
 * bm25 weights of the Worker's search do. A word counts once per service, at its best field.
 */
const FIELD_WEIGHT = { name: 10, provider: 4, kind: 3, groups: 2, places: 2, description: 1 } as const;

/** A life situation's services count as a word found in their kind (or client groups), without idf: below a name. */
const SITUATION_WEIGHT = { kind: 1.5, groups: 1 } as const;

const czechOrder = new Intl.Collator('cs-CZ');
/** Name ranks fit below this; a catalogue of a million services would still sort right. */
const RANK_SPAN = 2 ** 20;
const words = (text: string) => foldText(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Bits of a service's forms or target groups: a filter is then a couple of array reads, whatever the objects look like. */
const bitsOf = (codes: readonly string[] | undefined, bit: ReadonlyMap<string, number>) => (codes ?? []).reduce((bits, code) => bits | (bit.get(code) ?? 0), 0);
const bitMap = (codes: readonly string[]) => new Map(codes.map((code, i) => [code, 1 << i]));

type Postings = { docs: Int32Array; weights: Float32Array };

export class CatalogueIndex {
  readonly byId: ReadonlyMap<string, ServiceCard>;
  private readonly services: ServiceCard[];
  /** each service's place in Czech alphabetical order: ties in score go by name */
  private readonly nameRank: Int32Array;
  private readonly byName: ServiceCard[];
  private readonly docAtRank: Int32Array;
  private readonly terms: SearchableMap<Postings>;
  // Scratch space reused by every search, so a keystroke allocates nothing per service.
  private readonly score: Float32Array;
  private readonly matched: Uint8Array;
  private readonly best: Float32Array;
  private readonly kinds: Map<string, number>;
  private readonly kindOf: Uint16Array;
  private readonly formBit: Map<string, number>;
  private readonly formsOf: Uint8Array;
  private readonly groupBit: Map<string, number>;
  private readonly groupsOf: Uint8Array;
  /** services of a life situation's kinds and client groups, made on first use */
  private readonly situations = new Map<SituationMatch, Postings>();
  /** services serving a municipality, by ČSÚ code, made on first use */
  private readonly serving = new Map<string, Uint8Array>();

  constructor(catalogue: Pick<LocalCatalogue, 'services' | 'providers' | 'municipalities' | 'codeLists'>) {
    this.services = catalogue.services;
    const n = this.services.length;
    this.byId = new Map(this.services.map((s) => [s.id, s]));
    this.byName = [...this.services].sort((a, b) => czechOrder.compare(a.name, b.name));
    const position = new Map(this.byName.map((s, i) => [s, i]));
    this.nameRank = Int32Array.from(this.services, (s) => position.get(s)!);
    this.docAtRank = new Int32Array(n);
    this.nameRank.forEach((rank, doc) => (this.docAtRank[rank] = doc));
    this.score = new Float32Array(n);
    this.matched = new Uint8Array(n);
    this.best = new Float32Array(n);
    this.kinds = new Map([...new Set(this.services.map((s) => s.kind))].map((code, i) => [code, i + 1]));
    this.kindOf = Uint16Array.from(this.services, (s) => this.kinds.get(s.kind)!);
    this.formBit = bitMap(catalogue.codeLists.serviceForms.map((f) => f.code));
    this.formsOf = Uint8Array.from(this.services, (s) => bitsOf(s.forms, this.formBit));
    this.groupBit = bitMap(catalogue.codeLists.targetGroups.map((g) => g.code));
    this.groupsOf = Uint8Array.from(this.services, (s) => bitsOf(s.targetGroups, this.groupBit));

    const providerName = new Map(catalogue.providers.map((p) => [p.id, p.name]));
    const townName = new Map(catalogue.municipalities.map((m) => [m.code, m.name]));
    const names = codeNames(catalogue.codeLists);
    const building = new Map<string, { docs: number[]; weights: number[] }>();
    this.services.forEach((s, doc) => {
      const fields: [string, number][] = [
        [s.name, FIELD_WEIGHT.name],
        [providerName.get(s.providerId) ?? '', FIELD_WEIGHT.provider],
        [names.get(`kind:${s.kind}`) ?? '', FIELD_WEIGHT.kind],
        [[...(s.clientGroups ?? []).map((c) => names.get(`client:${c}`)), ...(s.targetGroups ?? []).map((c) => names.get(`target:${c}`))].join(' '), FIELD_WEIGHT.groups],
        [[s.city, ...(s.municipalityCodes ?? []).map((code) => townName.get(code))].join(' '), FIELD_WEIGHT.places],
        [s.description ?? '', FIELD_WEIGHT.description],
      ];
      const own = new Map<string, number>();
      for (const [text, weight] of fields) for (const word of words(text)) own.set(word, Math.max(own.get(word) ?? 0, weight));
      for (const [word, weight] of own) {
        let postings = building.get(word);
        if (!postings) building.set(word, (postings = { docs: [], weights: [] }));
        postings.docs.push(doc);
        postings.weights.push(weight);
      }
    });
    this.terms = new SearchableMap<Postings>();
    for (const [word, { docs, weights }] of building) {
      // Rarer words weigh more (idf), as in bm25: "Lomnice" says more than "služba".
      const idf = Math.log(1 + n / docs.length);
      this.terms.set(word, { docs: Int32Array.from(docs), weights: Float32Array.from(weights, (w) => w * idf) });
    }
  }

  get size() {
    return this.services.length;
  }

  /** Matching services, best first; without words, all that pass the filter in Czech alphabetical order. */
  search(query: string, filter: CatalogueFilter = {}): ServiceCard[] {
    const passes = this.compile(filter);
    const terms = queryUnits(query);
    if (terms.length === 0) {
      if (!passes) return this.byName;
      return this.byName.filter((_, rank) => passes(this.docAtRank[rank]!));
    }
    const { score, matched, best } = this;
    score.fill(0);
    matched.fill(0);
    for (let t = 0; t < terms.length; t++) {
      const touched: number[] = [];
      for (const [postings, weight] of this.unitExpansions(terms[t]!)) {
        const { docs, weights } = postings;
        for (let i = 0; i < docs.length; i++) {
          const doc = docs[i]!;
          // AND: only services that matched every earlier word stay in the running.
          if (matched[doc] !== t) continue;
          const value = weights[i]! * weight;
          if (best[doc] === 0) touched.push(doc);
          if (value > best[doc]!) best[doc] = value;
        }
      }
      if (touched.length === 0) return [];
      for (const doc of touched) {
        matched[doc] = t + 1;
        score[doc]! += best[doc]!;
        best[doc] = 0;
      }
      if (t === terms.length - 1) return this.ranked(passes ? touched.filter(passes) : touched);
    }
    return [];
  }

  /**
   * Best score first, then by name. Score (to 1/1000) and name rank are packed into one number, so a native numeric
   * sort does it without a comparator: a few thousand hits take a fraction of a millisecond.
   */
  private ranked(docs: number[]): ServiceCard[] {
    const keys = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i++) keys[i] = -Math.round(this.score[docs[i]!]! * 1000) * RANK_SPAN + this.nameRank[docs[i]!]!;
    keys.sort();
    const out = new Array<ServiceCard>(docs.length);
    for (let i = 0; i < keys.length; i++) out[i] = this.byName[((keys[i]! % RANK_SPAN) + RANK_SPAN) % RANK_SPAN]!;
    return out;
  }

  /** The filter as a test of a service's position, or undefined when it lets everything through. */
  private compile(filter: CatalogueFilter): ((doc: number) => boolean) | undefined {
    const tests: ((doc: number) => boolean)[] = [];
    if (filter.kind) {
      const kind = this.kinds.get(filter.kind) ?? -1;
      tests.push((doc) => this.kindOf[doc] === kind);
    }
    if (filter.form) {
      const bit = this.formBit.get(filter.form) ?? 0;
      tests.push((doc) => (this.formsOf[doc]! & bit) !== 0);
    }
    if (filter.targetGroup) {
      const bit = this.groupBit.get(filter.targetGroup) ?? 0;
      tests.push((doc) => (this.groupsOf[doc]! & bit) !== 0);
    }
    if (filter.municipality) {
      const serving = this.servingOf(filter.municipality);
      tests.push((doc) => serving[doc] === 1);
    }
    if (filter.only) {
      const only = filter.only;
      tests.push((doc) => only.has(this.services[doc]!.id));
    }
    if (tests.length === 0) return undefined;
    return (doc) => tests.every((test) => test(doc));
  }

  private servingOf(code: string): Uint8Array {
    let serving = this.serving.get(code);
    if (!serving) {
      serving = Uint8Array.from(this.services, (s) => (s.municipalityCodes?.includes(code) ? 1 : 0));
      this.serving.set(code, serving);
    }
    return serving;
  }

  /**
   * What one unit of the query matches: its word's indexed forms, and for a life
   * situation (schema/life-situations.ts) every service of its kinds or client groups, at a weight below a word in
   * a service's name.
   */
  private *unitExpansions(unit: QueryUnit): Generator<[Postings, number]> {
    // A phrase ("domácí násilí") stands only for its situation: one of its words alone means something else.
    if (unit.terms.length === 1) yield* this.expansions(unit.terms[0]!, unit.words[0] ?? unit.terms[0]!);
    if (unit.situation) yield [this.situationPostings(unit.situation), 1];
  }

  private situationPostings(situation: SituationMatch): Postings {
    let postings = this.situations.get(situation);
    if (!postings) {
      // The situation's first kind is the likeliest help, so it weighs most.
      const kinds = new Map<string, number>(situation.kinds.map((code, i) => [code, SITUATION_WEIGHT.kind - 0.1 * i]));
      const groups = new Set<string>(situation.groups);
      const docs: number[] = [];
      const weights: number[] = [];
      this.services.forEach((s, doc) => {
        const weight = kinds.get(s.kind) ?? ((s.clientGroups ?? []).some((g) => groups.has(g)) ? SITUATION_WEIGHT.groups : 0);
        if (weight) docs.push(doc), weights.push(weight);
      });
      postings = { docs: Int32Array.from(docs), weights: Float32Array.from(weights) };
      this.situations.set(situation, postings);
    }
    return postings;
  }

  /** The indexed words a query word stands for, with how much each counts: itself 1, longer words less, typos least. */
  private *expansions(term: string, typed: string): Generator<[Postings, number]> {
    let any = false;
    for (const [word, postings] of this.terms.atPrefix(term)) {
      any = true;
      yield [postings, word.length === term.length ? 1 : 0.6 + (0.3 * term.length) / word.length];
    }
    if (any || term.length < 4) return;
    // A typo is judged on the word as typed: its stem may have lost the letters that would have matched.
    for (const [, [postings, distance]] of this.terms.fuzzyGet(typed, typed.length >= 8 ? 2 : 1)) {
      yield [postings, 0.5 / (1 + distance)];
    }
  }
}

/** Code names by `kind:code`, `client:code`, `target:code`, in Czech: that is what people type into the search. */
function codeNames(codeLists: CodeLists): Map<string, string> {
  return new Map([
    ...codeLists.serviceKinds.map((k): [string, string] => [`kind:${k.code}`, `${k.name ?? ''} ${k.paragraph ?? ''}`]),
    ...codeLists.clientGroups.map((g): [string, string] => [`client:${g.code}`, g.name ?? '']),
    ...codeLists.targetGroups.map((g): [string, string] => [`target:${g.code}`, g.name]),
  ]);
}
