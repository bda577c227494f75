// Plain-text pages (what a text-extracting scraper saved) → article paragraphs plus every removed block with its reason.
// 1. Split into blocks: blank-line separated, or one line per block when the page has no blank lines.
// 2. Line rules (line-rules.ts) mark chrome lines: breadcrumbs, tickers, bylines, share bars, comment chrome, ...
// 3. Section rules: a comment header starts the comment thread (everything after it is chrome); a related-articles
//    header turns its block into links; short lines inside a mostly-removed block go with their block.
// 4. The title is the first heading-like line; later copies of it are removed.
// 5. What the rules keep goes through the line classifier (line-classifier.ts: logistic regression over each line's
//    and its neighbours' features, a context pass, boosted trees correcting it, and a second context pass over the
//    trees' probabilities), which decides what they could not; its drops are 'boilerplate'. The lines of one block are
//    decided together (line-decode.ts: a Viterbi path with transitions learnt from the training labels).
// 6. Budgets (issue 15): the lines after the first MAX_CLASSIFIED_LINES go through cleanTail, and a line longer than
//    MAX_CLASSIFIED_LINE_CHARS is decided without the classifier; both sit well above any real page.
// Markdown marks (links, emphasis, heading hashes) are read off each line first (markdown.ts), and hard-wrapped
// paragraphs joined back (wrapped-lines.ts), so every rendering a scraper writes reaches the rules as lines of words.
import type { CleanDocument, CleanParagraph, RemovalReason, RemovedBlock } from '../../../types.ts';
import { LANGUAGE_SAMPLE_CHARS, UNSPACED_CHAR_WEIGHT, effectiveLength, stoplistLanguage } from '../blocks.ts';
import {
  MAX_CHROME_LINE, TAGGED_TITLE, authorOf, fold, isCommentHeader, isDatedListEntry, isListItem, isRelatedHeader,
  lineReason, stripBullet, stripMarkers,
} from './line-rules.ts';
import { isTitleLike, parseDate, siteNameFromCopyright, stripSiteSuffix } from './metadata.ts';
import { ROUGH_SAMPLE_CHARS, roughLanguage } from './rough-lang.ts';
import { toSimplified } from '../../language/chinese-script.ts';
import type { LineUnit } from './line-features.ts';
import { scoreLines, shippedLineModel, type LineModel } from './line-classifier.ts';
import { readMarkdownLine } from './markdown.ts';
import { decodeLines } from './line-decode.ts';
import { unwrapGroup, wrapWidth } from './wrapped-lines.ts';
import { TextIds } from '../../text-ids.ts';

/** A line this long (Latin-equivalent chars) is a paragraph of its own, even without blank lines around it. */
export const LONG_LINE = 150;
/**
 * A line left unclassified inside a block whose other lines are mostly chrome goes with them when it is at most this
 * long: the username above `arrow-up`, the "Neu im Download-Bereich" between footer links, the author name above a date.
 */
export const MAX_ABSORBED_LINE = 60;
/** A heading is one short line; CJK headings like `01異軍突起的開源模型` weigh about 30 here after scaling. */
export const MAX_HEADING_LENGTH = 120;
/** A summary between two related-article entries is one of them when it is this short; longer text is article. */
export const MAX_RELATED_SUMMARY = 600;

/**
 * When the classifier would keep nothing, lines scoring at least this share of the best line's score are kept: a page
 * unlike anything it was trained on should come out whole rather than empty.
 */
const KEEP_BEST_SHARE = 0.5;
/**
 * A line the rules left that ends like a sentence and is at least this long (Latin-equivalent chars, about 15 words)
 * is kept whatever the classifier says. On extraction-text-dev (in-sample model) 100 and 150 gave the same F1 (0.861,
 * 0.862) and no floor 0.861; 100 keeps the short closing paragraphs of CJK articles the classifier is least sure of.
 */
export const MIN_PROSE_LENGTH = 100;
/**
 * ...unless the line model gives it less than this: a long sentence it is sure about is a newsletter pitch, an author
 * bio, a licence note. On extraction-text-dev and the other renderings (5-fold cross-validated, 2026-12-06) floors of
 * 0.1 and 0.2 gave the same F1 but on markdown (+0.011, +0.013 over none). With the cohesion and second-person
 * features (a pitch or a bio now scores lower), 0.3 against 0.1: F1 +0.001 to +0.004 on the five European renderings,
 * precision +0.005 to +0.011, and 0.5 no better than 0.3 (same run, 2026-12-06). With the boosted trees and the stacked
 * pass (sharper scores), 0.2, 0.25 and 0.3 gave the same F1 within ±0.004 on every rendering (5-fold cross-validated,
 * 2026-12-06); 0.25, since the floor is there for pages in languages the model never saw (the closing sentence of
 * corpus/'s Japanese article scores 0.28).
 */
export const MIN_PROSE_SCORE = 0.25;
/**
 * Kept text separated from the rest by at least this many removed lines is an island (see dropIslands). 4 and 6 gave
 * the same F1 on the five renderings (5-fold cross-validated); 6 removes less.
 */
