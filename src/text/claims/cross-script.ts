// Names written in another script linked to their English spelling through how they sound. Japanese katakana, Korean
// Hangul, Arabic, Devanagari and Chinese transliteration characters write a foreign name as it sounds (`クリントン`,
// `클린턴`, `كلينتون`, `क्लिंटन`, `克林顿` are all Clinton). any-ascii romanises each script (Hepburn-like kana,
// Revised Romanization of Hangul, Arabic consonants, Devanagari, Han as pinyin); the romanisation and the English names
// of a spelling dictionary (data/common-words.json `en-names`, SCOWL) meet on a consonant skeleton: the consonants by
// the class of sound each script writes alike (b p f v; t d; k g q; s z j and the hushing sounds; l r; m; n), vowels,
// h, w and y left out, as kana and Hangul add vowels English does not write and Arabic writes none. Of the names that
// share a skeleton, the one nearest by vowels wins, when exactly one is nearest; otherwise the name stays as written.
import anyAscii from 'any-ascii';
import { rememberRecent } from '../recent.ts';
import { editDistance } from './latin-linking.ts';

/** Consonant classes: letters each script's romanisation writes for the same English sound. */
const CONSONANT_CLASS: Readonly<Record<string, string>> = {
  p: 'P', b: 'P', f: 'P', v: 'P', t: 'T', d: 'T', k: 'K', g: 'K', q: 'K', c: 'K', s: 'S', z: 'S', j: 'S', x: 'S', l: 'L', r: 'L', m: 'M', n: 'N',
};
/** Vowel classes, as latin-linking.ts's: back open, front, rounded close. */
const VOWEL_CLASS: Readonly<Record<string, string>> = { a: 'a', o: 'a', e: 'e', i: 'e', y: 'e', u: 'u' };

/** English spelling rules before the classes: digraphs and letters English writes for another sound. */
const ENGLISH_RULES: ReadonlyArray<[RegExp, string]> = [
  [/ph/gu, 'f'], [/gh/gu, ''], [/th/gu, 't'], [/ck/gu, 'k'], [/sch/gu, 's'], [/(?:ch|sh|tch)/gu, 'j'], [/c(?=[eiy])/gu, 's'], [/qu/gu, 'k'],
  [/x/gu, 'ks'], [/ng(?=[^aeiouy])/gu, 'n'], [/^kn/gu, 'n'], [/^wr/gu, 'r'], [/mb$/gu, 'm'], [/ge(?=[aeiou]|$)/gu, 'je'], [/(?<=[^aeiou])e$/gu, ''],
];
/** Romanisation rules before the classes: digraphs of the romanisations (kh, gh of Arabic; sh, ch, zh, ts of kana and pinyin). */
const ROMANISED_RULES: ReadonlyArray<[RegExp, string]> = [
  [/(?:sh|ch|zh|ts)/gu, 'j'], [/kh/gu, 'k'], [/gh/gu, 'g'], [/th/gu, 't'], [/dh/gu, 'd'],
  // A syllable-final ng (Hangul ㅇ, pinyin -ng) is the n English writes before a consonant; an n before a labial is an m (`toranpu`).
  [/ng(?![aeiou])/gu, 'n'], [/n(?=[pbm])/gu, 'm'],
];

interface Phonetic {
  /** The consonant classes in order (`KLNTN` for Clinton). */
  skeleton: string;
  /** Consonant and vowel classes in order, a run of vowels as its first: what two names sharing a skeleton are compared by. */
  sound: string;
  /** Consonant classes and the vowels as written: what breaks a tie in sound (`benis` is `venis`, Venice, before `finis`, Finnish). */
  fine: string;
}

