/**
 * Words people use for their situation, mapped to the kinds of service and client groups that help with it: someone
 * types "drogy" or "kde přespat", not "kontaktní centra" or "noclehárny". Shared by the Worker's FTS5 search and the
 * PWA's offline index. A query word (or phrase) found here matches, besides its own text, every service of the kinds
 * and client groups listed, ranked below services named with the word. Pure data and functions, no I/O.
 *
 * Phrases are written as people write them; they are folded and stemmed with the search's own stemmer
 * (schema/catalogue-text.ts), so "bezdomovci", "bezdomovcům" and "bezdomovec" are one entry.
 */
import { foldedWords, stemCzech } from './catalogue-text.ts';
import { CLIENT_GROUPS, SERVICE_KINDS, type ClientGroupCode, type ServiceKindCode } from './codelists.ts';

type Situation = { words: string[]; kinds: ServiceKindCode[]; groups?: ClientGroupCode[] };

const DRUGS: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['kontaktni-centra', 'terenni-programy', 'terapeuticke-komunity', 'sluzby-nasledne-pece'], groups: ['osoby-ohrozene-zavislosti'] };
const HOMELESS: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['nocleharny', 'azylove-domy', 'nizkoprahova-denni-centra'], groups: ['osoby-bez-pristresi'] };
const HOME_CARE: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['pecovatelska-sluzba', 'rel-meals-on-wheels', 'osobni-asistence'] };
const DEBT: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['rel-debt-counselling', 'odborne-socialni-poradenstvi'] };
const WHEELCHAIR: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['osobni-asistence', 'rel-aid-rental', 'rel-senior-taxi'] };
const AIDS: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['rel-aid-rental', 'osobni-asistence'], groups: ['osoby-s-telesnym-postizenim'] };
const VIOLENCE: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['intervencni-centra', 'krizova-pomoc', 'azylove-domy'], groups: ['obeti-domaciho-nasili'] };
const DEMENTIA: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['domovy-se-zvlastnim-rezimem', 'odlehcovaci-sluzby', 'denni-stacionare'], groups: ['osoby-zijici-s-demenci'] };
const DEAF: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['tlumocnicke-sluzby'], groups: ['osoby-se-sluchovym-postizenim'] };
const BLIND: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['pruvodcovske-a-predcitatelske-sluzby', 'socialni-rehabilitace'], groups: ['osoby-se-zrakovym-postizenim'] };
const CRISIS: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['telefonicka-krizova-pomoc', 'krizova-pomoc'], groups: ['osoby-v-krizi'] };
const OLD_AGE_HOME: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['domovy-pro-seniory', 'domovy-se-zvlastnim-rezimem'] };
const YOUTH: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['nizkoprahova-zarizeni-pro-deti-a-mladez', 'sas-pro-rodiny-s-detmi'], groups: ['deti-a-mladez-ohrozene'] };
const EARLY: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['rana-pece'], groups: ['rodiny-s-detmi'] };
const MENTAL: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['centra-dusevniho-zdravi', 'socialni-rehabilitace', 'chranene-bydleni'], groups: ['osoby-s-chronickym-dusevnim-onemocnenim'] };
const PRISON: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['terenni-programy', 'odborne-socialni-poradenstvi', 'azylove-domy', 'domy-na-pul-cesty'], groups: ['pachatele-trestne-cinnosti'] };
const DYING: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['rel-home-care-nursing', 'odlehcovaci-sluzby'], groups: ['osoby-s-potrebou-paliativni-pece'] };
const TRANSPORT: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['rel-senior-taxi'] };
const CARERS: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['odlehcovaci-sluzby', 'denni-stacionare'], groups: ['pecujici-osoby'] };
const ALARM: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['tisnova-pece'] };
const LONELY: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['sas-pro-seniory-a-osoby-se-zdravotnim-postizenim', 'rel-volunteer-centre'] };
const MENTAL_DISABILITY: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['socialne-terapeuticke-dilny', 'denni-stacionare', 'chranene-bydleni'], groups: ['osoby-s-mentalnim-postizenim'] };
const NURSING: Pick<Situation, 'kinds' | 'groups'> = { kinds: ['rel-home-care-nursing'] };

const of = (words: string[], help: Pick<Situation, 'kinds' | 'groups'>): Situation => ({ words, ...help });