export const ISLAND_GAP = 6;
/** An island this long (Latin-equivalent chars, about two paragraphs; jusText's long block is 200) is article text. */
export const MAX_ISLAND_LENGTH = 300;
/** ...and so is one at least this share of the largest island: a second article section after a gallery or an ad. */
export const MAX_ISLAND_SHARE = 0.25;
/** Islands are dropped only when the largest holds at least this share of the kept text: the page is one article. */
export const MIN_MAIN_ISLAND_SHARE = 0.5;
/**
 * jusText's max_heading_distance (its default): kept text this close (chars) after a heading makes it the heading of
 * that text. On the five renderings (5-fold cross-validated) F1 moved by −0.002 to +0.002, and by +0.004 to +0.019 on
 * the Chinese pages.
 */
const MAX_HEADING_DISTANCE = 200;
/** A sentence right after kept text is kept from this length (about seven words): shorter ones are labels and buttons. */
export const MIN_CONTINUING_SENTENCE = 40;

/**
 * `kept`: whether the classifier's passes keep the line (KeptLines). `size`: effectiveLength of `text`, measured once
 * (sizeOf): the passes ask it of each line six or seven times, each a scan of the line (bench:clean-text).
 */
export interface Line {
  text: string; reason: RemovalReason | null; linkShare: number; heading: boolean; kept?: boolean; size?: number;
  /** Filled by lineUnits, which hands the page's Lines themselves to the classifier as its LineUnits (lineUnits). */
  listItem?: boolean; ruled?: boolean; group?: number; groupSize?: number;
}

/** A Line as ruled, not yet kept, its unit fields at their defaults (every Line of one shape, filled in by lineUnits). */
const newLine = (text: string, reason: RemovalReason | null, linkShare: number, heading: boolean, size: number | undefined): Line =>
  ({ text, reason, linkShare, heading, kept: false, size, listItem: false, ruled: false, group: 0, groupSize: 0 });
const sizeOf = (l: Line): number => (l.size ??= effectiveLength(l.text));
export type Chunk = Line[];

/** The lines the classifier's passes keep: a Set of them, or the flags of KeptLines. */
export interface LineSet { readonly size: number; has(line: Line): boolean; add(line: Line): unknown; delete(line: Line): unknown }

/**
 * The kept lines of a page as a flag on each line: a Set of them held 15 MB on a page of 333,000 one-character lines,
 * and each pass looked every line up in it (bench:hostile).
 */
class KeptLines implements LineSet {
  size = 0;
  has(line: Line): boolean { return line.kept === true; }
  add(line: Line): void { if (!line.kept) { line.kept = true; this.size++; } }
  delete(line: Line): void { if (line.kept) { line.kept = false; this.size--; } }
}