function phoneticOf(latin: string, rules: ReadonlyArray<[RegExp, string]>): Phonetic {
  // Doubled letters are one sound (`Hillary`, `Kellogg`); then the spelling rules.
  let s = latin.toLowerCase().replace(/[^a-z]/gu, '').replace(/(.)\1+/gu, '$1');
  for (const [pattern, to] of rules) s = s.replace(pattern, to);
  let skeleton = '';
  let sound = '';
  let fine = '';
  let vowelRun = false;
  for (const ch of s) {
    const consonant = CONSONANT_CLASS[ch];
    if (consonant) {
      skeleton += consonant;
      sound += consonant;
      fine += consonant;
      vowelRun = false;
    } else if (VOWEL_CLASS[ch]) {
      if (!vowelRun) sound += VOWEL_CLASS[ch];
      fine += ch === 'y' ? 'i' : ch;
      vowelRun = true;
    }
  }
  return { skeleton, sound, fine };
}

const isVowelClass = (ch: string | undefined) => ch === 'a' || ch === 'e' || ch === 'u';
/**
 * What a vowel costs in soundDistance: one the romanisation has and English does not, one English has and it does not,
 * one for another (the scripts write English vowels by sound, English spells them).
 */
interface VowelCosts { extra: number; missing: number; change: number }
/**
 * Edit distance between a romanised sound and an English one in which a vowel costs less than a consonant: kana,
 * Hangul and pinyin add vowels between and after consonants (`kurinton`), Arabic leaves short vowels out (`klntn`),
 * Hindi drops the inherent vowel; a changed consonant is another name.
 */
function soundDistance(romanisedSound: string, english: string, costs: VowelCosts): number {
  const a = romanisedSound;
  const b = english;
  const extra = (ch: string) => (isVowelClass(ch) ? costs.extra : 1);
  const missing = (ch: string) => (isVowelClass(ch) ? costs.missing : 1);
  let previous = [0];
  for (let j = 1; j <= b.length; j++) previous[j] = previous[j - 1] + missing(b[j - 1]);
  for (let i = 1; i <= a.length; i++) {
    const row = [previous[0] + extra(a[i - 1])];
    for (let j = 1; j <= b.length; j++) {
      const substitute = a[i - 1] === b[j - 1] ? 0 : isVowelClass(a[i - 1]) && isVowelClass(b[j - 1]) ? costs.change : 2;
      row[j] = Math.min(previous[j] + extra(a[i - 1]), row[j - 1] + missing(b[j - 1]), previous[j - 1] + substitute);
    }
    previous = row;
  }
  return previous[b.length];
}

/** Bounds for a match with no other evidence that the word is a name: sound distance and vowel edits. */
export interface StrictMatch { maxSound: number; maxFine: number }

/** The scripts romanised here, by what marks a name's characters. */
export type NameScript = 'kana' | 'hangul' | 'arabic' | 'devanagari' | 'han';

/** Script-specific spelling before any-ascii: signs it romanises in a way the skeleton would misread. */
function prepared(native: string, script: NameScript): string {
  switch (script) {
    // The sokuon doubles the next consonant and the long-vowel mark lengthens a vowel: neither is a sound of its own.
    case 'kana': return native.replace(/[ッっー]/gu, '');
    // The anusvara and chandrabindu nasalise: an n before most consonants (any-ascii writes m).
    case 'devanagari': return native.replace(/[\u0901\u0902]/gu, '\u0928\u094d');
    // Short-vowel signs and the shadda (seldom written in news) carry no consonant; the long vowels alif, waw and ya
    // and the final ta marbuta are the vowels a name's Arabic spelling writes (any-ascii drops alif).
    case 'arabic': return native.replace(/[\u064b-\u0652\u0670]/gu, '').replace(/[\u0627\u0622\u0649\u0629]/gu, 'a').replace(/(?<=.)\u0648/gu, 'u').replace(/(?<=.)\u064a/gu, 'i');
    default: return native;
  }
}

/**
 * The romanisation as the skeleton reads it: the vowels kana and Hangul add after a final consonant (`kimu` for Kim,
 * `beniseu` for Venice) and their spellings of one vowel (Hangul `eu`, `eo`, `ae`; kana `shiya` for `sha`) left out.
 */
