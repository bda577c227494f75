// Paragraph texts as the stages that read them unit by unit want them: one flat string each. The clean stage hands
// on pieces of the page's text (V8 keeps a piece cut out of a longer string as a slice of it, and a joined one as a
// pair of parts), and every `charCodeAt`, regular expression and slice on such a string first goes through that
// indirection: the entities and claims stages read each paragraph a dozen times (the alias trie, the rule gates, the
// name tokens, the number scan, the quantity grammar), and on the 435 extraction-dev pages, in one process beside the
// same stages given flat copies, took about a tenth more CPU (bench/claims-cpu.ts's pages, round 16).

/**
 * The same text as one flat string (a copy of its UTF-16 units through a buffer: every unit kept as it is, lone
 * surrogates too; a text of Latin-1 units comes back as a one-byte string); a text shorter than MIN_COPIED_LENGTH as it is. Content and length are unchanged, so every
 * offset into it is one into `text`.
 */
export function flatText(text: string): string {
  // A short text is read a few units at a time anyway, and the buffer's cost is per call: copied only from MIN_COPIED_LENGTH on.
  if (text.length < MIN_COPIED_LENGTH) return text;
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/**
 * Shortest text copied. Below 13 units V8 copies a cut or joined string whole (SlicedString::kMinLength): nothing to
 * gain. The buffer costs about a microsecond a call: on a page of 166,000 distinct short lines (bench:hostile) copying
 * every line took 170 ms a stage; from 128 units on, a 1 MB page has at most 8,000 paragraphs to copy (a few ms),
 * and a news page's body paragraphs, which hold most of its units, are still copied.
 */
const MIN_COPIED_LENGTH = 128;

/** flatText of each text. */
export const flatTexts = (texts: readonly string[]): string[] => texts.map(flatText);