/** Unicode's sentence terminals (the danda ।, Urdu ۔, Ethiopic ።, … besides . ! ? 。), an ellipsis, or a closing quote or bracket. */
const SENTENCE_END = /(?:\p{Sentence_Terminal}|[…"”」』)）])$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/**
 * `test` remembering its last answer: a page that repeats a line (a menu item, `Reply`, 333,000 lines of `a` in
 * bench:hostile) asks the same of each copy in a row, and each asking ran its regular expressions again.
 */
function askedInARow(test: (text: string) => boolean): (text: string) => boolean {
  let last: string | null = null;
  let answer = false;
  return (text) => {
    if (text !== last) { answer = test(text); last = text; }
    return answer;
  };
}
const listItem = askedInARow(isListItem);
const headingLike = askedInARow(isHeading);
// The section rules ask these of every line, each a pattern: a run of the same line asks once.
const commentHeader = askedInARow(isCommentHeader);
const relatedHeader = askedInARow(isRelatedHeader);
const datedListEntry = askedInARow(isDatedListEntry);
const taggedTitle = askedInARow((text) => TAGGED_TITLE.test(text));

/** Blank-line separated blocks of lines; one line per block when the page has no blank lines, or inside a block of long lines. */
export function splitBlocks(text: string): string[][] {
  const blocks: string[][] = [];
  forEachBlock(text, (lines, start, end) => blocks.push(lines.slice(start, end)));
  return blocks;
}

/**
 * Each block of splitBlocks as `lines[start..end)`, not as an array of its own: ruledLines reads each line once, and a
 * page of 333,000 one-line blocks made as many arrays (18 MB, bench:hostile) only for that.
 */
function forEachBlock(text: string, visit: (lines: string[], start: number, end: number) => void): void {
  const page = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  // The non-blank lines alone, and where each group of them starts and ends in that array, in pairs: an array of every
  // line held the blank ones too (a million on a page of 333,000 one-character lines, each trimmed, bench:hostile).
  // wrapWidth reads only lines of 40 characters or more that are not blank.
  const lines: string[] = [];
  const bounds: number[] = [];
  let inGroup = false;
  for (let from = 0; from <= page.length;) {
    let to = page.indexOf('\n', from);
    if (to < 0) to = page.length;
    const line = page.slice(from, to);
    from = to + 1;
    if (line.trim() === '') { if (inGroup) bounds.push(lines.length); inGroup = false; continue; }
    if (!inGroup) bounds.push(lines.length);
    inGroup = true;
    lines.push(line);
  }
  if (inGroup) bounds.push(lines.length);
  const width = wrapWidth(lines);
  if (width) {
    for (let g = 0; g < bounds.length; g += 2) {
      const unwrapped = unwrapGroup(lines.slice(bounds[g], bounds[g + 1]), width);
      visit(unwrapped, 0, unwrapped.length);
    }
    return;
  }
  const longLines = (from: number, to: number) => {
    let n = 0;
    for (let i = from; i < to; i++) if (effectiveLength(lines[i].trim()) >= LONG_LINE) n++;
    return n;
  };
  const ofLongLines = (g: number) => bounds[g + 1] - bounds[g] >= 2 && longLines(bounds[g], bounds[g + 1]) >= 2;
  const oneGroup = bounds.length === 2;
  for (let g = 0; g < bounds.length; g += 2) {
    if (oneGroup || ofLongLines(g)) for (let i = bounds[g]; i < bounds[g + 1]; i++) visit(lines, i, i + 1);
    else visit(lines, bounds[g], bounds[g + 1]);
  }
}

/**
 * Lines of a page that go through the line rules and the classifier; the lines after them (the `tail` of ruledLines)
 * go through cleanTail, a cheaper pass linear in their length, as trafilatura bounds the trees it will walk
 * (max_tree_size). The longest real text page seen has 6,571 lines (the lines lineUnits gives, after the hard-wrapped
 * lines are joined: extraction-text-dev's 435 pages; 3,594 in the markdown, inscriptis, link-lines and paragraphs
 * renderings of the same pages, scripts/render-text-pages.ts; fewer on corpus/ and the seed pages, measured
 * 2026-12-07): three times that. A page of 166,000 short distinct lines took 3 s in the classifier's passes
 * (bench:hostile).
 */
export const MAX_CLASSIFIED_LINES = 20_000;
/**
 * A line longer than this (UTF-16 code units) is not given to the classifier: it is kept unless a line rule removes it
 * (lineUnits leaves it out, classify keeps it), as the classifier keeps a page of one such line (KEEP_BEST_SHARE). The
 * longest line of a real text page seen has 10,047 (the same pages and renderings as MAX_CLASSIFIED_LINES, with
 * corpus/ and the seed pages, measured 2026-12-07): ten times that. The words of a line of 555,000 characters of
 * mixed scripts took ICU's segmenter 1.5 s for its features (bench:hostile's mixed-scripts).
 */
export const MAX_CLASSIFIED_LINE_CHARS = 100_000;
/** Whether classify decides the line itself: too long for the classifier (MAX_CLASSIFIED_LINE_CHARS). */
const beyondClassifier = (l: Line) => l.text.length > MAX_CLASSIFIED_LINE_CHARS;

/**
 * Blocks of lines as one array of the lines and where each block ends in it (block b is lines[ends[b − 1] ?? 0 ..
 * ends[b])): an array per block was 313,000 arrays on a page of 333,000 one-line blocks (bench:hostile).
 */
export interface TailBlocks { lines: string[]; ends: number[] }

/** The blocks of `tail` as arrays of their lines (for tests and readers of a few blocks). */
export function tailBlocks(tail: TailBlocks): string[][] {
  return tail.ends.map((end, b) => tail.lines.slice(b ? tail.ends[b - 1] : 0, end));
}

/**
 * The page's lines in blocks, each with the reason the line rules remove it (null when they leave it), and its title.
 * `tail`: the blocks (their lines as strings, not ruled) after the first `budget` lines (MAX_CLASSIFIED_LINES), for
 * cleanTail; empty on any page of at most `budget` lines. A block that straddles the budget is cut there.
 */
export function ruledLines(text: string, budget = MAX_CLASSIFIED_LINES): { chunks: Chunk[]; title: string | null; markers: RemovedBlock[]; lang: string; tail: TailBlocks } {
  const markers: RemovedBlock[] = [];
  // A line repeated on the page (a menu item, `Reply`) is ruled once: a page of 333,000 lines of `a` ran the line rules
  // on each (bench:hostile). Each occurrence still gets a Line of its own, which the passes below mark one by one.
  // The ruling of each distinct raw line: its Line (null for a line of markers alone), and in `markerOf` its placeholder
  // markers (few pages have any). The first occurrence of a line takes the Line made for it, each later one a copy:
  // a page of 163,660 distinct lines made two objects per line, and a third for the ruling (bench:hostile).
  // The raw lines numbered by TextIds (text-ids.ts): a Map of them was a fifth of the rules' time on a page of 166,000
  // distinct lines (bench:hostile). ruled[id]: the Line of raw line id.
  const rawIds = new TextIds();
  const ruled: Array<Line | null> = [];
  const markerOf = new Map<string, string>();
  const rule = (raw: string): Line | null => {
    // Every placeholder marker holds 🎜: a line without one is returned as it is, without running the pattern over it.
    let unmarked = raw;
    if (raw.includes('🎜')) {
      const { text, marker } = stripMarkers(raw);
      unmarked = text;
      if (marker) markerOf.set(raw, marker);
    }
    const { text: stripped, linkShare, heading } = readMarkdownLine(unmarked);
    const trimmed = stripped.trim();
    return trimmed ? newLine(trimmed, lineReason(stripped), linkShare, heading, effectiveLength(trimmed)) : null;
  };
  const chunks: Chunk[] = [];
  // The last line's ruling, asked first: a run of the same line (333,000 lines of `a`) needs no lookup in the Map.
  let lastRaw: string | null = null;
  let found: Line | null = null;
  /** The Line of one occurrence of `raw` (null for a line of markers alone); its markers go to `markers`. */
  const lineOf = (raw: string): Line | null => {
    let fresh = false;
    if (raw !== lastRaw) {
      const known = rawIds.size;
      const id = rawIds.id(raw);
      if (id === known) { ruled.push((found = rule(raw))); fresh = true; } else found = ruled[id];
      lastRaw = raw;
    }
    if (markerOf.size > 0 && markerOf.has(raw)) markers.push({ text: markerOf.get(raw)!, reason: 'marker' });
    const l = found;
    // No pass changes a Line before every line is ruled: the first occurrence's Line is still as ruled when copied.
    // Its fields named, not a spread of l: the spread copies its properties one by one (bench:hostile).
    return !l || fresh ? l : newLine(l.text, l.reason, l.linkShare, l.heading, l.size);
  };
  // Each block's array made at its size: one line's as a literal (most blocks of a page of short lines), a longer
  // block's copied from a scratch array. Emptying a scratch array per block (`length = 0`, a call into the runtime) and
  // copying it ran 333,000 times on a page of one-line blocks (bench:hostile); an array grown by push from empty holds
  // 17 slots for one line.
  const chunk: Chunk = [];
  const tail: TailBlocks = { lines: [], ends: [] };
  let room = budget; // lines left before the budget
  forEachBlock(text, (lines, start, end) => {
    if (room < end - start) {
      for (let i = start + room; i < end; i++) tail.lines.push(lines[i]);
      tail.ends.push(tail.lines.length);
      end = start + room;
      room = 0;
      if (end === start) return;
    } else room -= end - start;
    if (end - start === 1) {
      const l = lineOf(lines[start]);
      if (l) chunks.push([l]);
      return;
    }
    let size = 0;
    for (let i = start; i < end; i++) {
      const l = lineOf(lines[i]);
      if (l) chunk[size++] = l;
    }
    if (size > 0) chunks.push(chunk.slice(0, size));
  });

  markSections(chunks);
  // Coin-tagged titles (`…_BTC:比特币`) wait for the title to be chosen: the page's own title carries one too.
  absorbShortLines(chunks, (l) => taggedTitle(l.text));
  const title = takeTitle(chunks);
  for (const c of chunks) for (const l of c) {
    if (l.reason === null && taggedTitle(l.text) && sizeOf(l) <= MAX_CHROME_LINE) l.reason = 'related';
  }
  absorbShortLines(chunks);
  markRelatedSummaries(chunks);

  // The lines the rules left, joined by line breaks as far as roughLanguage reads (its first ROUGH_SAMPLE_CHARS): the
  // whole page joined was a string of 1 MB on a page of 163,660 short lines, for the 20,000 characters it looks at.
  let sample = '';
  let first = true;
  for (const c of chunks) for (const l of c) {
    if (l.reason || sample.length >= ROUGH_SAMPLE_CHARS) continue;
    sample = first ? l.text : sample + '\n' + l.text;
    first = false;
  }
  const lang = roughLanguage(sample);
  return { chunks, title, markers, lang, tail };
}

export function cleanPlainText(text: string, model: LineModel = shippedLineModel()): CleanDocument {
  const { chunks, title, markers, lang, tail } = ruledLines(text);
  const { paragraphs, removed } = classify(chunks, lang, model);
  if (tail.ends.length) {
    const rest = cleanTail(tail);
    for (const p of rest.paragraphs) paragraphs.push(p);
    for (const r of rest.markers) markers.push(r);
    for (const r of rest.removed) removed.push(r);
  }
  return {
    title,
    ...pageMetadata(chunks),
    langHint: null,
    paragraphs,
    removed: [...markers, ...removed],
    method: 'text',
  };
}

/**
 * The blocks after MAX_CLASSIFIED_LINES lines (ruledLines' `tail`), cleaned line by line without the classifier, the
 * section rules or the title: a line is kept when it is prose by the classifier's own floor (at least MIN_PROSE_LENGTH
 * long and ending like a sentence: the paragraphs of a book-length page) and no line rule removes it; every other
 * line (headings, list items, short paragraphs, menus) is removed as 'boilerplate'. A block's kept lines make one
 * paragraph, consecutive removed lines one removal, as in classify. Linear: a line shorter than MIN_PROSE_LENGTH
 * code units is let go unread (no unspaced character weighs more than UNSPACED_CHAR_WEIGHT, see tooShortForProse).
 */
export function cleanTail(tail: TailBlocks): { paragraphs: CleanParagraph[]; removed: RemovedBlock[]; markers: RemovedBlock[] } {
  const paragraphs: CleanParagraph[] = [];
  const removed: RemovedBlock[] = [];
  const markers: RemovedBlock[] = [];
  // The removed lines since the last kept block, one removal, joined when a kept block ends it (one join, not a
  // string grown line by line); the kept lines of the block at hand, gathered only once there is one.
  const run: string[] = [];
  let kept: string[] | null = null;
  const endRun = () => {
    if (run.length) removed.push({ text: run.join('\n'), reason: 'boilerplate' });
    run.length = 0;
  };
  for (let b = 0, i = 0; b < tail.ends.length; b++) {
    kept = null;
    for (const end = tail.ends[b]; i < end; i++) {
      const raw = tail.lines[i];
      let line = raw;
      if (raw.includes('🎜')) {
        const { text, marker } = stripMarkers(raw);
        if (marker) markers.push({ text: marker, reason: 'marker' });
        line = text;
      }
      const prose = tooShortForProse(line) ? null : proseLine(line);
      if (prose !== null) (kept ??= []).push(prose);
      else {
        const trimmed = line.trim();
        if (trimmed) run.push(trimmed);
      }
    }
    if (kept === null) continue;
    // The block's removed lines and those before it are one removal, listed before its paragraph (as classify's are).
    endRun();
    paragraphs.push({ text: joinLines(kept), kind: 'p' });
  }
  endRun();
  return { paragraphs, removed, markers };
}

/** Whether a line is too short to be prose (MIN_PROSE_LENGTH) however its characters weigh: its length in code units is a bound. */
const tooShortForProse = (line: string) => line.length * UNSPACED_CHAR_WEIGHT < MIN_PROSE_LENGTH;

/** A line of cleanTail as the rules read it (markdown marks removed, trimmed) when it is kept as prose, else null. */
function proseLine(line: string): string | null {
  const stripped = readMarkdownLine(line).text;
  const trimmed = stripped.trim();
  if (effectiveLength(trimmed) < MIN_PROSE_LENGTH || !SENTENCE_END.test(trimmed)) return null;
  return lineReason(stripped) === null ? trimmed : null;
}

/** Comment threads after their header, related-article links after theirs, dated list entries anywhere. */
function markSections(chunks: Chunk[]): void {
  let inComments = false;
  let inRelated = false;
  let proseSeen = false;
  for (const chunk of chunks) {
    // A related list may run over several short blocks; anything longer than a link line ends it.
    if (inRelated && !chunk.every((l) => l.reason || (sizeOf(l) <= MAX_CHROME_LINE && !SENTENCE_END.test(l.text)))) inRelated = false;
    let labelReason: RemovalReason | null = null;
    for (const line of chunk) {
      // A comment thread follows an article: a "Comments (0)" link above the text is a header link, not the thread.
      if (proseSeen && commentHeader(line.text)) inComments = true;
      if (!line.reason && sizeOf(line) >= LONG_LINE) proseSeen = true;
      if (relatedHeader(line.text)) inRelated = true;
      if (line.reason === null && datedListEntry(line.text)) line.reason = 'related';
      if (line.reason === null && (inComments || inRelated)) line.reason = inComments ? 'comment-chrome' : 'related';
      // "Ähnliche Schlagwörter:" / "Author:" with the value on the next line: the value goes with its label.
      if (line.reason === null && labelReason && sizeOf(line) <= MAX_CHROME_LINE) line.reason = labelReason;
      labelReason = line.reason && /[:：]$/.test(fold(line.text)) ? line.reason : null;
    }
  }
}

/** Short unclassified lines in a block that is mostly chrome take the reason of their chrome neighbours. */
function absorbShortLines(chunks: Chunk[], skip: (line: Line) => boolean = () => false): void {
  for (const chunk of chunks) {
    // Counted, not filtered: an array per block, twice a page (bench:hostile's 163,660 one-line blocks).
    let removed = 0;
    for (const l of chunk) if (l.reason && l.reason !== 'short') removed++;
    if (removed === 0 || removed < chunk.length - removed) continue;
    const comment = chunk.some((l) => l.reason === 'comment-chrome');
    chunk.forEach((line, i) => {
      if (line.reason !== null && !(line.reason === 'short' && comment)) return;
      if (skip(line)) return;
      if (sizeOf(line) > MAX_ABSORBED_LINE) return;
      if (comment) { line.reason = 'comment-chrome'; return; }
      const near = nearestReason(chunk, i);
      if (!near) return;
      const nameLike = /^\p{L}[\p{L}\p{M} ._-]{1,40}$/u.test(line.text) && line.text.split(/\s+/).length <= 4;
      line.reason = (near === 'metadata' || near === 'byline') && nameLike && i === 0 ? 'byline' : near;
    });
  }
}

function nearestReason(chunk: Chunk, i: number): RemovalReason | null {
  for (let d = 1; d < chunk.length; d++) {
    for (const j of [i + d, i - d]) {
      const r = chunk[j]?.reason;
      if (r && r !== 'short') return r;
    }
  }
  return null;
}

/**
 * The first heading-like line of the page when it comes before any prose: removed from the text (the title is shown
 * on its own) together with later copies of it, such as the title repeated under a breadcrumb or as an image caption.
 */
function takeTitle(chunks: Chunk[]): string | null {
  const first = chunks.find((c) => c.some((l) => !l.reason));
  if (!first) return null;
  const kept = first.filter((l) => !l.reason);
  if (kept.length !== 1 || !isTitleLike(kept[0].text)) return null;
  const raw = kept[0].text;
  const title = stripSiteSuffix(raw);
  const copies = new Set([fold(raw), fold(title)]);
  for (const c of chunks) for (const l of c) if (!l.reason && copies.has(fold(l.text))) l.reason = 'title-repeat';
  return title;
}

/** A short summary sitting between related-article entries (a title line, a date line) belongs to the list. */
function markRelatedSummaries(chunks: Chunk[]): void {
  const allRemoved = (c: Chunk | undefined) => !!c && c.every((l) => l.reason);
  for (let i = 1; i < chunks.length; i++) {
    const chunk = chunks[i];
    if (allRemoved(chunk)) continue;
    const prev = chunks[i - 1];
    const next = chunks[i + 1];
    if (!allRemoved(prev) || !prev.some((l) => l.reason === 'related')) continue;
    if (next && !(allRemoved(next) && next.some((l) => l.reason === 'related' || l.reason === 'metadata'))) continue;
    if (effectiveLength(chunk.map((l) => l.text).join(' ')) > MAX_RELATED_SUMMARY) continue;
    for (const l of chunk) l.reason ??= 'related';
  }
}

/**
 * Every line of the page in order, as the line classifier sees it, with the chunk line it stands for. Each Line is its
 * own LineUnit (its unit fields filled in) unless the unit's text differs (Chinese, converted to simplified): an object
 * per line more was 80 bytes a line for the garbage collector to copy on a page of 333,000 lines (bench:hostile).
 * A line longer than MAX_CLASSIFIED_LINE_CHARS is left out (its listItem still filled in): classify decides it.
 */
export function lineUnits(chunks: Chunk[], lang: string): { units: LineUnit[]; lines: Line[] } {
  if (lang !== 'zh') {
    const lines: Array<Line & LineUnit> = [];
    for (let group = 0; group < chunks.length; group++) {
      const chunk = chunks[group];
      for (const l of chunk) {
        const unit = l as Line & LineUnit;
        unit.listItem = listItem(l.text); unit.ruled = l.reason !== null; unit.group = group; unit.groupSize = chunk.length;
        if (!beyondClassifier(l)) lines.push(unit);
      }
    }
    return { units: lines, lines };
  }
  const units: LineUnit[] = [];
  const lines: Line[] = [];
  chunks.forEach((chunk, group) => {
    for (const l of chunk) {
      l.listItem = listItem(l.text);
      if (beyondClassifier(l)) continue;
      // stopwords-iso's Chinese list is simplified: traditional text is converted before its stopwords are counted.
      units.push({ text: lang === 'zh' ? toSimplified(l.text) : l.text, linkShare: l.linkShare, heading: l.heading, listItem: l.listItem, ruled: l.reason !== null, group, groupSize: chunk.length });
      lines.push(l);
    }
  });
  return { units, lines };
}

/** The language whose stoplist the classifier uses: the rough page language, checked against the text (blocks.ts). */
export function pageStoplist(units: LineUnit[], lang: string): string {
  if (lang === 'zh' || lang === 'ja') return lang;
  return stoplistLanguage(longestTexts(units), lang);
}

/**
 * The texts of the lines the rules left that stoplistLanguage can read, in page order: it sorts them by length (a
 * stable sort) and reads the longest until it has LANGUAGE_SAMPLE_CHARS, so only lines at least as long as the last
 * one it reads matter, and they are a prefix of the same order. Sorting every line was a sort of 163,660 strings on a
 * page of short lines (bench:hostile). The threshold is found with a histogram of the lengths (capped: one line of
 * LANGUAGE_SAMPLE_CHARS fills the sample alone).
 */
export function longestTexts(units: LineUnit[]): string[] {
  const counts = new Int32Array(LANGUAGE_SAMPLE_CHARS + 1);
  for (const u of units) if (!u.ruled) counts[Math.min(u.text.length, LANGUAGE_SAMPLE_CHARS)]++;
  let shortest = 0;
  // The sample's length after the lines of each length from the longest down (each line adds its length and a break).
  for (let length = LANGUAGE_SAMPLE_CHARS, sampled = 0; length >= 0; length--) {
    sampled += counts[length] * (length + 1);
    if (sampled >= LANGUAGE_SAMPLE_CHARS) { shortest = length; break; }
  }
  const texts: string[] = [];
  for (const u of units) if (!u.ruled && u.text.length >= shortest) texts.push(u.text);
  return texts;
}

/** A sentence right after kept text continues it: the closing line of an article, a short paragraph between two long ones. */
function keepContinuingSentences(lines: Line[], keep: LineSet): void {
  let previous: Line | null = null;
  for (const l of lines) {
    if (l.reason) continue;
    if (previous && keep.has(previous) && sizeOf(l) >= MIN_CONTINUING_SENTENCE && SENTENCE_END.test(l.text)) keep.add(l);
    previous = l;
  }
}

/** A list block is kept or dropped whole, by the majority of its items (the items of one list are one decision). */
function voteLists(chunks: Chunk[], keep: LineSet): void {
  for (const chunk of chunks) {
    // A block of fewer than two lines holds no list of two items: no array of its items made (most blocks of a page of
    // one-line blocks, bench:hostile).
    if (chunk.length < 2) continue;
    const items = chunk.filter((l) => !l.reason);
    if (items.length < 2 || !items.every((l) => l.listItem)) continue;
    const kept = items.filter((l) => keep.has(l)).length;
    for (const l of items) if (kept * 2 >= items.length) keep.add(l); else keep.delete(l);
  }
}

/**
 * jusText's context rule at the level of blocks: a block the classifier dropped whole, with no line the rules removed,
 * between two blocks it kept, is part of the article (a list, a subheading, a short paragraph between paragraphs).
 */
function keepSandwichedChunks(chunks: Chunk[], keep: LineSet): void {
  // Each block's state as a number in a typed array, found by one loop over its lines: four closures a block over
  // 333,000 one-line blocks (bench:hostile).
  const state = new Uint8Array(chunks.length);
  for (let i = 0; i < chunks.length; i++) state[i] = chunkState(chunks[i], keep);
  const nearest = (i: number, step: 1 | -1) => {
    for (let j = i + step; j >= 0 && j < chunks.length; j += step) if (state[j] !== RULED) return state[j];
    return null;
  };
  for (let i = 0; i < chunks.length; i++) {
    if (state[i] === DROPPED && nearest(i, -1) === KEPT && nearest(i, 1) === KEPT) for (const l of chunks[i]) keep.add(l);
  }
}

const KEPT = 1, RULED = 2, MIXED = 3, DROPPED = 4;
/** KEPT when a line of the block is kept, else RULED when the rules removed every line, MIXED when some, else DROPPED. */
function chunkState(chunk: Chunk, keep: LineSet): number {
  let ruled = 0;
  for (const l of chunk) {
    if (keep.has(l)) return KEPT;
    if (l.reason) ruled++;
  }
  return ruled === chunk.length ? RULED : ruled > 0 ? MIXED : DROPPED;
}

/**
 * An article is one run of text: kept lines cut off from it by ISLAND_GAP or more removed lines (a menu, a share bar,
 * a tag list) and short beside it are the sidebar's or the footer's (an author bio, a newsletter pitch, a teaser),
 * as boilerpipe and trafilatura keep the largest text region and not the scraps around it. The largest island stays,
 * and every island when none holds most of the text (MIN_MAIN_ISLAND_SHARE).
 */
export function dropIslands(lines: Line[], keep: LineSet): void {
  const islands: Array<{ lines: Line[]; length: number }> = [];
  let current: { lines: Line[]; length: number } | null = null;
  let missed = 0;
  for (const l of lines) {
    // The posts of a comment thread are separated by user names and vote buttons: they are one text, not islands.
    if (l.reason === 'comment-chrome') continue;
    if (!keep.has(l)) { missed++; continue; }
    if (!current || missed >= ISLAND_GAP) { current = { lines: [], length: 0 }; islands.push(current); }
    current.lines.push(l);
    current.length += sizeOf(l);
    missed = 0;
  }
  if (islands.length < 2) return;
  const main = islands.reduce((best, island) => (island.length > best.length ? island : best));
  // A thread of posts between user names and vote buttons is many islands and none holds most of the text: all stay.
  if (main.length < MIN_MAIN_ISLAND_SHARE * islands.reduce((sum, island) => sum + island.length, 0)) return;
  for (const island of islands) {
    if (island === main || island.length >= MAX_ISLAND_LENGTH || island.length >= MAX_ISLAND_SHARE * main.length) continue;
    for (const l of island.lines) keep.delete(l);
  }
}

/**
 * jusText's heading rule: a heading-like line (short, no sentence end) is article text only when kept text follows it
 * within MAX_HEADING_DISTANCE; one followed by removed lines titles a box, a teaser list, a form.
 */
export function dropOrphanHeadings(lines: Line[], keep: LineSet): void {
  lines.forEach((l, i) => {
    if (!keep.has(l)) return;
    // Kept text close after it is looked for first: most kept lines have some, and the heading test is the dearer one.
    let distance = 0;
    for (let j = i + 1; j < lines.length && distance <= MAX_HEADING_DISTANCE; j++) {
      if (keep.has(lines[j])) return;
      distance += sizeOf(lines[j]);
    }
    if (headingLike(l.text)) keep.delete(l);
  });
}

/** Lines the rules left → kept or removed by the line classifier; kept lines of a chunk make one paragraph. */
function classify(chunks: Chunk[], lang: string, model: LineModel): { paragraphs: CleanParagraph[]; removed: RemovedBlock[] } {
  const { units, lines } = lineUnits(chunks, lang);
  const scores = units.length ? scoreLines(model, units, pageStoplist(units, lang)) : new Float64Array();
  const keep = new KeptLines();
  // Lines too long for the classifier (lineUnits left them out) are kept unless the rules removed them.
  for (const c of chunks) for (const l of c) if (!l.reason && beyondClassifier(l)) keep.add(l);
  const decoded = model.sequence && decodeLines(scores, units, model.threshold, model.sequence);
  // Loops, not forEach with a closure, here and in the paragraph pass below: they run once per line, 333,000 times on
  // a page of one-character lines (bench:hostile).
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l.reason) continue;
    if (decoded ? decoded[i] : scores[i] >= model.threshold) keep.add(l);
    // Long sentences the rules left alone are prose whatever surrounds them: a comment-like page or a brief among
    // chrome is still text (and the off-topic pass after the cleaner judges briefs by their topic, with their own reason).
    else if (scores[i] >= MIN_PROSE_SCORE && sizeOf(l) >= MIN_PROSE_LENGTH && SENTENCE_END.test(l.text)) keep.add(l);
  }
  keepContinuingSentences(lines, keep);
  voteLists(chunks, keep);
  keepSandwichedChunks(chunks, keep);
  dropIslands(lines, keep);
  dropOrphanHeadings(lines, keep);
  // A page the classifier would empty keeps its most article-like lines: an odd page is better served whole than lost.
  if (keep.size === 0) {
    const best = scores.reduce((m, s) => Math.max(m, s), 0); // not Math.max(...): too many arguments for the stack
    lines.forEach((l, i) => { if (!l.reason && best > 0 && scores[i] >= best * KEEP_BEST_SHARE) keep.add(l); });
  }

  const removed: RemovedBlock[] = [];
  const paragraphs: CleanParagraph[] = [];
  let open = false;
  for (const chunk of chunks) {
    // The kept lines counted, and gathered into an array only for a block that keeps two or more (emptying a reused
    // array per block was a call into the runtime, 333,000 times on a page of one-line blocks, bench:hostile).
    let keptCount = 0;
    let firstKept: Line | null = null;
    for (const l of chunk) {
      if (keep.has(l)) { if (keptCount++ === 0) firstKept = l; continue; }
      const reason = l.reason ?? 'boilerplate';
      // Consecutive lines removed for the same reason are one removal: `show --removed` lists a comment as one item.
      const last = removed[removed.length - 1];
      if (open && last?.reason === reason) last.text += '\n' + l.text;
      else removed.push({ text: l.text, reason });
      open = true;
    }
    if (keptCount === 0) continue;
    open = false;
    paragraphs.push(keptCount === 1 ? lineParagraph(firstKept!) : linesParagraph(chunk.filter((l) => keep.has(l))));
  }
  // A heading is only a heading when text follows it.
  paragraphs.forEach((p, i) => {
    if (p.kind === 'heading' && !(paragraphs[i + 1] && effectiveLength(paragraphs[i + 1].text) > effectiveLength(p.text))) p.kind = 'p';
  });
  return { paragraphs, removed };
}

