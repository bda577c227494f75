// Affixes written on a name, that its canonical and its match in the alias table leave off.
//
// Case endings written after a name. Turkish and Azerbaijani attach case, possessive and relative endings to a proper
// name after an apostrophe (`Ankara'da`, `Clinton'un`, `NATO'ya`, `İstanbul'daki`), the rule of the Turkish Language
// Association's spelling guide (TDK, "Kesme işareti"): the name itself is the part before it, and that is the form the
// same name has in other articles and languages. The mention keeps the text as written; only its canonical loses the ending.

/** Languages that write a name's endings after an apostrophe. */
const APOSTROPHE_SUFFIX_LANGS: ReadonlySet<string> = new Set(['tr', 'az']);

/** An apostrophe (straight or typographic) and the lowercase letters of the endings after it, at the end of a name. */
const SUFFIX_AFTER_APOSTROPHE = /(?<=[\p{L}\p{N}.])['’]\p{Ll}+$/u;

/** The name without the case endings its language writes after an apostrophe (`Decca Records'la` → `Decca Records`). */
export function withoutCaseSuffix(name: string, lang: string): string {
  return APOSTROPHE_SUFFIX_LANGS.has(lang) ? name.replace(SUFFIX_AFTER_APOSTROPHE, '') : name;
}

/**
 * Arabic proclitics written on the next word: the conjunctions و and ف, then the prepositions ب (in, with), ل (for, to)
 * and ك (like), as grammars of Modern Standard Arabic list them (`والهند`, `بالصين`, `ولألمانيا`, `وبالولايات المتحدة`).
 * A name in the table may start right after them.
 */
const ARABIC_CONJUNCTIONS = new Set([0x0648, 0x0641]);
const ARABIC_PREPOSITIONS = new Set([0x0628, 0x0644, 0x0643]);
const ARABIC_LETTER = /[\u0620-\u064a\u066e-\u06d3]/u;

/** Whether the word around `start` holds only Arabic proclitics before it (`و`, `ب`, `وب`, `فل`): a name may start there. */
export function afterArabicProclitic(text: string, start: number): boolean {
  const previous = text.charCodeAt(start - 1);
  // Every proclitic lies between ب (U+0628) and و (U+0648): one comparison settles any other letter (this runs inside every word).
  if (!(previous >= 0x0628 && previous <= 0x0648)) return false;
  let first = start - 1;
  if (ARABIC_PREPOSITIONS.has(previous)) {
    if (ARABIC_CONJUNCTIONS.has(text.charCodeAt(start - 2))) first = start - 2;
  } else if (!ARABIC_CONJUNCTIONS.has(previous)) {
    return false;
  }
  return first === 0 || !ARABIC_LETTER.test(text[first - 1]);
}

/**
 * Case endings that make a name an adverbial, never the subject: Turkish writes them after an apostrophe on names
 * (TDK), the locative -da/-de/-ta/-te (with the relative -ki: `Capua'daki`), the ablative -dan/-den, the dative -a/-e
 * and the instrumental -la/-le, each with its buffer consonant (`Ankara'ya`, `Ankara'yla`, `Hindistan'ında`). The
 * genitive (`Clinton'un`, the possessor of the subject) and the accusative (`VW'yi`) are left to the rules for any name.
 */
const ADVERBIAL_CASE: Readonly<Record<string, RegExp>> = {
  tr: /['’](?:\p{Ll}{0,2}?)(?:[dt][ae](?:ki)?|[dt][ae]n|y?[ae]|y?l[ae])$/u,
  az: /['’](?:\p{Ll}{0,2}?)(?:[dt][aə](?:ki)?|[dt][aə]n|y?[aə]|y?l[aə])$/u,
};

/** Whether a name as written carries a case ending that makes it an adverbial of place, source, direction or means. */
export const inAdverbialCase = (name: string, lang: string) => ADVERBIAL_CASE[lang]?.test(name) ?? false;
