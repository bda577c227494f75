// Markdown as scrapers write it (html2text, Jina Reader, Firecrawl): a line's link syntax, emphasis and heading marks
// are removed so the rules and the reader see the words, and what the marks said is kept for the classifier (how much
// of the line was link text, whether it was a heading). On lines without markdown this changes nothing.

/** `[text](url)` and `![alt](src)`; the url may be empty or carry a title. */
const LINK = /(!?)\[([^\]\n]*)\]\((?:[^()\s]*(?:\([^()\s]*\))?[^()\s]*)(?:\s+"[^"]*")?\)/g;
/** `**bold**`, `__bold__`, and `_em_` / `*em*` between word boundaries (snake_case and `2 * 3` are left alone). */
const STRONG = /(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g;
const EMPHASIS = /(^|[\s(])([_*])(?=\S)([^_*\n]+?)(?<=\S)\2(?=$|[\s).,;:!?])/g;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)(?:\s+#+)?\s*$/;

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
  let text = line.replace(LINK, (_m, image: string, inner: string) => {
    if (image) return '';
    linkChars += inner.trim().length;
    return inner;
  });
  text = text.replace(STRONG, '$2').replace(EMPHASIS, '$1$3');
  const heading = HEADING.exec(text);
  if (heading) text = heading[2];
  text = text.replace(/[ \t]{2,}/g, ' ');
  const visible = text.replace(/\s+/g, '').length;
  return { text, linkShare: visible ? Math.min(1, linkChars / visible) : 0, heading: !!heading };
}
