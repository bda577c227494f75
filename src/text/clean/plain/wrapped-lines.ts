// Pages hard-wrapped at a fixed width (html2text wraps at 78 columns, `fmt` and mail archives at 72–80): a paragraph
// arrives as several lines, each of which looks like a fragment. The wrapped lines of one paragraph are joined back
// so the rules and the classifier see the paragraph.
import { codeUnitTable } from '../../language/scripts.ts';

/** Widths scrapers and formatters wrap at are under this; longer lines mean the page is not hard-wrapped. */
const MAX_WRAP_WIDTH = 120;
/** A line this close to the wrap width (characters) was broken by the wrapper, not by the author. */
const WRAP_SLACK = 20;
/** Share of the long lines that must end near the same width for the page to count as wrapped. */
const MIN_WRAPPED_SHARE = 0.7;
/** Lines at least this long are the evidence for a wrap width (short lines are headings, list items, menus). */
const MIN_EVIDENCE_LENGTH = 40;
/** A token this long (characters without white space) cannot be wrapped (urls); its line may run past the width. */
const LONG_TOKEN_LENGTH = 40;
const SPACE_UNIT = 1, OTHER_UNIT = 2;
const unitClass = codeUnitTable((unit) => (/\s/.test(unit) ? SPACE_UNIT : OTHER_UNIT));
/**
 * Whether the line holds LONG_TOKEN_LENGTH code units without white space, as /\S{40}/ tests it, in one pass: the
 * pattern rescans up to forty characters from every start (bench:clean-text), and `{40,}` overflowed its stack on a 15 MB word.
 */
function hasLongToken(line: string): boolean {
  let run = 0;
  for (let i = 0; i < line.length; i++) {
    if (unitClass(line.charCodeAt(i)) === SPACE_UNIT) run = 0;
    else if (++run >= LONG_TOKEN_LENGTH) return true;
  }
  return false;
}
/** A page needs this many long lines before a wrap width is believed. */
const MIN_EVIDENCE_LINES = 5;

/** The width the page is wrapped at, or 0 when it is not hard-wrapped. */
export function wrapWidth(lines: string[]): number {
  // A word longer than the width (a url in a markdown link) overflows its line whatever the width: not evidence.
  // A line shorter than the evidence length is neither evidence nor holds a long token: skipped first (most lines of a page of short lines).
  const lengths: number[] = [];
  for (const l of lines) {
    if (l.length < MIN_EVIDENCE_LENGTH || hasLongToken(l)) continue;
    const n = l.trimEnd().length;
    if (n >= MIN_EVIDENCE_LENGTH) lengths.push(n);
  }
  if (lengths.length < MIN_EVIDENCE_LINES) return 0;
  const width = lengths.reduce((m, l) => Math.max(m, l), 0); // not Math.max(...): too many arguments for the stack on a long page
  if (width > MAX_WRAP_WIDTH) return 0;
  const near = lengths.filter((n) => n > width - WRAP_SLACK).length;
  return near >= lengths.length * MIN_WRAPPED_SHARE ? width : 0;
}

/** The group's lines with each wrapped paragraph joined into one line (a line near the width continues on the next). */
export function unwrapGroup(group: string[], width: number): string[] {
  if (width === 0) return group;
  const out: string[] = [];
  let continues = false;
  for (const line of group) {
    const startsItem = /^\s*(?:[*+-]|\d{1,2}[.)])\s/.test(line) || /^\s{0,3}#/.test(line);
    if (continues && !startsItem) out[out.length - 1] += ' ' + line.trim();
    else out.push(line);
    continues = line.trimEnd().length > width - WRAP_SLACK;
  }
  return out;
}
