// A rough language guess for word statistics (stoplists, segmentation) inside the clean stage only. The language
// stage decides the real label later; here we only need the script and, for Latin text, which stoplist fits best.
// Kept small on purpose: script counts, then hits on a dozen very frequent function words per Latin language.
import { scriptCounts } from '../../language/scripts.ts';

/** Share of kana among Han+kana characters above which CJK text is Japanese: Japanese prose is rarely under 20% kana, Chinese has none. */
const MIN_KANA_SHARE = 0.1;
/** How many characters to look at: the script mix is settled long before the end of a page. */
const SAMPLE_CHARS = 20_000;

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

/** ISO 639-1 code guessed from the script (Han → zh, kana → ja, Cyrillic → ru, Hangul → ko, …) or Latin function words; 'und' when nothing fits. */
export function roughLanguage(text: string): string {
  const sample = text.slice(0, SAMPLE_CHARS);
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
  for (const w of sample.toLowerCase().match(/\p{L}+/gu) ?? []) {
    // One lookup per word instead of one per word and language.
    for (const lang of LANGUAGES_OF_WORD.get(w) ?? []) counts.set(lang, (counts.get(lang) ?? 0) + 1);
  }
  let lang = 'und', top = 0;
  for (const [l, c] of counts) if (c > top) { lang = l; top = c; }
  return lang;
}
