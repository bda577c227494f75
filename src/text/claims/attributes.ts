// Attribute words (data/attributes.json): the words that say what a money, percent or count figure is about
// (`revenue`, `Umsatz`, `营收` → revenue), indexed per language for one pass over a sentence's tokens.
import { readFileSync } from 'node:fs';
import type { Quantity } from '../../types.ts';
import { allMatches, escapeRegExp } from '../language/words.ts';

/** Languages written without spaces: attribute words match as substrings there. */
export const UNSPACED_LANGS: ReadonlySet<string> = new Set(['zh', 'ja', 'th']);

export interface AttributeDef {
  name: string;
  kinds: Quantity['kind'][];
  units: string[];
  words: Record<string, string[]>;
}

function loadAttributes(): AttributeDef[] {
  const raw = JSON.parse(readFileSync(new URL('../../../data/attributes.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>;
  const defs: AttributeDef[] = [];
  for (const [name, entry] of Object.entries(raw)) {
    if (name.startsWith('_')) continue;
    const wordsByLang: Record<string, string[]> = {};
    for (const [key, value] of Object.entries(entry)) if (key !== 'kinds' && key !== 'units') wordsByLang[key] = value as string[];
    defs.push({ name, kinds: entry.kinds as Quantity['kind'][], units: (entry.units as string[] | undefined) ?? [], words: wordsByLang });
  }
  return defs;
}

export const ATTRIBUTES: readonly AttributeDef[] = loadAttributes();


export interface Hit { start: number; end: number }
export interface AttributeHit extends Hit { def: AttributeDef }

const patternCache = new Map<string, RegExp>();
export function wordPattern(word: string, unspaced: boolean): RegExp {
  const key = `${unspaced}\u0000${word}`;
  let re = patternCache.get(key);
  if (!re) {
    const stem = word.endsWith('*') ? word.slice(0, -1) : word;
    const tail = word.endsWith('*') ? '[\\p{L}\\p{M}]*' : '';
    re = unspaced || /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(stem)
      ? new RegExp(escapeRegExp(stem), 'giu')
      : new RegExp(`(?<![\\p{L}\\p{M}\\d])${escapeRegExp(stem)}${tail}(?![\\p{L}\\p{M}])`, 'giu');
    patternCache.set(key, re);
  }
  re.lastIndex = 0;
  return re;
}

/**
 * Attribute words of one language, indexed for a single pass over a sentence's tokens: whole words in a map, `*` stems
 * by prefix, multi-word phrases by token sequence, Chinese/Japanese words by substring search. (One regex per word,
 * with Unicode word-boundary lookbehinds, was the slowest part of the claims stage.)
 */
interface AttributeIndex {
  exact: Map<string, AttributeDef[]>;
  stems: Array<[string, AttributeDef]>;
  /** Words of each phrase, with ’ written ' as in the sentence's tokens, by their first word (in list order within each). */
  phrases: Map<string, Array<[string[], AttributeDef]>>;
  unspaced: Array<[string, AttributeDef]>;
}
const attributeIndexes = new Map<string, AttributeIndex>();
const TOKEN = /[\p{L}\p{M}\d'’-]+/gu;
const CJK_START = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function indexFor(lang: string): AttributeIndex {
  let index = attributeIndexes.get(lang);
  if (!index) {
    index = { exact: new Map(), stems: [], phrases: new Map(), unspaced: [] };
    const unspacedLang = UNSPACED_LANGS.has(lang);
    for (const def of ATTRIBUTES) {
      // Tech press in every language borrows English words; the longer ones are safe to look for anywhere.
      const list = [...(def.words[lang] ?? []), ...(lang !== 'en' ? (def.words.en ?? []).filter((w) => w.length > 4) : [])];
      for (const raw of new Set(list.map((w) => w.toLowerCase()))) {
        if (CJK_START.test(raw) || (unspacedLang && !/^[a-z]/.test(raw))) index.unspaced.push([raw, def]);
        else if (raw.includes(' ')) {
          const words = raw.split(' ').map((w) => w.replace(/’/g, "'"));
          index.phrases.set(words[0], [...(index.phrases.get(words[0]) ?? []), [words, def]]);
        }
        else if (raw.endsWith('*')) index.stems.push([raw.slice(0, -1), def]);
        else index.exact.set(raw, [...(index.exact.get(raw) ?? []), def]);
      }
    }
    attributeIndexes.set(lang, index);
  }
  return index;
}

/**
 * The elided articles, pronouns and prepositions French and Italian write on the word after them with an apostrophe
 * (`l'`, `d'`, `qu'`; `dell'`, `all'`, `nell'`, `un'`).
 */
const ELIDED_WORD: Readonly<Record<string, RegExp>> = {
  fr: /^(?:l|d|qu|j|n|s|c|m|t|jusqu|lorsqu|puisqu)'(?=\p{L})/u,
  it: /^(?:l|d|un|dell|all|dall|nell|sull|quell|coll|dev|c)'(?=\p{L})/u,
};

/** A sentence's tokens in lowercase, with ’ written '. */
interface Token { word: string; start: number; end: number }

/** Whether the tokens from `k` on are the phrase's words. */
function phraseAt(tokens: Token[], words: string[], k: number): boolean {
  for (let j = 0; j < words.length; j++) if (tokens[k + j]?.word !== words[j]) return false;
  return true;
}

/** The hits of one word (a token, or what follows its elided article at `at`): exact words, then stems, in list order. */
function pushWordHits(index: AttributeIndex, word: string, t: Token, at: number, offset: number, hits: AttributeHit[]): void {
  const exact = index.exact.get(word);
  if (exact) for (const def of exact) hits.push({ start: offset + t.start + at, end: offset + t.end, def });
  for (const [stem, def] of index.stems) if (word.startsWith(stem)) hits.push({ start: offset + t.start + at, end: offset + t.end, def });
}

/**
 * Attribute words in a sentence, token by token in text order: its exact words and stems (also after an elided article),
 * then the phrases that start there. Phrases are looked up by their first word, and no function is made per call (the
 * checkout runs under tsx, where each closure made is also a defineProperty): this runs for every sentence with a number.
 */
export function attributeHits(sentence: string, offset: number, lang: string): AttributeHit[] {
  const index = indexFor(lang);
  const hits: AttributeHit[] = [];
  const tokens: Token[] = [];
  for (const m of allMatches(TOKEN, sentence.toLowerCase())) {
    tokens.push({ word: m[0].includes('’') ? m[0].replace(/’/g, "'") : m[0], start: m.index, end: m.index + m[0].length });
  }
  const elision = ELIDED_WORD[lang];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    // A word after an elided article or preposition (`l'emploi`, `dell'occupazione`) is matched without it too.
    const elided = elision?.exec(t.word)?.[0].length ?? 0;
    pushWordHits(index, t.word, t, 0, offset, hits);
    if (elided) pushWordHits(index, t.word.slice(elided), t, elided, offset, hits);
    const phrases = index.phrases.get(t.word);
    if (phrases) for (const [words, def] of phrases) if (phraseAt(tokens, words, k)) hits.push({ start: offset + t.start, end: offset + tokens[k + words.length - 1].end, def });
  }
  if (index.unspaced.length > 0 && isUnspacedText(sentence)) {
    const lower = sentence.toLowerCase();
    for (const [word, def] of index.unspaced) {
      for (let i = lower.indexOf(word); i >= 0; i = lower.indexOf(word, i + 1)) hits.push({ start: offset + i, end: offset + i + word.length, def });
    }
  }
  return hits;
}

const isUnspacedText = (s: string) => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(s);

export const gap = (a: Hit, b: Hit) => (a.end <= b.start ? b.start - a.end : b.end <= a.start ? a.start - b.end : 0);
