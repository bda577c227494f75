// Markdown as scrapers write it (html2text, Jina Reader, Firecrawl): a line's link syntax, emphasis and heading marks
// are removed so the rules and the reader see the words, and what the marks said is kept for the classifier (how much
// of the line was link text, whether it was a heading). On lines without markdown this changes nothing.
import { codeUnitTable } from '../../language/scripts.ts';

/** `[text](url)` and `![alt](src)`; the url may be empty or carry a title. */
const LINK = /(!?)\[([^\]\n]*)\]\((?:[^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+"[^"]*")?\)/g;
/** `**bold**`, `__bold__`, and `_em_` / `*em*` between word boundaries (snake_case and `2 * 3` are left alone). */
const STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;
const EMPHASIS = /(^|[\s(])([_*])(?=\S)([^_*\n]+?)(?<=\S)\2(?=$|[\s).,;:!?])/g;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;
const SPACE_UNIT = 1, OTHER_UNIT = 2;
const unitClass = codeUnitTable((unit) => (/\s/.test(unit) ? SPACE_UNIT : OTHER_UNIT));
/** Code units of `text` that are not white space (\s has no astral members): text.replace(/\s+/g, '').length without the string. */
function visibleLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (unitClass(text.charCodeAt(i)) === OTHER_UNIT) n++;
  return n;
}

export interface MarkdownLine {
  text: string;
  /** Characters of link text / characters of the line, 0..1. */
  linkShare: number;
  heading: boolean;
}

/** A line with its markdown marks removed; lines without markdown come back unchanged. */
export function readMarkdownLine(line: string): MarkdownLine {
  if (!/[\[*_#]/.test(line)) return { text: line, linkShare: 0, heading: false };
  let linkChars = 0;
  // Each pattern runs only on lines holding the marks it needs (a link `](`, strong `**` or `__`, a heading `#`):
  // markdown pages have three lines for every two of the other renderings, and most have no such mark (bench:clean-text).
  let text = line.includes('](') ? line.replace(LINK, (_m, image: string, inner: string) => {
    if (image) return '';
    linkChars += inner.trim().length;
    return inner;
  }) : line;
  if (text.includes('**') || text.includes('__')) text = text.replace(STRONG, '$2');
  if (text.includes('*') || text.includes('_')) text = text.replace(EMPHASIS, '$1$3'); // its marks: most link lines have none
  const heading = text.includes('#') ? HEADING.exec(text) : null;
  if (heading) text = heading[2];
  text = text.replace(/[ \t]{2,}/g, ' ');
  const visible = visibleLength(text);
  return { text, linkShare: visible ? Math.min(1, linkChars / visible) : 0, heading: !!heading };
}
