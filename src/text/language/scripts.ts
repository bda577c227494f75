// Script analysis: which writing systems a text's letters belong to, and which one the text is "in".
// Language identification narrows its candidates with this before any statistical detector runs:
// kana means Japanese, hangul Korean, Han alone Chinese, Cyrillic a Cyrillic language, and so on.
// One pass over the code points with range checks (no regex per character): it runs on every paragraph.

export type ScriptName =
  | 'Latin' | 'Cyrillic' | 'Greek' | 'Armenian' | 'Georgian' | 'Hebrew' | 'Arabic' | 'Devanagari' | 'Bengali'
  | 'Thai' | 'Hangul' | 'Kana' | 'Han' | 'Other';

export const SCRIPT_NAMES: readonly ScriptName[] = [
  'Latin', 'Cyrillic', 'Greek', 'Armenian', 'Georgian', 'Hebrew', 'Arabic', 'Devanagari', 'Bengali',
  'Thai', 'Hangul', 'Kana', 'Han', 'Other',
];

/** Letters per script (marks and digits are not letters; 々 and 〇 count as Han, ー as Kana). */
export type ScriptCounts = Record<ScriptName, number>;

/** Scripts whose characters are syllables or words rather than letters of an alphabet. */
const IDEOGRAPHIC: ReadonlySet<ScriptName> = new Set(['Han', 'Kana', 'Hangul']);

/**
 * How many Latin letters one Han, kana or hangul character is worth when scripts are compared.
 * An English word averages about 5 letters, a Chinese word about 1.7 characters, so one character carries
 * roughly 3 letters' worth of text. Without this a Chinese sentence naming "Microsoft Copilot Pro" looks
 * Latin by letter count.
 */
export const IDEOGRAPH_LETTER_WEIGHT = 3;

/**
 * A non-Latin script wins over Latin when it has at least this share of the weighted letters.
 * Latin is the script of names, brands, units and URLs inside text in every other script, while Latin-script
 * prose rarely embeds other scripts, so the comparison is deliberately lopsided: "微软发布了 Microsoft Copilot Pro
 * 和 GitHub Copilot Enterprise" (6 Han, 45 Latin letters: 29% weighted) is Chinese, and an English
 * sentence quoting one Chinese term (2 Han in 100 letters: 6%) stays English.
 * (This replaces franc's most-frequent-script rule, which labels the first sentence as a Latin language.)
 */
export const NON_LATIN_WINS_AT = 0.25;

/** Kana at this share of the Han+kana characters means Japanese; below it, stray kana in Chinese (の in brand names). */
export const KANA_SHARE_FOR_JAPANESE = 0.05;

/** Index of each script in SCRIPT_NAMES: scriptCounts counts into an array by these (no keyed store per letter). */
const S = Object.fromEntries(SCRIPT_NAMES.map((name, i) => [name, i])) as Record<ScriptName, number>;
const NONE = -1;