function normalisedRomanisation(latin: string, script: NameScript): string {
  switch (script) {
    case 'kana': return latin.replace(/iy(?=[aou])/gu, 'y').replace(/(?<=[^aeiou])u$|(?<=[td])o$/u, '');
    case 'hangul': return latin.replace(/eu/gu, 'u').replace(/eo/gu, 'o').replace(/ae/gu, 'e').replace(/(?<=[^aeiou])u$/u, '');
    // Pinyin writes an English v with w (`weinisi`, Venice); any-ascii writes Devanagari च as c.
    // Pinyin writes a final consonant as a syllable (`kelanahe`, `lukasi`): its vowel is none of the name's.
    case 'han': return latin.replace(/^w/u, 'v').replace(/(?<=[szc])i$|(?<=[ktdgh])e$|(?<=[fp])u$/u, '');
    case 'devanagari': return latin.replace(/c(?!h)/gu, 'ch');
    default: return latin;
  }
}

/**
 * How far two sounds may be apart (soundDistance), as a share of the English one's classes and at most: a long name
 * may differ in more vowels, but two vowels changed make another name (`badapur` is not Fayetteville).
 */
const MAX_SOUND_CHANGE = 0.2;
const MAX_SOUND_DISTANCE = 0.5;
/**
 * Vowel costs by script: the syllabic scripts add vowels, Arabic omits them, Devanagari does both (its inherent vowel);
 * pinyin's vowels are the loosest (`dun` for -ton, `si` for -s).
 */
const VOWEL_COSTS: Readonly<Record<NameScript, VowelCosts>> = {
  kana: { extra: 0.25, missing: 1, change: 0.5 }, hangul: { extra: 0.25, missing: 1, change: 0.5 }, han: { extra: 0.25, missing: 1, change: 0.25 },
  arabic: { extra: 0.5, missing: 0.25, change: 0.5 }, devanagari: { extra: 0.5, missing: 0.5, change: 0.5 },
};

/** English names by skeleton, built once per name list. */
const indexes = new WeakMap<ReadonlySet<string>, Map<string, Array<{ name: string; sound: string; fine: string }>>>();
function indexOf(names: ReadonlySet<string>): Map<string, Array<{ name: string; sound: string; fine: string }>> {
  let index = indexes.get(names);
  if (!index) {
    index = new Map();
    for (const name of names) {
      // Letters only, with a vowel before the last letter: not the dictionary's abbreviations (`Wm`, `Mlle`).
      if (!/^[a-z]+$/u.test(name) || !/[aeiouy](?!$)/u.test(name)) continue;
      const { skeleton, sound, fine } = phoneticOf(name, ENGLISH_RULES);
      if (skeleton.length < 2) continue;
      const list = index.get(skeleton);
      if (list) list.push({ name, sound, fine }); else index.set(skeleton, [{ name, sound, fine }]);
    }
    indexes.set(names, index);
  }
  return index;
}

/** any-ascii's romanisation of one word of a name, remembered (names recur on a page and across pages). */
const romanised = rememberRecent(4096, (key: string) => anyAscii(key.slice(1)).toLowerCase());
const scriptTag: Readonly<Record<NameScript, string>> = { kana: 'k', hangul: 'h', arabic: 'a', devanagari: 'd', han: 'c' };

/**
 * The English name (lowercase, from `englishNames`) that one word of a name in another script sounds like, or null:
 * the word's skeleton has at least `minConsonants` classes, an English name shares it, and exactly one of those is
 * nearest in sound, near enough.
 */
