// Paragraph texts as the stages that read them unit by unit want them: one flat string each. The clean stage hands
// on pieces of the page's text (V8 keeps a piece cut out of a longer string as a slice of it, and a joined one as a
// pair of parts), and every `charCodeAt`, regular expression and slice on such a string first goes through that
// indirection: the entities and claims stages read each paragraph a dozen times (the alias trie, the rule gates, the
// name tokens, the number scan, the quantity grammar), and on the 435 extraction-dev pages, in one process beside the
// same stages given flat copies, took about a tenth more CPU (bench/claims-cpu.ts's pages, round 16).

/**
 * The same text as one flat string (a copy of its UTF-16 units through a buffer: every unit kept as it is, lone
 * surrogates too; a text of Latin-1 units comes back as a one-byte string). Content and length are unchanged, so every
 * offset into it is one into `text`.
 */
export function flatText(text: string): string {
  // Short texts are copied whole by V8 when cut or joined (below 13 units): nothing to gain, and a buffer costs more.
  if (text.length < MIN_INDIRECT_LENGTH) return text;
  return Buffer.from(text, 'utf16le').toString('utf16le');
}

/** V8's shortest sliced or joined string (SlicedString::kMinLength, ConsString::kMinLength): shorter ones are flat copies. */
const MIN_INDIRECT_LENGTH = 13;

/** flatText of each text. */
export const flatTexts = (texts: readonly string[]): string[] => texts.map(flatText);