/** The script of a code point as its index in SCRIPT_NAMES, or NONE when it is no letter of any. */
function scriptOf(cp: number): number {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) ? S.Latin : NONE;
  if (cp < 0x250) return cp === 0xd7 || cp === 0xf7 || cp < 0xc0 ? (cp === 0xaa || cp === 0xba ? S.Latin : NONE) : S.Latin;
  if (cp < 0x370) return NONE; // IPA, spacing modifiers, combining marks
  if (cp < 0x400) return cp >= 0x386 ? S.Greek : NONE;
  if (cp < 0x530) return cp <= 0x481 || cp >= 0x48a ? S.Cyrillic : NONE;
  if (cp < 0x590) return S.Armenian;
  if (cp < 0x600) return cp >= 0x5d0 && cp <= 0x5f2 ? S.Hebrew : NONE;
  if (cp < 0x700) return (cp >= 0x620 && cp <= 0x64a) || (cp >= 0x66e && cp <= 0x6d3) || (cp >= 0x6fa) ? S.Arabic : NONE;
  if (cp >= 0x750 && cp < 0x780) return S.Arabic;
  if (cp >= 0x8a0 && cp < 0x900) return S.Arabic;
  if (cp >= 0x900 && cp < 0x980) return (cp >= 0x904 && cp <= 0x939) || (cp >= 0x958 && cp <= 0x961) || cp >= 0x972 ? S.Devanagari : NONE;
  if (cp >= 0x980 && cp < 0xa00) return (cp >= 0x985 && cp <= 0x9b9) || (cp >= 0x9dc && cp <= 0x9e1) ? S.Bengali : NONE;
  if (cp >= 0xe00 && cp < 0xe80) return (cp >= 0xe01 && cp <= 0xe30) || (cp >= 0xe40 && cp <= 0xe46) ? S.Thai : NONE;
  if (cp >= 0x10a0 && cp < 0x1100) return S.Georgian;
  if (cp >= 0x1100 && cp < 0x1200) return S.Hangul;
  if (cp >= 0x1e00 && cp < 0x1f00) return S.Latin; // Vietnamese and other precomposed letters
  if (cp >= 0x1f00 && cp < 0x2000) return S.Greek;
  if (cp < 0x3000) return NONE; // punctuation, symbols, arrows, box drawing
  if (cp === 0x3005 || cp === 0x3007 || (cp >= 0x3021 && cp <= 0x3029)) return S.Han;
  if (cp >= 0x3041 && cp <= 0x309f) return cp >= 0x3099 && cp <= 0x309c ? NONE : S.Kana;
  if (cp >= 0x30a1 && cp <= 0x30ff) return cp === 0x30fb ? NONE : S.Kana;
  if (cp >= 0x3130 && cp < 0x3190) return S.Hangul;
  if (cp >= 0x31f0 && cp < 0x3200) return S.Kana;
  if (cp >= 0x3400 && cp < 0x4dc0) return S.Han;
  if (cp >= 0x4e00 && cp < 0xa000) return S.Han;
  if (cp >= 0xa960 && cp < 0xa980) return S.Hangul;
  if (cp >= 0xac00 && cp < 0xd7b0) return S.Hangul;
  if (cp >= 0xd7b0 && cp < 0xd800) return S.Hangul;
  if (cp >= 0xf900 && cp < 0xfb00) return S.Han;
  if (cp >= 0xfb1d && cp < 0xfb50) return S.Hebrew;
  if (cp >= 0xfb50 && cp < 0xfe00) return S.Arabic;
  if (cp >= 0xfe70 && cp < 0xff00) return S.Arabic;
  if ((cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)) return S.Latin; // full-width ASCII letters
  if (cp >= 0xff66 && cp <= 0xff9d) return S.Kana;
  if (cp >= 0xffa0 && cp <= 0xffdc) return S.Hangul;
  if (cp >= 0x20000 && cp < 0x32000) return S.Han;
  if (cp >= 0x1b000 && cp < 0x1b170) return S.Kana;
  return OTHER_LETTER.test(String.fromCodePoint(cp)) ? S.Other : NONE;
}
const OTHER_LETTER = /\p{L}/u;

/** scriptCounts' tally, reused by each call (it runs on every paragraph: one typed array less each time). */
const byIndex = new Int32Array(SCRIPT_NAMES.length);

/** Letters per script in `text`. */
export function scriptCounts(text: string): ScriptCounts {
  byIndex.fill(0);
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp < 0x80) {
      // ASCII: the common case, kept out of scriptOf.
      if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a)) byIndex[S.Latin]!++;
      continue;
    }
    if (cp >= 0xd800 && cp < 0xdc00 && i + 1 < text.length) {
      cp = text.codePointAt(i)!;
      i++;
    }
    const s = scriptOf(cp);
    if (s !== NONE) byIndex[s]!++;
  }
  // One object literal, written in SCRIPT_NAMES' order: a store per name into an empty object took as long as the pass
  // over a short paragraph (the claims stage asks this of every paragraph: 166,000 one-line ones, bench:hostile).
  return {
    Latin: byIndex[S.Latin]!, Cyrillic: byIndex[S.Cyrillic]!, Greek: byIndex[S.Greek]!, Armenian: byIndex[S.Armenian]!,
    Georgian: byIndex[S.Georgian]!, Hebrew: byIndex[S.Hebrew]!, Arabic: byIndex[S.Arabic]!, Devanagari: byIndex[S.Devanagari]!,
    Bengali: byIndex[S.Bengali]!, Thai: byIndex[S.Thai]!, Hangul: byIndex[S.Hangul]!, Kana: byIndex[S.Kana]!, Han: byIndex[S.Han]!,
    Other: byIndex[S.Other]!,
  };
}