export function englishNameOfWord(native: string, script: NameScript, englishNames: ReadonlySet<string>, minConsonants: number, strict?: StrictMatch): string | null {
  const latin = normalisedRomanisation(romanised(scriptTag[script] + prepared(native, script)), script);
  const { skeleton, sound, fine } = phoneticOf(latin, ROMANISED_RULES);
  if (skeleton.length < minConsonants) return null;
  const plain = nearestBySound(indexOf(englishNames).get(skeleton), sound, fine, script, strict);
  // Kana write a long vowel (ー) where British English, which Japanese loanwords follow, leaves an r or l after a vowel
  // unsounded (`カーター` Carter, `パーマー` Palmer, `リンカーン` Lincoln): the word read with that liquid meets such names.
  if (script !== 'kana' || !native.includes('ー')) return plain?.name ?? null;
  const withLiquid = phoneticOf(normalisedRomanisation(romanised(scriptTag[script] + prepared(native.replace(LONG_VOWEL_AFTER_VOWEL, 'ー\u0000'), script)).replace(/\u0000/gu, 'r'), script), ROMANISED_RULES);
  // Only names whose liquids are unsounded where the kana have the mark: without them they sound as the plain reading
  // (`Lincoln` as `lincon`; not `Voltaire` for `ピーター`, whose r is before a vowel).
  // Compared as kana write them: a final unsounded -er, -or, -ar as a long a (`カーター`, `パーマー`).
  const unsounded = indexOf(englishNames).get(withLiquid.skeleton)?.filter((c) => phoneticOf(c.name.replace(UNSOUNDED_LIQUID, ''), ENGLISH_RULES).skeleton === skeleton)
    .map((c) => ({ name: c.name, ...phoneticOf(c.name.replace(/[aeiou]+r$/u, 'ar'), ENGLISH_RULES) }));
  // A reading the mark suggests, not one it writes: only a name that sounds the same in it (`Balder` is no `ピーター`).
  const liquid = withLiquid.skeleton === skeleton ? null : nearestBySound(unsounded, withLiquid.sound, withLiquid.fine, script, strict);
  if (liquid && liquid.distance > 0) return plain?.name ?? null;
  // The reading with the liquid first: the mark is a long vowel, which a short-vowel spelling the plain reading meets
  // (`pogo` for `パーカー`) does not write; the plain one where no name has the liquid (`ルーズベルト`, a vowel digraph).
  return (liquid ?? plain)?.name ?? null;
}

/** The r and l that British English does not sound after a vowel: before a consonant or at the end (`Carter`, `Palmer`, `Lincoln`). */
const UNSOUNDED_LIQUID = /(?<=[aeiou])[rl](?![aeiouy])/gu;
/** A long-vowel mark after a kana syllable, not before another vowel's kana (the sounded r there is written: `マール`). */
const LONG_VOWEL_AFTER_VOWEL = /(?<=\p{Script=Katakana})ー(?![ァアィイゥウェエォオラリルレロー])/gu;

/** Of names sharing a skeleton, the one nearest in sound, then in letters, near enough, with its distance; null for none or a tie. */
function nearestBySound(candidates: ReadonlyArray<{ name: string; sound: string; fine: string }> | undefined, sound: string, fine: string, script: NameScript,
  strict?: StrictMatch): { name: string; distance: number } | null {
  if (!candidates) return null;
  // Nearest in sound, then (among names equally near: `Venice`, `Finnish`) nearest in letters.
  let best: { name: string; sound: string; fine: string } | null = null;
  let bestDistance = Infinity;
  let bestLetters = Infinity;
  let tie = false;
  for (const c of candidates) {
    const d = soundDistance(sound, c.sound, VOWEL_COSTS[script]);
    if (d > bestDistance) continue;
    const l = editDistance(fine, c.fine);
    if (d < bestDistance || l < bestLetters) { best = c; bestDistance = d; bestLetters = l; tie = false; } else if (l === bestLetters) tie = true;
  }
  const ok = best && !tie && bestDistance <= Math.min(MAX_SOUND_DISTANCE, MAX_SOUND_CHANGE * best.sound.length) && (!strict || (bestDistance <= strict.maxSound && bestLetters <= strict.maxFine));
  return ok ? { name: best!.name, distance: bestDistance } : null;
}

/** An English name from the lowercase list, capitalised as a name is (`clinton` → `Clinton`). */
export const capitalisedName = (lower: string) => lower.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());

/**
 * The English spelling of a name of one or more words (`parts`) in another script, every word linked, or null when a
 * word is not: an unlinked name stays as written.
 */
export function englishNameOf(parts: readonly string[], script: NameScript, englishNames: ReadonlySet<string> | undefined, minConsonants: number): string | null {
  if (!englishNames || !parts.length) return null;
  const words: string[] = [];
  for (const part of parts) {
    const english = englishNameOfWord(part, script, englishNames, minConsonants);
    if (!english) return null;
    words.push(capitalisedName(english));
  }
  return words.join(' ');
}
