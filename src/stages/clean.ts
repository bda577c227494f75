// clean: decoded page → article paragraphs plus every removed block with its reason.
// HTML goes through the cheerio extractor, plain text through the line/block rules; both then lose
// injected off-topic briefs, which real scrapers leave inside the article body.
import type { Stage } from '../pipeline/stage.ts';
import type { CleanDocument, ReadOutput, RemovedBlock } from '../types.ts';
import { extractHtml } from '../text/html/extract.ts';
import { cleanPlainText } from '../text/plain/clean-text.ts';
import { findInjectedParagraphs } from '../text/offtopic.ts';

export const cleanStage: Stage<{ read: ReadOutput }, CleanDocument> = {
  name: 'clean',
  version: 1,
  after: ['read'],
  run({ read }, ctx) {
    const doc = read.format === 'html' ? extractHtml(read.text) : cleanPlainText(read.text);
    if (ctx.options.dropInjectedBriefs === false) return doc;
    return dropInjectedParagraphs(doc);
  },
};

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
