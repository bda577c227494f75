// A rough language guess for word statistics (stoplists, segmentation) inside the clean stage only. The language
// stage decides the real label later; here we only need the script and, for Latin text, which stoplist fits best.
// Kept small on purpose: script counts, then hits on a dozen very frequent function words per Latin language.
import { codeUnitTable, scriptCounts } from '../../language/scripts.ts';

/** Share of kana among Han+kana characters above which CJK text is Japanese: Japanese prose is rarely under 20% kana, Chinese has none. */
const MIN_KANA_SHARE = 0.1;
/** How many characters to look at: the script mix is settled long before the end of a page. */
export const ROUGH_SAMPLE_CHARS = 20_000;

const FUNCTION_WORDS: Record<string, string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'in', 'that', 'it', 'for', 'with', 'was', 'are', 'this', 'not'],
  de: ['der', 'die', 'das', 'und', 'ist', 'nicht', 'mit', 'den', 'von', 'zu', 'ein', 'eine', 'auch', 'sich'],
  fr: ['le', 'la', 'les', 'et', 'des', 'est', 'une', 'dans', 'pour', 'que', 'qui', 'pas', 'sur', 'du'],
  es: ['el', 'la', 'los', 'las', 'y', 'que', 'en', 'una', 'por', 'con', 'para', 'es', 'del', 'se'],
  it: ['il', 'di', 'che', 'e', 'la', 'per', 'una', 'sono', 'non', 'con', 'del', 'della', 'gli', 'anche'],
  pt: ['o', 'os', 'que', 'e', 'do', 'da', 'em', 'um', 'uma', 'para', 'não', 'com', 'por', 'mais'],
  nl: ['de', 'het', 'een', 'en', 'van', 'is', 'dat', 'niet', 'met', 'voor', 'op', 'zijn', 'ook', 'er'],
  pl: ['i', 'w', 'nie', 'na', 'się', 'jest', 'to', 'że', 'z', 'do', 'jak', 'ale', 'od', 'są'],
};
/** Each function word → the languages listing it, in FUNCTION_WORDS order (so counts fill in the same order as before). */
const LANGUAGES_OF_WORD = new Map<string, string[]>();
for (const [lang, list] of Object.entries(FUNCTION_WORDS)) {
  for (const w of new Set(list)) {
    const langs = LANGUAGES_OF_WORD.get(w);
    if (langs) langs.push(lang);
    else LANGUAGES_OF_WORD.set(w, [lang]);
  }
}

/** The longest function word (code units): a longer run of letters is none of them and is not looked up. */
const MAX_FUNCTION_WORD = Math.max(...[...LANGUAGES_OF_WORD.keys()].map((w) => w.length));

const LETTER = /\p{L}/u;
const LETTER_UNIT = 1, OTHER_UNIT = 2;
const letterClass = codeUnitTable((unit) => (LETTER.test(unit) ? LETTER_UNIT : OTHER_UNIT));
/**
 * `visit` for each run of letters of `text` that `text.match(/\p{L}+/gu)` returns, but only those of at most `maxLength`
 * code units (the others are not made into strings): one pass with a per-code-unit table, a surrogate pair tested as
 * one code point. The array of every word of the 20,000-character sample was a twentieth of the cleaning of a
 * markdown page (bench:clean-text).
 */
export function forEachLetterRun(text: string, maxLength: number, visit: (run: string) => void): void {
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    let width = 1, letter = false;
    if (i < text.length) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
        width = 2;
        letter = LETTER.test(text.slice(i, i + 2));
      } else letter = letterClass(c) === LETTER_UNIT;
    }
    if (letter) { if (start < 0) start = i; }
    else if (start >= 0) { if (i - start <= maxLength) visit(text.slice(start, i)); start = -1; }
    i += width - 1;
  }
}

/** ISO 639-1 code guessed from the script (Han → zh, kana → ja, Cyrillic → ru, Hangul → ko, …) or Latin function words; 'und' when nothing fits. */
export function roughLanguage(text: string): string {
  const sample = text.slice(0, ROUGH_SAMPLE_CHARS);
  const { Han: han, Kana: kana, Latin: latin, Cyrillic: cyrillic, Hangul: hangul, Arabic: arabic, Greek: greek, Thai: thai } = scriptCounts(sample);
  // One CJK character is worth several Latin letters (see UNSPACED_CHAR_WEIGHT in blocks.ts).
  const cjk = (han + kana) * 3;
  const best = Math.max(cjk, latin, cyrillic, hangul, arabic, greek, thai);
  if (best === 0) return 'und';
  if (best === cjk) return kana / (han + kana) >= MIN_KANA_SHARE ? 'ja' : 'zh';
  if (best === cyrillic) return 'ru';
  if (best === hangul) return 'ko';
  if (best === arabic) return 'ar';
  if (best === greek) return 'el';
  if (best === thai) return 'th';
  const counts = new Map<string, number>();
  forEachLetterRun(sample.toLowerCase(), MAX_FUNCTION_WORD, (w) => {
    // One lookup per word instead of one per word and language.
    const langs = LANGUAGES_OF_WORD.get(w);
    if (langs) for (const lang of langs) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  });
  let lang = 'und', top = 0;
  for (const [l, c] of counts) if (c > top) { lang = l; top = c; }
  return lang;
}
