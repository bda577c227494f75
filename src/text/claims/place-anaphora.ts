// A clause that opens with an adverb of place pointing back (`Dort wurden 300 Anträge gestellt`, `Allí viven 40
// familias`, `Там работают 200 человек`, `该地区共有12所学校`) states a figure of the place the paragraph named last before
// it: the adverb is the place's anaphor, as a pronoun is a person's. The antecedent is the last place the entity stage
// found in the paragraph before the sentence; failing one, in German, whose capitals do not mark names, the noun a
// preposition of place or origin governs in the sentence just before (`aus der Altmark`, `in der Eifel`), when no
// dictionary lists it as a common word, it has no suffix of a German common noun and no head of a kind of place.
import type { EntityMention } from '../../types.ts';
import type { Hit } from './attributes.ts';
import { isCommonWord } from './names.ts';

/**
 * The anaphoric adverbs of place that open a clause, per language (after a conjunction at most). English `there` is
 * left out: at a clause's start it is mostly the existential `there are`, which points nowhere.
 */
const PLACE_ANAPHOR: Readonly<Record<string, RegExp>> = {
  de: /^(?:(?:und|auch|doch)\s+)?(?:dort|ebendort|daselbst)(?![\p{L}])/iu,
  fr: /^(?:(?:et|mais)\s+)?(?:là-bas|là)(?![\p{L}])/iu,
  es: /^(?:(?:y|pero)\s+)?(?:allí|allá|ahí)(?![\p{L}])/iu,
  pt: /^(?:(?:e|mas)\s+)?(?:lá|ali|aí)(?![\p{L}])/iu,
  it: /^(?:(?:e|ma)\s+)?(?:lì|là|ivi)(?![\p{L}])/iu,
  pl: /^(?:(?:a|i)\s+)?tam(?![\p{L}])/iu,
  ru: /^(?:(?:а|и)\s+)?там(?![\p{L}])/iu,
  zh: /^(?:该地区|该地|当地|那里|那儿|该市|该县|该省|该国)/u,
  ja: /^(?:そこでは|そこで|同地では|同地で|現地では|現地で|同市では|同県では|同国では)/u,
};
/** Characters of the paragraph before the sentence searched for the antecedent (a sentence or two). */
const MAX_ANTECEDENT_LEAD = 400;

/**
 * German prepositions of place or origin that govern a place's name with its article (`aus der Altmark`, `in der
 * Eifel`, `im Allgäu`), and the nouns after them. Not `von` and `bei`, which govern the genitive's stand-in and the
 * circumstances as often (`von dem Angebot`, `bei dem Treffen`): no place `dort` points to.
 */
const GERMAN_PLACE_PHRASE = /(?<![\p{L}])(?:[Aa]us|[Ii]n|[Nn]ach|[Ii]m|[Ii]ns)\s+(?:(?:der|dem|den|des|die|das)\s+)?(\p{Lu}\p{Ll}{3,}(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}-])/gu;
/** Suffixes of German common nouns (abstract nouns, agents, diminutives, collectives): no place's name ends so. */
const GERMAN_COMMON_NOUN_SUFFIX = /(?:ung|heit|keit|schaft|tion|tät|nis|tum|ling|chen|lein|ismus|ik|ie|ur|ei|er|en|erin|innen|ment|anz|enz|ität|ant|ent|ist|or|e)$/u;

/**
 * Heads of German nouns for kinds of places and premises (`Stadt`, `Landkreis`, `Innenstadt`, `Krankenhaus`): common
 * nouns, alone or as a compound's last part, which the prepositions above govern as often as names.
 */
const GERMAN_PLACE_KIND_HEAD = /(?:stadt|städte|dorf|land|kreis|bezirk|gemeinde|kommune|region|gegend|gebiet|provinz|staat|ort|insel|küste|hafen|welt|umgebung|nähe|mitte|norden|süden|osten|westen|zentrum|raum|bereich|heimat|hotel|haus|heim|schule|klinik|werk|betrieb|firma|fabrik|lager|markt|platz|straße|halle|park|wald|feld|see|berg|tal|zone|viertel|teil)$/u;

/** German nouns of times, alone or as a compound's head, that the same prepositions govern (`im Herbst`, `im Vorjahr`, `im Mai`): no places. */
const GERMAN_TIME_NOUN = /(?:frühling|frühjahr|sommer|herbst|winter|jahr|monat|woche|tag|januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)$/u;

/** The place a clause opening with an anaphoric adverb of place refers to (see above), or null. */
export function placeAnaphorAntecedent(text: string, sentence: Hit, quantityStart: number, lang: string, names: readonly EntityMention[], paragraph: number): EntityMention | null {
  const anaphor = PLACE_ANAPHOR[lang];
  if (!anaphor || !anaphor.test(text.slice(sentence.start, quantityStart).trimStart())) return null;
  const from = Math.max(0, sentence.start - MAX_ANTECEDENT_LEAD);
  let found: EntityMention | null = null;
  for (const m of names) if (m.paragraph === paragraph && m.type === 'place' && m.start >= from && m.end <= sentence.start && (!found || m.start > found.start)) found = m;
  if (found || lang !== 'de') return found;
  // The last noun such a preposition governs that may be a place's name.
  let last: RegExpExecArray | null = null;
  for (const m of text.slice(from, sentence.start).matchAll(GERMAN_PLACE_PHRASE)) if (mayNamePlace(m[1])) last = m;
  if (!last) return null;
  const word = last[1];
  const start = from + last.index + last[0].length - word.length;
  return { text: word, canonical: word, type: 'place', paragraph, start, end: start + word.length };
}

/** Whether a capitalised German noun may be a place's name: no common word's suffix, no head of a kind of place, no time, no dictionary word. */
function mayNamePlace(word: string): boolean {
  const lower = word.toLowerCase();
  return !GERMAN_COMMON_NOUN_SUFFIX.test(lower) && !GERMAN_PLACE_KIND_HEAD.test(lower) && !GERMAN_TIME_NOUN.test(lower) && !isCommonWord(lower, 'de');
}
