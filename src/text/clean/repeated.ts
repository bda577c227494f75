// Cross-document boilerplate: a block printed on many pages of the same site or folder (a disclaimer, a newsletter
// pitch, a "related" widget) is template text, however article-like it reads. Pure counting here: the clean stage
// records the hashes of each page's blocks, the runner counts them per folder in every run and hands each folder's
// repeated hashes back to the clean stage as an option, which moves those paragraphs to `removed` as 'repeated'.
// Counts are per page (a block repeated inside one page counts once), keyed by a hash of the normalised text.
import type { CleanDocument } from '../../types.ts';
import { codeUnitTable } from '../language/scripts.ts';

/** A block must appear on at least this many pages: two pages sharing a paragraph may quote the same statement. */
export const MIN_REPEAT_PAGES = 3;
/**
 * ...and on at least this share of the folder's pages. Template text sits on nearly every page of its site, while the
 * same press quote or agency paragraph reused by a few articles is content the compare stage wants to see.
 */
export const MIN_REPEAT_SHARE = 0.5;
/** Blocks shorter than this (after normalisation) are not counted: "Share", "Tags:" are the line rules' job. */
export const MIN_BLOCK_CHARS = 12;

/**
 * Lowercase, digits folded to 0 (dates and counters in footers change per page), whitespace and punctuation collapsed:
 * NFKC, lowercase, every run of numbers (\p{N}) → '0', every run of whitespace, punctuation and symbols → ' ', trimmed.
 * One pass over a per-character class table instead of two Unicode-property replaces (which were 7% of clean's
 * time); the two classes do not overlap, so one pass gives what the two replaces in turn gave.
 */
export function normaliseBlock(text: string): string {
  const s = text.normalize('NFKC').toLowerCase();
  let out = '';
  let keptFrom = -1; // start of the run of kept characters being read, -1 when none
  let previous = KEPT; // class of the previous run written
  for (let i = 0; i < s.length; ) {
    const code = s.charCodeAt(i);
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1));
    const cls = pair ? classify(s.slice(i, i + 2)) : bmpClass(code);
    const at = i;
    i += pair ? 2 : 1;
    if (cls === KEPT) { if (keptFrom < 0) keptFrom = at; continue; }
    if (keptFrom >= 0) { out += s.slice(keptFrom, at); keptFrom = -1; previous = KEPT; }
    if (cls !== previous) { out += cls === NUMBER ? '0' : ' '; previous = cls; }
  }
  if (keptFrom >= 0) out += s.slice(keptFrom);
  return out.trim();
}

const KEPT = 1, NUMBER = 2, SEPARATOR = 3;
/** Class of each UTF-16 code unit (a lone surrogate is kept as it is). */
const bmpClass = codeUnitTable((unit, code) => (isLoneSurrogate(code) ? KEPT : classify(unit)));

function classify(char: string): number {
  return /\p{N}/u.test(char) ? NUMBER : /[\s\p{P}\p{S}]/u.test(char) ? SEPARATOR : KEPT;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
const isLoneSurrogate = (code: number) => code >= 0xd800 && code <= 0xdfff;

/** 53-bit FNV-1a style hash of the normalised block (two 32-bit lanes), as a base-36 string. */
export function blockHash(text: string): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return base36((h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff));
}

const BASE36_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
/** `n.toString(36)` for a non-negative integer below 2^53 (exact in doubles), without the engine's general radix conversion. */
function base36(n: number): string {
  let out = '';
  do {
    out = BASE36_DIGITS[n % 36] + out;
    n = Math.floor(n / 36);
  } while (n > 0);
  return out;
}

/**
 * Whether a block's normaliseBlock is shorter than MIN_BLOCK_CHARS without normalising it: ASCII text shorter than
 * that (NFKC and lowercasing leave ASCII as long as it is and the pass only shortens it; other characters may grow
 * under NFKC). A page of 333,000 one-character paragraphs normalised each (bench:hostile).
 */
export function surelyTooShort(block: string): boolean {
  if (block.length >= MIN_BLOCK_CHARS) return false;
  for (let i = 0; i < block.length; i++) if (block.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** The distinct hashes of a page's blocks that are long enough to count. */
export function pageBlockHashes(blocks: string[]): string[] {
  const hashes = new Set<string>();
  for (const block of blocks) {
    if (surelyTooShort(block)) continue;
    const norm = normaliseBlock(block);
    if (norm.length >= MIN_BLOCK_CHARS) hashes.add(blockHash(norm));
  }
  return [...hashes];
}

/** The block hashes of one folder's pages that are on at least MIN_REPEAT_PAGES pages and MIN_REPEAT_SHARE of them, sorted. */
export function repeatedHashes(pages: string[][]): string[] {
  const counts = new Map<string, number>();
  for (const hashes of pages) for (const h of new Set(hashes)) counts.set(h, (counts.get(h) ?? 0) + 1);
  const needed = Math.max(MIN_REPEAT_PAGES, MIN_REPEAT_SHARE * pages.length);
  return [...counts].filter(([, n]) => n >= needed).map(([h]) => h).sort();
}

/** The document with the paragraphs whose hash is in `repeated` moved to `removed` with reason 'repeated'. */
export function dropRepeatedParagraphs(doc: CleanDocument, repeated: ReadonlySet<string>): CleanDocument {
  if (repeated.size === 0) return doc;
  const isRepeated = (text: string) => {
    const norm = normaliseBlock(text);
    return norm.length >= MIN_BLOCK_CHARS && repeated.has(blockHash(norm));
  };
  const dropped = doc.paragraphs.filter((p) => isRepeated(p.text));
  if (dropped.length === 0) return doc;
  return {
    ...doc,
    paragraphs: doc.paragraphs.filter((p) => !dropped.includes(p)),
    removed: [...doc.removed, ...dropped.map((p) => ({ text: p.text, reason: 'repeated' as const }))],
  };
}