/** Total letters of all scripts. */
export function letterCount(counts: ScriptCounts): number {
  let n = 0;
  for (const s of SCRIPT_NAMES) n += counts[s];
  return n;
}

export interface DominantScript {
  /** The script the text is written in; null when the text has no letters. */
  script: ScriptName | null;
  /** Share of the weighted letters in that script (0..1): 1 for a text in one script. */
  share: number;
  /** Letters (characters, for Han, kana and hangul) in that script. */
  letters: number;
}


/** Whether the script at each index of SCRIPT_NAMES is IDEOGRAPHIC. */
const IDEOGRAPHIC_AT: readonly boolean[] = SCRIPT_NAMES.map((name) => IDEOGRAPHIC.has(name));

/** dominantScript's weights by script index, reused by each call (a Map per call was most of its time). */
const scriptWeights = new Float64Array(SCRIPT_NAMES.length);

/**
 * The script a text is in. Kana beside Han makes the pair Japanese ('Kana'), and a non-Latin script beats
 * Latin from NON_LATIN_WINS_AT of the weighted letters (see there why).
 */
export function dominantScript(counts: ScriptCounts): DominantScript {
  // Japanese: kana and kanji count together as one writing system.
  const japanese = counts.Kana > 0 && counts.Kana >= KANA_SHARE_FOR_JAPANESE * (counts.Kana + counts.Han);
  // Weighted letters by script index, in SCRIPT_NAMES order (Kana and Han are neighbours there, so the pair keeps its place).
  const w = scriptWeights;
  w.fill(0);
  let total = 0;
  for (let i = 0; i < SCRIPT_NAMES.length; i++) {
    const s = SCRIPT_NAMES[i]!;
    // Han, kana and hangul weighted (IDEOGRAPH_LETTER_WEIGHT), read from an array by index (no Set lookup per script and text).
    const v = IDEOGRAPHIC_AT[i] ? counts[s] * IDEOGRAPH_LETTER_WEIGHT : counts[s];
    if (!v) continue;
    // Stray kana in Chinese text count with the Han characters.
    w[s === 'Han' || s === 'Kana' ? (japanese ? S.Kana : S.Han) : i] += v;
    total += v;
  }
  if (total === 0) return { script: null, share: 0, letters: 0 };
  let best: ScriptName | null = null;
  let bestW = 0;
  for (let i = 0; i < SCRIPT_NAMES.length; i++) if (i !== S.Latin && w[i]! > bestW) { best = SCRIPT_NAMES[i]!; bestW = w[i]!; }
  const latin = w[S.Latin]!;
  if (!best || (bestW / total < NON_LATIN_WINS_AT && latin > bestW)) {
    best = 'Latin';
    bestW = latin;
  }
  const letters = best === 'Kana' ? counts.Kana + counts.Han : best === 'Han' ? counts.Han + counts.Kana : counts[best];
  return { script: best, share: bestW / total, letters };
}

/**
 * A classifier of UTF-16 code units memoised in a 64 KB table, filled as units turn up: for loops that would otherwise
 * test a Unicode-property regular expression at every character. `classify` returns 1–255 (0 marks "not looked up").
 */
export function codeUnitTable(classify: (unit: string, code: number) => number): (code: number) => number {
  const table = new Uint8Array(0x10000);
  return (code) => {
    let value = table[code];
    if (value === 0) table[code] = value = classify(String.fromCharCode(code), code);
    return value;
  };
}