/** 140-odd words and phrases in 22 situations. */
export const LIFE_SITUATIONS: readonly Situation[] = [
  of(['drogy', 'droga', 'drogově závislý', 'drogová závislost', 'fetak', 'feťák', 'fet', 'perník', 'pervitin', 'heroin', 'marihuana', 'tráva', 'hulení', 'závislost', 'závislý', 'adiktologie', 'automaty', 'gamblerství', 'hazard', 'alkohol', 'alkoholik', 'pití', 'chlast'], DRUGS),
  of(['bezdomovec', 'bezdomovci', 'bezdomovectví', 'bez domova', 'bez přístřeší', 'na ulici', 'spát', 'přespat', 'vyspat', 'nocleh', 'přenocování', 'střecha nad hlavou', 'ubytování', 'nemám kde bydlet', 'sprcha', 'vyprat'], HOMELESS),
  of(['pečovatelka', 'pečovatel', 'pomoc doma', 'pomoc v domácnosti', 'nákup', 'nákupy', 'obědy', 'oběd', 'jídlo', 'úklid', 'hygiena', 'koupání', 'péče doma'], HOME_CARE),
  of(['dluhy', 'dluh', 'exekuce', 'exekutor', 'insolvence', 'oddlužení', 'osobní bankrot', 'půjčka', 'splátky', 'dávky', 'poradna', 'právní rada'], DEBT),
  of(['invalidní vozík', 'vozík', 'vozíčkář', 'bezbariérový', 'ochrnutí', 'ochrnutý'], WHEELCHAIR),
  of(['chodítko', 'berle', 'kompenzační pomůcky', 'pomůcky', 'půjčovna', 'polohovací postel', 'zvedák'], AIDS),
  of(['domácí násilí', 'týrání', 'týraná', 'bije mě', 'násilí', 'stalking', 'pronásledování', 'vykázání'], VIOLENCE),
  of(['demence', 'Alzheimer', 'Alzheimerova nemoc', 'zapomínání', 'ztráta paměti'], DEMENTIA),
  of(['hluchý', 'neslyšící', 'nedoslýchavý', 'znakový jazyk', 'tlumočník', 'tlumočení', 'sluch'], DEAF),
  of(['nevidomý', 'slepý', 'slabozraký', 'zrak', 'předčítání', 'průvodce', 'bílá hůl'], BLIND),
  of(['sebevražda', 'krize', 'úzkost', 'deprese', 'linka důvěry', 'krizová linka', 'panika', 'trauma', 'smutek', 'zoufalství'], CRISIS),
  of(['domov důchodců', 'důchodce', 'důchodci', 'starobinec', 'LDN', 'stáří', 'dům s pečovatelskou službou'], OLD_AGE_HOME),
  of(['děti', 'dítě', 'puberta', 'záškoláctví', 'teenager', 'mládež', 'náctiletí', 'klub pro mladé', 'šikana', 'výchova', 'rodina', 'OSPOD'], YOUTH),
  of(['porucha autistického spektra', 'autismus', 'autista', 'PAS', 'raná péče', 'opožděný vývoj', 'miminko', 'postižené dítě'], EARLY),
  of(['psychiatrie', 'duševní nemoc', 'duševní onemocnění', 'schizofrenie', 'psychóza', 'bipolární porucha', 'psychické problémy', 'psycholog'], MENTAL),
  of(['vězení', 'kriminál', 'basa', 'propuštěn z výkonu trestu', 'výkon trestu', 'po výkonu trestu', 'probace'], PRISON),
  of(['hospic', 'umírání', 'paliativní péče', 'smrtelně nemocný', 'konec života'], DYING),
  of(['senior taxi', 'taxi', 'doprava k lékaři', 'odvoz', 'doprava'], TRANSPORT),
  of(['pečující', 'pečuji o maminku', 'úleva', 'odpočinek pro rodinu', 'respitní péče'], CARERS),
  of(['tísňové tlačítko', 'nouzové tlačítko', 'pád', 'SOS náramek'], ALARM),
  of(['samota', 'osamělost', 'klub seniorů', 'trénink paměti', 'dobrovolník'], LONELY),
  of(['mentální postižení', 'Downův syndrom', 'dílna', 'chráněná dílna', 'práce pro postižené'], MENTAL_DISABILITY),
  of(['zdravotní sestra', 'domácí péče', 'převazy', 'injekce'], NURSING),
];

export type SituationMatch = { kinds: readonly ServiceKindCode[]; groups: readonly ClientGroupCode[] };
/** One ANDed part of a query: its words (stemmed), and what they mean as a life situation, if anything. */
/** `words`: the unit's words as typed (folded, not stemmed), against which a typo is judged. */
export type QueryUnit = { terms: string[]; words: string[]; situation: SituationMatch | null };

/** Little words of a question ("kde přespat", "pomoc pro…") that would otherwise have to match a service. */
const STOP_WORDS = new Set(['a', 'i', 'k', 'ke', 'o', 's', 'se', 'si', 'u', 'v', 've', 'z', 'ze', 'na', 'do', 'pro', 'po', 'od', 'kde', 'jak', 'co', 'kdo', 'mi', 'me', 'mne', 'je', 'chci', 'hledam', 'potrebuji', 'muj', 'moje', 'nas']);
const MAX_UNITS = 8;
const MAX_WORD = 40;

