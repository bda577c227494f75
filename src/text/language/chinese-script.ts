// Simplified or traditional Chinese, by character statistics.
// No language detector but CLD2 separates the two, yet the store and the export need `zh` + `Hans`/`Hant`.
// opencc-js ships OpenCC's character tables offline: a character that OpenCC converts when going from
// simplified to traditional (and that traditional text never keeps as is) is a simplified-only character, and
// the other way round. Counting both kinds decides the script; a text with neither (short, or only characters
// the two share, like 中文) falls back to the page's hint (<html lang="zh-TW">), then to simplified.
import { Converter, Locale } from 'opencc-js/t2cn';
import type { ChineseScript } from '../../types.ts';

/**
 * Characters that OpenCC's character tables convert but that also appear unchanged in the other script's
 * phrases (OpenCC's STPhrases / TSPhrases keep them in some words: 皇后, 台灣, 乾隆, 於是 in simplified),
 * so they decide nothing. Computed from opencc-js 1.x by test/language.test.ts, which fails if the tables change;
 * kept here because loading the 1 MB phrase table would cost about 80 ms of start-up.
 */
export const SHARED_SIMPLIFIED =
  '万丑丰么于云仆价伙余佣党准几凶划占厂厘台叶吁吃后咨咸夸尸岩岳帘干广征恒愿据斗朴杠杰柜涂涌淀游熏皂确种筑緼胜腊腌膻苧苹范荐藴虫虱蜡跖輼辟适郁醖采里霉麽';
export const SHARED_TRADITIONAL = '乾剋劄吒徵扞於昇氾濛祕緼脩苧蒐薹藴袷計谿輼醖釐陞麽';

/**
 * Decisive characters needed before the text's own statistics beat the page hint. One decisive character in a
 * short paragraph is evidence, but a page hint (zh-TW) that disagrees with a single character wins.
 */
export const MIN_DECISIVE_AGAINST_HINT = 2;

let simplifiedOnly: Set<string> | null = null;
let traditionalOnly: Set<string> | null = null;
let loading: Promise<void> | null = null;

type DictModule = { default: string };
function charTable(dict: string): Set<string> {
  const out = new Set<string>();
  for (const entry of dict.split('|')) {
    const [from, ...to] = entry.split(' ');
    if (from && to.length && !to.includes(from)) out.add(from);
  }
  return out;
}

/** Loads OpenCC's two character tables (about 60 KB; about 10 ms). Safe to call many times. */
export function initChineseScript(): Promise<void> {
  return (loading ??= (async () => {
    // The subpaths have no type declarations; a string specifier keeps tsc from asking for them.
    const spec = (name: string) => `opencc-js/dict/${name}`;
    const [st, ts] = (await Promise.all([import(spec('STCharacters')), import(spec('TSCharacters'))])) as DictModule[];
    const simp = charTable(st!.default);
    const trad = charTable(ts!.default);
    for (const c of SHARED_SIMPLIFIED) simp.delete(c);
    for (const c of SHARED_TRADITIONAL) trad.delete(c);
    simplifiedOnly = simp;
    traditionalOnly = trad;
  })());
}

export interface ChineseScriptCounts {
  simplified: number;
  traditional: number;
}

/** Simplified-only and traditional-only characters in `text` (needs initChineseScript()). */
export function countChineseScript(text: string): ChineseScriptCounts {
  if (!simplifiedOnly || !traditionalOnly) throw new Error('initChineseScript() has not finished');
  let simplified = 0;
  let traditional = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x3400) continue;
    if (simplifiedOnly.has(ch)) simplified++;
    else if (traditionalOnly.has(ch)) traditional++;
  }
  return { simplified, traditional };
}

/** The script a page hint names: zh-TW, zh-HK, zh-MO, zh-Hant → Hant; zh-CN, zh-SG, zh-Hans → Hans; else null. */
export function chineseScriptFromHint(hint: string | null | undefined): ChineseScript | null {
  if (!hint) return null;
  const h = hint.trim().toLowerCase().replace(/_/g, '-');
  if (!/^zh\b|^(cmn|yue)\b/.test(h)) return null;
  if (/-hant\b|-(tw|hk|mo)\b/.test(h) || h.startsWith('yue')) return 'Hant';
  if (/-hans\b|-(cn|sg|my)\b/.test(h)) return 'Hans';
  return null;
}

export interface ChineseScriptDecision {
  script: ChineseScript;
  /** 0..1: how sure the decision is (0.5 when it rests on nothing). */
  confidence: number;
  /** Where it came from. */
  source: 'text' | 'hint' | 'default';
}

/**
 * Simplified or traditional for a Chinese text: by decisive characters, else the hint, else simplified
 * (the larger share of Chinese text on the web).
 */
export function decideChineseScript(text: string | ChineseScriptCounts, hint?: string | null): ChineseScriptDecision {
  const counts = typeof text === 'string' ? countChineseScript(text) : text;
  const hinted = chineseScriptFromHint(hint);
  const decisive = counts.simplified + counts.traditional;
  if (decisive > 0) {
    const script: ChineseScript = counts.traditional > counts.simplified ? 'Hant' : 'Hans';
    const majority = Math.max(counts.simplified, counts.traditional);
    if (!hinted || hinted === script || majority >= MIN_DECISIVE_AGAINST_HINT) {
      // Laplace-smoothed majority: 1 decisive character → 0.67, 10 of 10 → 0.92.
      return { script, confidence: (majority + 1) / (decisive + 2), source: 'text' };
    }
  }
  if (hinted) return { script: hinted, confidence: 0.6, source: 'hint' };
  return { script: 'Hans', confidence: 0.5, source: 'default' };
}

/** The converter, and the lowest code point any of its tables starts a key with (text entirely below it passes through unchanged). */
let simplifier: { convert: (text: string) => string; lowestKey: number } | null = null;

/**
 * The lowest first code point of the keys in the converter's tables (normalisation, segmentation, conversion):
 * about U+346F, so Latin, Cyrillic, kana and most punctuation never reach a table. 0 (convert everything) when
 * the package's tables are not laid out as expected.
 */
function lowestKeyCodePoint(): number {
  const config = (Locale as unknown as { configs?: Record<string, unknown> }).configs?.tw2s;
  if (!config) return 0;
  let lowest = Infinity;
  const visit = (node: unknown): boolean => {
    if (typeof node === 'string') {
      // A dictionary: "from to|from to|..."
      for (const entry of node.split('|')) {
        const cp = entry.codePointAt(0);
        if (cp !== undefined && cp !== 0x20 && cp < lowest) lowest = cp;
      }
      return true;
    }
    return Array.isArray(node) && node.every(visit);
  };
  if (!Object.values(config).every(visit) || lowest === Infinity) return 0;
  return lowest;
}

/**
 * Traditional Chinese (Taiwan forms) converted to simplified, for matching keys and for the simplified-only
 * stopword list; other text passes through. The converter (OpenCC's t2cn tables) is built on first use.
 */
export function toSimplified(text: string): string {
  const { convert, lowestKey } = (simplifier ??= { convert: Converter({ from: 'tw', to: 'cn' }), lowestKey: lowestKeyCodePoint() });
  // OpenCC only changes text at characters that start a key of one of its tables; a text with no code unit that
  // high (surrogates are above it too) comes back unchanged, and the conversion walks a trie per character.
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) >= lowestKey) return convert(text);
  }
  return text;
}
