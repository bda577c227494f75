// Cross-document boilerplate: a block printed on many pages of the same site or folder (a disclaimer, a newsletter
// pitch, a "related" widget) is template text, however article-like it reads. Pure counting here; the runner feeds it
// the clean paragraphs of each page of a folder, then asks which blocks are repeated and marks them 'repeated'.
// Counts are per folder and per page (a block repeated inside one page counts once), keyed by a hash of the
// normalised text, and the counter serialises to plain JSON so a run can keep it between pages and runs.
import type { CleanDocument } from '../types.ts';

/** A block must appear on at least this many pages: two pages sharing a paragraph may quote the same statement. */
export const MIN_REPEAT_PAGES = 3;
/**
 * ...and on at least this share of the folder's pages. Template text sits on nearly every page of its site, while the
 * same press quote or agency paragraph reused by a few articles is content the compare stage wants to see.
 */
export const MIN_REPEAT_SHARE = 0.5;
/** Blocks shorter than this (after normalisation) are not counted: "Share", "Tags:" are the line rules' job. */
export const MIN_BLOCK_CHARS = 12;

/** Lowercase, digits folded to 0 (dates and counters in footers change per page), whitespace and punctuation collapsed. */
export function normaliseBlock(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\p{N}+/gu, '0').replace(/[\s\p{P}\p{S}]+/gu, ' ').trim();
}

/** 53-bit FNV-1a style hash of the normalised block (two 32-bit lanes), as a base-36 string. */
export function blockHash(text: string): string {
  let h1 = 0x811c9dc5, h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return ((h1 >>> 0) * 0x200000 + ((h2 >>> 0) & 0x1fffff)).toString(36);
}

export interface RepeatedCounts {
  /** folder → number of pages seen */
  pages: Record<string, number>;
  /** folder → block hash → number of pages containing it */
  blocks: Record<string, Record<string, number>>;
}

export class RepeatedBlockCounter {
  private pages = new Map<string, number>();
  private blocks = new Map<string, Map<string, number>>();

  /** Count one page's blocks (each distinct block once). */
  addPage(folder: string, blocks: string[]): void {
    this.pages.set(folder, (this.pages.get(folder) ?? 0) + 1);
    let counts = this.blocks.get(folder);
    if (!counts) this.blocks.set(folder, (counts = new Map()));
    const seen = new Set<string>();
    for (const block of blocks) {
      const norm = normaliseBlock(block);
      if (norm.length < MIN_BLOCK_CHARS) continue;
      const key = blockHash(norm);
      if (seen.has(key)) continue;
      seen.add(key);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }

  pagesIn(folder: string): number {
    return this.pages.get(folder) ?? 0;
  }

  /** On how many pages of the folder this block appears. */
  count(folder: string, block: string): number {
    const norm = normaliseBlock(block);
    if (norm.length < MIN_BLOCK_CHARS) return 0;
    return this.blocks.get(folder)?.get(blockHash(norm)) ?? 0;
  }

  /** True when the block is on at least MIN_REPEAT_PAGES pages and MIN_REPEAT_SHARE of the folder's pages. */
  isRepeated(folder: string, block: string): boolean {
    const n = this.count(folder, block);
    return n >= MIN_REPEAT_PAGES && n >= MIN_REPEAT_SHARE * this.pagesIn(folder);
  }

  toJSON(): RepeatedCounts {
    const blocks: RepeatedCounts['blocks'] = {};
    for (const [folder, counts] of this.blocks) blocks[folder] = Object.fromEntries(counts);
    return { pages: Object.fromEntries(this.pages), blocks };
  }

  static fromJSON(data: RepeatedCounts): RepeatedBlockCounter {
    const counter = new RepeatedBlockCounter();
    for (const [folder, n] of Object.entries(data.pages)) counter.pages.set(folder, n);
    for (const [folder, counts] of Object.entries(data.blocks)) counter.blocks.set(folder, new Map(Object.entries(counts)));
    return counter;
  }
}

/** A counter over many pages at once: `pages` are the clean paragraphs of each page with its folder. */
export function countRepeatedBlocks(pages: Array<{ folder: string; blocks: string[] }>): RepeatedBlockCounter {
  const counter = new RepeatedBlockCounter();
  for (const page of pages) counter.addPage(page.folder, page.blocks);
  return counter;
}

/** The document with its repeated paragraphs moved to `removed` with reason 'repeated'. */
export function dropRepeatedParagraphs(doc: CleanDocument, folder: string, counter: RepeatedBlockCounter): CleanDocument {
  const repeated = doc.paragraphs.filter((p) => counter.isRepeated(folder, p.text));
  if (repeated.length === 0) return doc;
  return {
    ...doc,
    paragraphs: doc.paragraphs.filter((p) => !repeated.includes(p)),
    removed: [...doc.removed, ...repeated.map((p) => ({ text: p.text, reason: 'repeated' as const }))],
  };
}
