// A name romanised from another script meets the English spelling of the same name through a phonetic linking key.
// Romanisation writes a name as it sounds (Russian `Клинтон` → `Klinton`, `Кэмпбелл` → `Kempbell`, `Сахара` →
// `Sakhara`), English keeps its own spelling (`Clinton`, `Campbell`, `Sahara`): the two meet on a key that keeps the
// consonants as they sound and the vowels only by class. The English spellings come from the names a spelling
// dictionary lists only capitalised (data/common-words.json `en-names`, SCOWL en_US); a key two of them share links none.

/** Vowel classes: back open, front, rounded close (`Klein` as `Klyayn`, `Aldrin` as `Oldrin`; not `Banka` as `Bianca`). */
const VOWEL_CLASS: Readonly<Record<string, string>> = { a: 'A', o: 'A', e: 'E', i: 'E', y: 'E', u: 'U' };

/** Spelling rules, in order: digraphs first, then the letters English and romanisation write differently for one sound. */
const SOUND_RULES: ReadonlyArray<[RegExp, string | ((run: string) => string)]> = [
  [/dzh|zh|j/gu, 'J'], // BGN/PCGN дж, ж; English j
  [/kh/gu, 'h'], // х
  [/shch|sch|sh/gu, 'S'], // щ, ш; German sch
  [/ch/gu, 'C'], // ч
  [/ph/gu, 'f'],
  [/th/gu, 't'], // as romanisation and English write Greek theta in names (`Thutmose`)
  [/gh/gu, ''], // silent in English names (`Pugh`, `Vaughan`)
  [/ck/gu, 'k'],
  [/qu/gu, 'kv'], // `Quebec` as `Kvebek`
  [/q/gu, 'k'],
  [/x/gu, 'ks'],
  [/(?<=[aeiou])w/gu, ''], // a glide after a vowel (`Newton` as `Nyuton`, `Powell` not `Pavel`)
  [/w/gu, 'v'], // `Washington` as `Vashington`
  [/c(?=[eiy])/gu, 's'],
  [/c/gu, 'k'],
  [/z/gu, 's'], // `Kansas` as `Kanzas`
  [/ts/gu, 's'], // ц
  [/(?<=[^aeiouy])h/gu, ''], // an h after a consonant is silent in English (`Buddha`) and the romanisation's kh was h
  [/e$/u, ''], // English silent e (`Belgrade` as `Belgrad`)
  [/[aeiouy]+/gu, (run) => VOWEL_CLASS[run[0]]], // a run of vowels by its first
  [/(.)\1+/gu, '$1'], // doubled letters
];

/** The linking key of one word of a name written in Latin letters. */
export function linkingKey(word: string): string {
  let key = word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  for (const [pattern, sound] of SOUND_RULES) key = typeof sound === 'string' ? key.replace(pattern, sound) : key.replace(pattern, sound);
  return key;
}

/** Shortest word linked: shorter keys are shared by too many unrelated names. */
const MIN_LINKED_LETTERS = 5;

/**
 * Share of a name's letters that the two spellings may differ by (edits of Levenshtein's distance): a key met by a
 * name spelt far apart is a different name that sounds alike in the key's coarse classes (`Saraya`, `Zorro`), while the
 * same name differs in a letter or two (`Klinton`, `Tompson`, `Missisipi`). Of the 47 Russian names the key alone
 * linked on entities-dev, this kept 33, 29 of them right, and left out 14, 11 of them wrong.
 */
const MAX_SPELLING_CHANGE = 0.35;

/** Levenshtein's edit distance (insertions, deletions, substitutions), over two rows. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}

/** English names by linking key, every name of a key, built once per name list. */
const spellingIndexes = new WeakMap<ReadonlySet<string>, Map<string, string[]>>();
function spellingIndexOf(names: ReadonlySet<string>): Map<string, string[]> {
  let index = spellingIndexes.get(names);
  if (!index) {
    index = new Map();
    for (const name of names) {
      if (name.length < MIN_LINKED_LETTERS) continue;
      const key = linkingKey(name);
      const list = index.get(key);
      if (list) list.push(name); else index.set(key, [name]);
    }
    spellingIndexes.set(names, index);
  }
  return index;
}

/**
 * The English name of the romanised word's linking key nearest to it in letters (Levenshtein), when exactly one is
 * nearest and near enough (MAX_SPELLING_CHANGE); else null. Names that share a key are told apart by their spelling as
 * a transliteration writes the sound: `Karter` is `Carter` (one letter apart), not `Cartier` (two); `Maryn` is as near
 * to `Marin` as to `Maren`: neither.
 */
function nearestEnglishSpelling(lower: string, candidates: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  let tie = false;
  for (const name of candidates) {
    const d = editDistance(lower, name);
    if (d < bestDistance) { best = name; bestDistance = d; tie = false; } else if (d === bestDistance && name !== best) tie = true;
  }
  return best && !tie && bestDistance <= MAX_SPELLING_CHANGE * Math.max(lower.length, best.length) ? best : null;
}

/**
 * A romanised name with each word in its English spelling: the English name of its linking key nearest in letters
 * (`Klinton` → `Clinton`, `Donald Tramp` → `Donald Trump`, nearestEnglishSpelling); a word that is itself an English
 * name, or whose key is unknown or names two equally near, stays as romanised. `englishNames`: lowercase names
 * (data/common-words.json `en-names`, with `en-both` for the names that are also common words: `Carter`, `Baker`).
 */
export function englishSpellingOf(latin: string, englishNames: ReadonlySet<string> | undefined): string {
  if (!englishNames) return latin;
  const index = spellingIndexOf(englishNames);
  return latin.replace(/\p{L}+/gu, (word) => {
    const lower = word.toLowerCase();
    if (word.length < MIN_LINKED_LETTERS || englishNames.has(lower) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return word;
    const candidates = index.get(linkingKey(word));
    const english = candidates ? nearestEnglishSpelling(lower, candidates) : null;
    return english ? english[0].toUpperCase() + english.slice(1) : word;
  });
}
