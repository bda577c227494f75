// Plain-text pages (what a text-extracting scraper saved) → article paragraphs plus every removed block with its reason.
// 1. Split into blocks: blank-line separated, or one line per block when the page has no blank lines.
// 2. Line rules (line-rules.ts) mark chrome lines: breadcrumbs, tickers, bylines, share bars, comment chrome, ...
// 3. Section rules: a comment header starts the comment thread (everything after it is chrome); a related-articles
//    header turns its block into links; short lines inside a mostly-removed block go with their block.
// 4. The title is the first heading-like line; later copies of it are removed.
// 5. What the rules keep goes through the jusText-style classifier (blocks.ts), which decides what they could not.
import type { CleanDocument, CleanParagraph, ParagraphKind, RemovalReason, RemovedBlock } from '../../../types.ts';
import { classifyBlocks, effectiveLength, type Block } from '../blocks.ts';
import {
  MAX_CHROME_LINE, TAGGED_TITLE, authorOf, fold, isCommentHeader, isDatedListEntry, isListItem, isRelatedHeader,
  lineReason, stripBullet, stripMarkers,
} from './line-rules.ts';
import { isTitleLike, parseDate, siteNameFromCopyright, stripSiteSuffix } from './metadata.ts';
import { roughLanguage } from './rough-lang.ts';
import { toSimplified } from '../../language/chinese-script.ts';

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

/** Shortest text (Latin-equivalent chars) that counts as a sentence the classifier may not overrule: about six words. */
export const MIN_PROSE_LENGTH = 30;

interface Line { text: string; reason: RemovalReason | null }
type Chunk = Line[];

const SENTENCE_END = /[.。!！?？…"”」』)）]$/u;
/** Bracketed dates and source names at the end of a paragraph, as news-brief feeds print them. */
const TRAILING_STAMP = /(?:\s*(?:[(（][^()（）]{1,30}[)）]|[\[【]\s*\d{4}[/.-]\d{1,2}[/.-]\d{1,2}[^\]】]{0,12}[\]】]))+$/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** Blank-line separated blocks of lines; one line per block when the page has no blank lines, or inside a block of long lines. */
export function splitBlocks(text: string): string[][] {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const groups: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (line.trim() === '') { if (current.length) groups.push(current); current = []; }
    else current.push(line);
  }
  if (current.length) groups.push(current);
  if (groups.length === 1) return groups[0].map((l) => [l]);
  return groups.flatMap((g) => (g.filter((l) => effectiveLength(l.trim()) >= LONG_LINE).length >= 2 ? g.map((l) => [l]) : [g]));
}

export function cleanPlainText(text: string): CleanDocument {
  const removedMarkers: RemovedBlock[] = [];
  const chunks: Chunk[] = splitBlocks(text).map((group) => group.flatMap((raw) => {
    const { text: stripped, marker } = stripMarkers(raw);
    if (marker) removedMarkers.push({ text: marker, reason: 'marker' });
    return stripped.trim() ? [{ text: stripped.trim(), reason: lineReason(stripped) }] : [];
  })).filter((c) => c.length > 0);

  markSections(chunks);
  // Coin-tagged titles (`…_BTC:比特币`) wait for the title to be chosen: the page's own title carries one too.
  absorbShortLines(chunks, (l) => TAGGED_TITLE.test(l.text));
  const title = takeTitle(chunks);
  for (const c of chunks) for (const l of c) {
    if (l.reason === null && TAGGED_TITLE.test(l.text) && effectiveLength(l.text) <= MAX_CHROME_LINE) l.reason = 'related';
  }
  absorbShortLines(chunks);
  markRelatedSummaries(chunks);

  const lang = roughLanguage(chunks.flatMap((c) => c.filter((l) => !l.reason).map((l) => l.text)).join('\n'));
  const { paragraphs, removed } = classify(chunks, lang);
  return {
    title,
    ...pageMetadata(chunks),
    langHint: null,
    paragraphs,
    removed: [...removedMarkers, ...removed],
    method: 'text',
  };
}

/** Comment threads after their header, related-article links after theirs, dated list entries anywhere. */
function markSections(chunks: Chunk[]): void {
  let inComments = false;
  let inRelated = false;
  for (const chunk of chunks) {
    // A related list may run over several short blocks; anything longer than a link line ends it.
    if (inRelated && !chunk.every((l) => l.reason || (effectiveLength(l.text) <= MAX_CHROME_LINE && !SENTENCE_END.test(l.text)))) inRelated = false;
    let labelReason: RemovalReason | null = null;
    for (const line of chunk) {
      if (isCommentHeader(line.text)) inComments = true;
      if (isRelatedHeader(line.text)) inRelated = true;
      if (line.reason === null && isDatedListEntry(line.text)) line.reason = 'related';
      if (line.reason === null && (inComments || inRelated)) line.reason = inComments ? 'comment-chrome' : 'related';
      // "Ähnliche Schlagwörter:" / "Author:" with the value on the next line: the value goes with its label.
      if (line.reason === null && labelReason && effectiveLength(line.text) <= MAX_CHROME_LINE) line.reason = labelReason;
      labelReason = line.reason && /[:：]$/.test(fold(line.text)) ? line.reason : null;
    }
  }
}

