// clean: decoded page → article paragraphs plus every removed block with its reason.
// HTML goes through the htmlparser2 extractor, plain text through the line/block rules; both then lose
// injected off-topic briefs, which real scrapers leave inside the article body, and the blocks that the runner
// found on most pages of the same folder (template text), passed in as the `folderBoilerplate` option.
import type { Stage } from '../pipeline/stage.ts';
import type { CleanDocument, ReadOutput, RemovedBlock } from '../types.ts';
import { extractHtml } from '../text/clean/html/extract.ts';
import { cleanPlainText } from '../text/clean/plain/clean-text.ts';
import { findInjectedParagraphs } from '../text/clean/offtopic.ts';
import { dropRepeatedParagraphs, pageBlockHashes } from '../text/clean/repeated.ts';

/** `folderBoilerplate` is set by the runner, not the pipeline file. */
interface CleanOptions {
  dropInjectedBriefs?: boolean;
  dropRepeatedBlocks?: boolean;
  folderBoilerplate?: string[];
}

export const cleanStage: Stage<{ read: ReadOutput }, CleanDocument, CleanOptions> = {
  name: 'clean',
  // 4: a relative canonical link is resolved against the page's base (or kept for the store to resolve) instead of dropped.
  // 5: page-type cleaning changed its output (body JSON-LD, product variants, listings by their cards).
  // 6: a one-line text page ending in a sentence mark of any script (।, ۔) is text, not a title.
  // 7: text pages: the line classifier's new features (cohesion, second-person, labels) and weights change what is kept.
  // 8: an empty text says why (warnings); HTML pages made of items drop in-page copies, links set side by side are words apart.
  // 9: text pages: the lines of one blank-line block are decided together (line-decode.ts).
  // 10: text pages: three line features for where a line sits against the page's main text region, and the weights retrained.
  // 11: text pages: learned word evidence, a hashed bag of each line's words and its neighbours' (line-words.ts), and the weights retrained.
  // 12: text pages past 20,000 lines, or with a line over 100,000 code units, go through the budget paths (clean-text.ts; round 15).
  version: 12,
  after: ['read'],
  // folderBoilerplate is not the user's to set: the runner passes each folder's repeated block hashes in it.
  options: { dropInjectedBriefs: { type: 'boolean', default: true }, dropRepeatedBlocks: { type: 'boolean', default: true } },
  run({ read }, ctx) {
    let doc = read.format === 'html' ? extractHtml(read.text) : cleanPlainText(read.text);
    if (ctx.options.dropInjectedBriefs !== false) doc = dropInjectedParagraphs(doc);
    const blockHashes = pageBlockHashes(doc.paragraphs.map((p) => p.text));
    doc = dropRepeatedParagraphs(doc, new Set(ctx.options.folderBoilerplate ?? []));
    return withEmptyTextReason({ ...doc, blockHashes });
  },
  // The folder's repeated blocks are dropped last, from blocks hashed before: an output made before they were known
  // (none dropped as repeated) gives the output with them without cleaning the page again. Same JSON as run().
  reuse(previous, options) {
    if (previous.removed.some((r) => r.reason === 'repeated')) return null;
    return withEmptyTextReason(dropRepeatedParagraphs(previous, new Set(options.folderBoilerplate ?? [])));
  },
};

/**
 * An empty text says why (issue 19): the page held no visible text at all (a script-built page saved before its
 * content loaded), or every block went to `removed`, counted by reason. Any other output is returned unchanged.
 */
export function withEmptyTextReason(doc: CleanDocument): CleanDocument {
  const { warnings: _, ...rest } = doc;
  if (doc.paragraphs.length) return rest;
  if (!doc.removed.length) return { ...rest, warnings: ['no text: the page holds no visible text (a page built by its scripts, saved before they ran, holds only its frame)'] };
  const byReason = new Map<string, number>();
  for (const r of doc.removed) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
  const counts = [...byReason].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n} ${reason}`).join(', ');
  return { ...rest, warnings: [`no text kept: every block of the page was removed (${counts}; see show --removed)`] };
}

export function dropInjectedParagraphs(doc: CleanDocument): CleanDocument {
  const hint = doc.langHint ? doc.langHint.slice(0, 2).toLowerCase() : null;
  const flagged = findInjectedParagraphs(doc.paragraphs.map((p) => p.text), hint);
  if (flagged.length === 0) return doc;
  const reasons = new Map(flagged.map((f) => [f.index, f.reason]));
  const removed: RemovedBlock[] = flagged.map((f) => ({ text: doc.paragraphs[f.index].text, reason: f.reason }));
  return {
    ...doc,
    paragraphs: doc.paragraphs.filter((_, i) => !reasons.has(i)),
    removed: [...doc.removed, ...removed],
  };
}