type Phrase = { stems: string[]; match: SituationMatch };
/** Phrases by their first stem, longest first, so "domácí násilí" wins over a shorter entry. */
const PHRASES = new Map<string, Phrase[]>();
for (const situation of LIFE_SITUATIONS) {
  const match: SituationMatch = { kinds: situation.kinds, groups: situation.groups ?? [] };
  for (const words of situation.words) {
    const stems = foldedWords(words).filter((word) => !STOP_WORDS.has(word)).map(stemCzech);
    const list = PHRASES.get(stems[0]!) ?? [];
    list.push({ stems, match });
    PHRASES.set(stems[0]!, list);
  }
}
for (const list of PHRASES.values()) list.sort((a, b) => b.stems.length - a.stems.length);

/** A query stem means a vocabulary stem when they are equal, or one is the other being typed (four letters on). */
const sameStem = (query: string, entry: string) => query === entry || (query.length >= 4 && entry.startsWith(query)) || (entry.length >= 5 && query.startsWith(entry));

function phraseAt(stems: string[], at: number): Phrase | undefined {
  let longest: Phrase | undefined;
  for (const [head, list] of PHRASES) {
    if (!sameStem(stems[at]!, head)) continue;
    const phrase = list.find((p) => p.stems.every((stem, i) => at + i < stems.length && (i === 0 || sameStem(stems[at + i]!, stem))));
    if (phrase && phrase.stems.length > (longest?.stems.length ?? 0)) longest = phrase;
  }
  return longest;
}

/**
 * The query as ANDed units: a life-situation phrase becomes one unit (its words, and the kinds and client groups it
 * stands for); every other word is a unit of its own. Little question words are dropped unless nothing else is left.
 */
export function queryUnits(query: string): QueryUnit[] {
  const all = foldedWords(query).map((word) => word.slice(0, MAX_WORD));
  const kept = all.filter((word) => !STOP_WORDS.has(word));
  const words = kept.length ? kept : all;
  const stems = words.map(stemCzech);
  const units: QueryUnit[] = [];
  const seen = new Set<string>();
  for (let at = 0; at < stems.length && units.length < MAX_UNITS; ) {
    const phrase = phraseAt(stems, at);
    const length = phrase ? phrase.stems.length : 1;
    const terms = stems.slice(at, at + length);
    at += length;
    const key = terms.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    units.push({ terms, words: words.slice(at - length, at), situation: phrase ? phrase.match : null });
  }
  return units;
}

const KIND_NAME = new Map<string, string>(SERVICE_KINDS.map((k) => [k.code, k.name]));
const GROUP_NAME = new Map<string, string>(CLIENT_GROUPS.map((g) => [g.code, g.name]));
const phrase = (name: string) => `"${foldedWords(name).join(' ')}"`;

/**
 * An FTS5 MATCH expression for the query: each unit is its words as quoted prefix terms, or, for a life situation,
 * those words OR the exact names of its kinds (kind column) and client groups (client_groups column). The names come
 * from the code lists, never from the query, and every user word is quoted letters and digits only, so no input
 * can be FTS syntax. Returns null for a query without any word.
 */
export function situationMatchExpression(query: string): string | null {
  const units = queryUnits(query);
  if (units.length === 0) return null;
  return units
    .map(({ terms, situation }) => {
      const words = terms.map((term) => `"${term}"*`).join(' ');
      if (!situation) return words;
      const alternatives = [
        terms.length > 1 ? `(${words})` : words,
        ...situation.kinds.map((code) => `kind : ${phrase(KIND_NAME.get(code) ?? code)}`),
        ...situation.groups.map((code) => `client_groups : ${phrase(GROUP_NAME.get(code) ?? code)}`),
      ];
      return `(${alternatives.join(' OR ')})`;
    })
    .join(' AND ');
}

/**
 * The kinds the query's life situations stand for, each with how much its services are lifted in the Worker's
 * ranking: the first kind of a situation is the likeliest help ("drogy": kontaktní centrum before terénní program),
 * which bm25 alone cannot know. The offline index weighs them the same way (pwa/catalogue/search-index.ts).
 */
export function situationKindBonus(query: string): { kind: ServiceKindCode; bonus: number }[] {
  const bonus = new Map<ServiceKindCode, number>();
  for (const { situation } of queryUnits(query)) {
    situation?.kinds.forEach((kind, i) => bonus.set(kind, Math.max(bonus.get(kind) ?? 0, SITUATION_BONUS - 0.1 * i)));
  }
  return [...bonus].map(([kind, value]) => ({ kind, bonus: value }));
}
const SITUATION_BONUS = 0.5;
