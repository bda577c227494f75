// Arabic duals: a noun ending in the dual suffix states two of it with no numeral (`يومين` two days, `شركتين` two
// companies, `ساعتان` two hours), and `ونصف` after a noun adds a half (`عام ونصف` a year and a half, `ساعتين ونصف`).
// The noun is looked up in the measure vocabulary (data/measures.json). The feminine dual -تين/-تان is unambiguous; the
// masculine -ين/-ان is also the sound masculine plural (`مهندسين` engineers), so it is read only for units of time and
// measure, whose plurals are broken (`أيام`, `أشهر`, `أطنان`).
import { canonicalMeasure, loadMeasureTable } from '../measures.ts';

export interface DualCount { start: number; end: number; value: number; unit: string }

/** Canonical measures whose Arabic masculine plural is never -ين/-ون: a masculine -ين/-ان on them is a dual. */
const MASCULINE_DUAL_UNITS: ReadonlySet<string> = new Set([
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'degrees', 'meters', 'kilometers', 'kilograms', 'grams', 'tons', 'liters', 'hectares',
]);
/** Units a half is added to (`عام ونصف`, `ساعتين ونصف`): the units of time. */
const HALVED_UNITS: ReadonlySet<string> = new Set(['years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds']);
/** The article and the prepositions glued before a noun, longest first (`اليومين`, `لساعتين`, `بالعامين`). */
const NOUN_PROCLITICS = ['وبال', 'وال', 'بال', 'كال', 'فال', 'لل', 'ال', 'وب', 'ول', 'و', 'ب', 'ل', 'ك', 'ف'];
const ARABIC_WORD = /[\u0621-\u064a\u064b-\u0652\u0670\u0640]+/g;
/** Arabic nouns have three root letters at least. */
const MIN_MASCULINE_BASE = 3;
const HALF_AFTER = /^\s+و\s?نصف(?![\u0621-\u064a])/;
/** Looked-up nouns of one text: most words of a page repeat. */
const MAX_CACHED = 10_000;
const nounCache = new Map<string, { unit: string; dual: boolean } | null>();

/**
 * The measure a singular noun names as the vocabulary writes it (a word, or a `*` stem as a whole word): the vocabulary's
 * own inflection and clitic reading would take `وطن` (homeland) for و + طن (ton).
 */
function vocabularyNoun(word: string): string | null {
  const table = loadMeasureTable();
  return table.words.get('ar')?.get(word) ?? table.stems.get('ar')?.find(([stem]) => stem === word)?.[1] ?? null;
}

/** The measure a word (without short vowels) names, as a dual or (for a unit of time) a singular; null when it is neither. */
function nounOf(folded: string): { unit: string; dual: boolean } | null {
  const cached = nounCache.get(folded);
  if (cached !== undefined) return cached;
  let found: { unit: string; dual: boolean } | null = null;
  for (const stem of [folded, ...NOUN_PROCLITICS.filter((c) => folded.startsWith(c) && folded.length - c.length >= 3).map((c) => folded.slice(c.length))]) {
    const suffix = /(?:ين|ان)$/.exec(stem);
    if (suffix) {
      const base = stem.slice(0, -2);
      const feminine = base.endsWith('ت') ? vocabularyNoun(`${base.slice(0, -1)}ة`) : null;
      // A masculine base of two letters is mostly a clitic and a word cut short (`وطنين` is not و + طنين, two tons).
      const masculine = feminine || base.length < MIN_MASCULINE_BASE ? null : vocabularyNoun(base);
      const unit = feminine ?? (masculine && MASCULINE_DUAL_UNITS.has(masculine) ? masculine : null);
      if (unit) { found = { unit, dual: true }; break; }
    }
  }
  if (!found) {
    // The vocabulary reads case endings and clitics (`شهراً`, `العام`); only a half after it makes a singular count.
    const singular = canonicalMeasure(folded, 'ar');
    if (singular && HALVED_UNITS.has(singular)) found = { unit: singular, dual: false };
  }
  if (nounCache.size >= MAX_CACHED) nounCache.clear();
  nounCache.set(folded, found);
  return found;
}

/** Rule: Arabic duals (2 of the noun) and a time noun with `ونصف` after it (1.5, or 2.5 after a dual). */
export function arabicDualCounts(text: string): DualCount[] {
  const out: DualCount[] = [];
  for (const m of text.matchAll(ARABIC_WORD)) {
    const word = m[0];
    // Short vowels and tatweel off; hamza seats kept, as the vocabulary writes them (`أسبوع`).
    const folded = word.replace(/[\u064b-\u0652\u0670\u0640]/g, '');
    // Only words that can hold a dual suffix, or a time noun before a half: the rest are not looked up.
    const half = HALF_AFTER.exec(text.slice(m.index! + word.length, m.index! + word.length + 8));
    if (!half && !/(?:ين|ان)$/.test(folded)) continue;
    const noun = nounOf(folded);
    if (!noun || (!noun.dual && !half)) continue;
    const end = m.index! + word.length + (half && HALVED_UNITS.has(noun.unit) ? half[0].length : 0);
    const value = (noun.dual ? 2 : 1) + (end > m.index! + word.length ? 0.5 : 0);
    out.push({ start: m.index!, end, value, unit: noun.unit });
  }
  return out;
}
