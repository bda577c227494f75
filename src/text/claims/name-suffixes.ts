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
