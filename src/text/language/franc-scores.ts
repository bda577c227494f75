// franc's scores (francAll, franc 6.2.0) for a fixed list of candidate languages, computed the way franc computes them,
// without what francAll repeats on every call: with `only`, francAll copies every language of the text's script that
// the list allows into a new object (filterLanguages: about 300 Latin languages, each looked up in the list), builds
// an object of the text's trigrams, an array of them and sorts it. On a page of 163,660 four-letter lines (the
// hostile folder's distinct-short-lines, each sent on to fastText and franc because eld is unsure of four letters)
// that was 5 s of the language stage. Here the candidates' trigram models are Maps made once per candidate list, and
// a text's trigrams are counted in a Map. The sums are of integers and the normalisation is franc's own expression,
// so the scores are the same numbers (test/franc-scores.test.ts compares them with francAll's).
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

/** franc's MAX_LENGTH: it reads the first 2,048 code units. */
const MAX_LENGTH = 2048;
/** franc's MAX_DIFFERENCE: the distance a trigram the model lacks adds. */
const MAX_DIFFERENCE = 300;

/** Per script of franc's data, the allowed candidates in the order of franc's data, each with its trigram ranks. */
type ScriptModels = Map<string, Array<{ indexes: number[]; ranks: Map<string, number> }>>;
const modelsByList = new Map<readonly string[], ScriptModels>();

/** franc's numericData for one language: each trigram's rank, the lowest rank of a repeated trigram (franc's loop order). */
function trigramRanks(model: string): Map<string, number> {
  const trigrams = model.split('|');
  const ranks = new Map<string, number>();
  for (let weight = trigrams.length - 1; weight >= 0; weight--) ranks.set(trigrams[weight]!, weight);
  return ranks;
}

/** Where `language` stands in `only` (every place: the caller reads francAll's answer per entry of its list). */
const indexesOf = (only: readonly string[], language: string): number[] => only.flatMap((l, i) => (l === language ? [i] : []));

function modelsFor(only: readonly string[]): ScriptModels {
  let models = modelsByList.get(only);
  if (!models) {
    models = new Map();
    for (const script of Object.keys(data)) {
      const languages = data[script]!;
      const allowed: Array<{ indexes: number[]; ranks: Map<string, number> }> = [];
      for (const language of Object.keys(languages)) {
        const indexes = indexesOf(only, language);
        if (indexes.length) allowed.push({ indexes, ranks: trigramRanks(languages[language]!) });
      }
      models.set(script, allowed);
    }
    modelsByList.set(only, models);
  }
  return models;
}

/**
 * trigram-utils' clean (2.0.1): ASCII punctuation, symbols and digits (U+0021–U+0040) become spaces, runs of white
 * space (JavaScript's \s) one space, trimmed, lowercased.
 */
function cleanForTrigrams(value: string): string {
  return value.replace(/[\u0021-\u0040]+/g, ' ').replace(/\s+/g, ' ').trim().toLowerCase();
}

const SCRIPTS = Object.keys(expressions);
/**
 * The one script whose expression matches ASCII characters (Latin: A–Z, a–z), when only one does and each match of
 * it in ASCII text is one character: then in a text of ASCII alone every other script counts 0 matches, and
 * getTopScript's answer needs that one expression only (of its 30). Checked here on every ASCII character, not assumed.
 */
const ASCII_SCRIPT = (() => {
  const ascii = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).join('');
  const matching = SCRIPTS.filter((script) => (ascii.match(expressions[script]!) ?? []).length > 0);
  if (matching.length !== 1) return null;
  const matches = ascii.match(expressions[matching[0]!]!)!;
  return matches.every((m) => m.length === 1) ? matching[0]! : null;
})();
const NOT_ASCII = /[^\0-\x7f]/;

/**
 * franc's getTopScript: the script whose expression matches the most of `value` (as a share of its length), the first
 * of a tie, so the first script (with share 0) when none matches.
 */
function topScriptOf(value: string): [string | undefined, number] {
  if (ASCII_SCRIPT !== null && !NOT_ASCII.test(value)) {
    const share = (value.match(expressions[ASCII_SCRIPT]!)?.length ?? 0) / value.length || 0;
    // Every script before it in the list, and after it, counts 0: it wins when its share is above 0.
    return share > 0 ? [ASCII_SCRIPT, share] : [SCRIPTS[0], 0];
  }
  let topScript: string | undefined;
  let topCount = -1;
  for (const script of SCRIPTS) {
    const count = (value.match(expressions[script]!)?.length ?? 0) / value.length || 0;
    if (count > topCount) { topCount = count; topScript = script; }
  }
  return [topScript, topCount];
}

const trigramCounts = new Map<string, number>();

/**
 * The score francAll(text, { only, minLength: 1 }) gives each language of `only` (0 for one it does not list), in the
 * order of `only`. `only` is a list of franc's (ISO 639-3) codes, kept by the caller (its models are made once per list).
 */
export function francScores(text: string, only: readonly string[]): number[] {
  const scores = new Array<number>(only.length).fill(0);
  if (!text) return scores; // francAll's und() for an empty text
  const value = text.slice(0, MAX_LENGTH);
  const [topScript, topCount] = topScriptOf(value);
  if (topScript === undefined) return scores;
  const models = modelsFor(only);
  const allowed = models.get(topScript);
  if (!allowed) {
    // A script of one language: that language, when the list allows it.
    if (topCount !== 0) for (const index of indexesOf(only, topScript)) scores[index] = 1;
    return scores;
  }
  if (allowed.length === 0) return scores; // franc's und()
  // trigram-utils' trigrams of ' ' + clean(value) + ' ' (n-gram slices code units), counted.
  const padded = ` ${cleanForTrigrams(value)} `;
  const counts = trigramCounts;
  counts.clear();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const trigram = padded.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  // getDistance for each allowed language (integer sums: the order of the trigrams does not matter), then normalize().
  const distances = new Array<number>(allowed.length);
  let min = Infinity;
  for (let l = 0; l < allowed.length; l++) {
    const ranks = allowed[l]!.ranks;
    let distance = 0;
    for (const [trigram, count] of counts) {
      const rank = ranks.get(trigram);
      let difference = MAX_DIFFERENCE;
      if (rank !== undefined) {
        difference = count - rank - 1;
        if (difference < 0) difference = -difference;
      }
      distance += difference;
    }
    distances[l] = distance;
    if (distance < min) min = distance;
  }
  const max = value.length * MAX_DIFFERENCE - min;
  for (let l = 0; l < allowed.length; l++) {
    const score = 1 - (distances[l]! - min) / max || 0;
    for (const index of allowed[l]!.indexes) scores[index] = score;
  }
  return scores;
}