/** The paragraph of a block that kept one line: most blocks of a page without blank lines (linesParagraph, without its arrays). */
function lineParagraph(line: Line): CleanParagraph {
  if (line.listItem) return { text: stripBullet(line.text), kind: 'list' };
  return { text: line.text, kind: line.heading || headingLike(line.text) ? 'heading' : 'p' };
}

/** The paragraph of a block's kept lines: a list when every line is an item, else the lines joined. */
function linesParagraph(kept: Line[]): CleanParagraph {
  const isList = kept.every((l) => l.listItem);
  const text = isList ? kept.map((l) => stripBullet(l.text)).join('\n') : joinLines(kept.map((l) => l.text));
  const heading = !isList && (kept.some((l) => l.heading) || isHeading(text));
  return { text, kind: isList ? 'list' : heading ? 'heading' : 'p' };
}

export function isHeading(text: string): boolean {
  const len = effectiveLength(text);
  // Words of ASCII letters and digits one space apart end in no mark and hold none: only the length decides (a page
  // of 163,660 lines like `aaa0` asked both patterns of each, bench:hostile).
  if (/^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/.test(text)) return len <= MAX_HEADING_LENGTH;
  return headingByPatterns(text, len);
}

/** isHeading by its patterns (`len`: effectiveLength of `text`). */
export function headingByPatterns(text: string, len: number): boolean {
  const t = text.trim();
  // One phrase: no sentence end before the last character ("Is this a world model? What does it mean?" is prose).
  // Any script's sentence terminal ends a sentence (the danda too), except the question mark: "What now?" heads a section.
  return len <= MAX_HEADING_LENGTH && !/(?:(?![?？])\p{Sentence_Terminal}|[;；:：,，、…])$/u.test(t) && !t.includes('\n') && !/[.。!！](?:\s|(?=\p{L}))\S/u.test(t.slice(0, -1));
}

/** Lines of one block as one paragraph: a space between words, nothing between CJK characters. */
function joinLines(lines: string[]): string {
  return lines.reduce((acc, line) => {
    if (!acc) return line;
    return CJK.test(acc.slice(-1)) && CJK.test(line[0]) ? acc + line : acc + ' ' + line;
  }, '');
}

/** Author, publication date and site name from the lines the rules removed as bylines, metadata and footers. */
function pageMetadata(chunks: Chunk[]): Pick<CleanDocument, 'author' | 'published' | 'siteName'> {
  let author: string | null = null;
  let published: string | null = null;
  let siteName: string | null = null;
  for (const c of chunks) for (const l of c) {
    if (!author && l.reason === 'byline') author = authorOf(l.text) ?? (/\d/.test(l.text) || /[:：]$/.test(l.text) ? null : l.text.trim());
    if (!published && (l.reason === 'metadata' || l.reason === 'byline')) published = parseDate(l.text);
    if (!siteName && l.reason === 'footer') siteName = siteNameFromCopyright(l.text);
  }
  return { author, published, siteName };
}