/** Short unclassified lines in a block that is mostly chrome take the reason of their chrome neighbours. */
function absorbShortLines(chunks: Chunk[], skip: (line: Line) => boolean = () => false): void {
  for (const chunk of chunks) {
    const removed = chunk.filter((l) => l.reason && l.reason !== 'short').length;
    if (removed === 0 || removed < chunk.length - removed) continue;
    const comment = chunk.some((l) => l.reason === 'comment-chrome');
    chunk.forEach((line, i) => {
      if (line.reason !== null && !(line.reason === 'short' && comment)) return;
      if (skip(line)) return;
      if (effectiveLength(line.text) > MAX_ABSORBED_LINE) return;
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

interface Draft { text: string; kind: ParagraphKind; items: string[] }

/** Kept lines → paragraph drafts; the block classifier then drops what reads like boilerplate. */
function classify(chunks: Chunk[], lang: string): { paragraphs: CleanParagraph[]; removed: RemovedBlock[] } {
  const removed: RemovedBlock[] = [];
  const drafts: Array<Draft | RemovedBlock> = [];
  for (const chunk of chunks) {
    const kept: Line[] = [];
    let draft: Draft | null = null;
    for (const l of chunk) {
      if (!l.reason) {
        kept.push(l);
        if (!draft) { draft = { text: '', kind: 'p', items: [] }; drafts.push(draft); }
        continue;
      }
      // Consecutive lines removed for the same reason are one removal: `show --removed` lists a comment as one item.
      const last = drafts[drafts.length - 1];
      if (last && 'reason' in last && last.reason === l.reason) last.text += '\n' + l.text;
      else drafts.push({ text: l.text, reason: l.reason });
    }
    if (!draft) continue;
    const isList = kept.every((l) => isListItem(l.text));
    draft.items = isList ? kept.map((l) => stripBullet(l.text)) : [joinLines(kept.map((l) => l.text))];
    draft.text = draft.items.join('\n');
    draft.kind = isList ? 'list' : 'p';
  }

  const paragraphsDrafts = drafts.filter((d): d is Draft => 'kind' in d);
  paragraphsDrafts.forEach((d, i) => {
    if (d.kind !== 'p') return;
    const next = paragraphsDrafts[i + 1];
    if (isHeading(d.text) && next && effectiveLength(next.text) > effectiveLength(d.text)) d.kind = 'heading';
  });

  // The block classifier sees list items one by one: a list is kept when most of its items are.
  const blocks: Block[] = [];
  const owner: number[] = [];
  paragraphsDrafts.forEach((d, i) => {
    for (const item of d.kind === 'list' ? d.items : [d.text]) {
      // stopwords-iso's Chinese list is simplified: traditional text is converted before its stopwords are counted.
      blocks.push({ text: lang === 'zh' ? toSimplified(item) : item, linkDensity: 0, heading: d.kind === 'heading' });
      owner.push(i);
    }
  });
  const verdicts = blocks.length ? classifyBlocks(blocks, lang) : [];
  const good = new Array(paragraphsDrafts.length).fill(0);
  const total = new Array(paragraphsDrafts.length).fill(0);
  verdicts.forEach((v, k) => { total[owner[k]]++; if (v === 'good') good[owner[k]]++; });

  const keep = paragraphsDrafts.map((d, i) => (good[i] > 0 && good[i] * 2 >= total[i]) || isProse(d));
  // A heading stays with the text under it.
  paragraphsDrafts.forEach((d, i) => { if (d.kind === 'heading' && !keep[i] && keep[i + 1] && paragraphsDrafts[i + 1].kind !== 'heading') keep[i] = true; });
  const paragraphs: CleanParagraph[] = [];
  for (const d of drafts) {
    if ('reason' in d) { removed.push(d); continue; }
    if (keep[paragraphsDrafts.indexOf(d)]) paragraphs.push({ text: d.text, kind: d.kind });
    else removed.push({ text: d.text, reason: 'low-text-density' });
  }
  return { paragraphs, removed };
}

/**
 * Sentences the line rules left alone are kept even when the classifier calls them bad: on already-extracted text the
 * rules have taken the chrome, and the classifier's stopword densities are unreliable for Chinese (stopwords-iso's
 * list is simplified and short: article paragraphs of seed 001 score 0.24 against a 0.30 bar).
 */
function isProse(d: Draft): boolean {
  if (d.kind === 'heading') return false;
  // A news brief's trailing `[2022/6/18 4:36:07]` or `(The Block)` is looked past: off-topic detection judges those.
  const text = (d.kind === 'list' ? d.items.join(' ') : d.text).trim().replace(TRAILING_STAMP, '').trim();
  return effectiveLength(text) >= MIN_PROSE_LENGTH && (SENTENCE_END.test(text) || /[:：]$/.test(text));
}

function isHeading(text: string): boolean {
  const len = effectiveLength(text);
  const t = text.trim();
  // One phrase: no sentence end before the last character ("Is this a world model? What does it mean?" is prose).
  return len <= MAX_HEADING_LENGTH && !/[.。!！;；:：,，、…]$/.test(t) && !t.includes('\n') && !/[.。!！](?:\s|(?=\p{L}))\S/u.test(t.slice(0, -1));
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
