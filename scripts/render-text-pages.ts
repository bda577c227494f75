// Other renderings of HTML pages as already-extracted text, the ways scrapers other than
// ../shared/bench/extraction-text-dev/render.mjs write them, so the text cleaner is trained and measured on more than
// one rendering (issue 20). Each keeps everything visible (menus, share bars, footers) and drops only what a browser
// does not show (scripts, styles, the head):
// - markdown:   as html2text writes it: `#` headings, `  * ` list items, `[text](href)` links, `**bold**`, paragraphs
//               separated by a blank line and wrapped at 78 columns (html2text's default body width).
// - inscriptis: as inscriptis writes it: one line per block, `* ` bullets indented by list depth, table cells side by
//               side on one row, no blank lines.
// - link-lines: one line per block and one per link (scrapers that print every anchor on its own line).
// - paragraphs: only paragraphs, headings, list items, rows and line breaks start a line; `div`s and `span`s do not, so
//               a menu or share bar is one long line of words side by side.
// Usage (writes SRC_DIR/*.html.gz rendered into OUT_DIR/<rendering>/*.txt):
//   node --import tsx scripts/render-text-pages.ts ../shared/bench/extraction-dev/html /tmp/renderings
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { Parser } from 'htmlparser2';

export const RENDERINGS = ['markdown', 'inscriptis', 'link-lines', 'paragraphs'] as const;
/** Also `visible`: what ../shared/bench/extraction-text-dev/render.mjs writes, for pages that set has no text of. */
export type AnyRendering = Rendering | 'visible';
export type Rendering = typeof RENDERINGS[number];

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head', 'iframe', 'select', 'button']);
const BLOCK = new Set(['p', 'div', 'li', 'ul', 'ol', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'table', 'section',
  'article', 'header', 'footer', 'nav', 'aside', 'main', 'blockquote', 'pre', 'figure', 'figcaption', 'form', 'dd', 'dt',
  'dl', 'hr', 'address']);
const VISIBLE_BLOCK = new Set([...BLOCK, 'td', 'th', 'title']);
const PARAGRAPH_BLOCK = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'br', 'tr', 'blockquote', 'pre', 'dd', 'dt', 'hr', 'figcaption']);
/** html2text's default body width. */
const MARKDOWN_WIDTH = 78;

const squash = (s: string) => s.replace(/\s+/g, ' ');

function wrap(text: string, width: number, indent = ''): string[] {
  const lines: string[] = [];
  const lead = /^ */.exec(text)![0];
  let cur = lead;
  for (const word of text.slice(lead.length).split(' ')) {
    if (cur.trim() && cur.length + 1 + word.length > width) { lines.push(cur); cur = indent + word; } else cur = cur.trim() ? cur + ' ' + word : cur + word;
  }
  if (cur.trim()) lines.push(cur);
  return lines;
}

/** The page rendered as text in the given way; the `<title>` first, as render.mjs does. */
export function renderPage(html: string, rendering: AnyRendering): string {
  const out: string[] = [];
  let cur = '';
  let prefix = '';
  let skip = 0, inTitle = false, title = '';
  let listDepth = 0;
  const hrefs: string[] = [];
  const breaks = rendering === 'paragraphs' ? PARAGRAPH_BLOCK : rendering === 'visible' ? VISIBLE_BLOCK : BLOCK;
  const flush = (blank = false) => {
    const t = squash(cur).replace(/^ /, '').trimEnd();
    cur = '';
    const p = prefix;
    prefix = '';
    if (t) {
      if (rendering === 'markdown') {
        out.push(...wrap(p + t, MARKDOWN_WIDTH, p.startsWith('  *') ? '    ' : ''));
        out.push('');
      } else out.push(p + t);
    }
    if (blank && rendering === 'markdown' && out.length && out[out.length - 1] !== '') out.push('');
  };
  const parser = new Parser({
    onopentag(name, attrs) {
      if (SKIP.has(name)) skip++;
      if (name === 'title') inTitle = true;
      if (skip) return;
      if (breaks.has(name)) flush();
      if (name === 'ul' || name === 'ol') listDepth++;
      if (rendering === 'markdown') {
        const h = /^h([1-6])$/.exec(name);
        if (h) prefix = '#'.repeat(+h[1]) + ' ';
        if (name === 'li') prefix = '  '.repeat(Math.max(0, listDepth - 1)) + '  * ';
        if (name === 'a') { hrefs.push(attrs.href ?? ''); cur += '['; }
        if (name === 'strong' || name === 'b') cur += '**';
        if (name === 'em' || name === 'i') cur += '_';
        if (name === 'img' && attrs.alt) cur += `![${attrs.alt}](${attrs.src ?? ''})`;
        if (name === 'blockquote') prefix = '> ';
      } else if (rendering === 'inscriptis') {
        if (name === 'li') prefix = '  '.repeat(Math.max(0, listDepth - 1)) + '* ';
        if (name === 'td' || name === 'th') cur += '  ';
      } else if (rendering === 'link-lines' && name === 'a') flush();
    },
    onclosetag(name) {
      if (SKIP.has(name)) skip = Math.max(0, skip - 1);
      if (name === 'title') inTitle = false;
      if (skip) return;
      if (name === 'ul' || name === 'ol') listDepth = Math.max(0, listDepth - 1);
      if (rendering === 'markdown') {
        if (name === 'a') {
          const href = hrefs.pop() ?? '';
          // An empty link (an icon) leaves nothing, as in html2text.
          cur = /\[\s*$/.test(cur) ? cur.replace(/\[\s*$/, '') : cur.trimEnd() + `](${href})`;
        }
        if (name === 'strong' || name === 'b') cur += '**';
        if (name === 'em' || name === 'i') cur += '_';
      } else if (rendering === 'link-lines' && name === 'a') flush();
      if (breaks.has(name)) flush(true);
    },
    ontext(text) {
      if (inTitle) { title += text; return; }
      if (skip) return;
      // html2text trims the text inside a link: `[Home](/)`, not `[ Home ](/)`.
      cur += rendering === 'markdown' && cur.endsWith('[') ? text.trimStart() : text;
    },
  }, { decodeEntities: true });
  parser.write(html);
  parser.end();
  flush();
  while (out.length && out[out.length - 1] === '') out.pop();
  const head = squash(title).trim();
  return (head ? head + '\n\n' : '') + out.join('\n') + '\n';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [src, dest] = process.argv.slice(2);
  if (!src || !dest) { console.error('usage: render-text-pages.ts SRC_DIR OUT_DIR'); process.exit(2); }
  for (const rendering of RENDERINGS) mkdirSync(`${dest}/${rendering}`, { recursive: true });
  for (const file of readdirSync(src)) {
    if (!/\.html?(\.gz)?$/.test(file)) continue;
    let bytes = readFileSync(`${src}/${file}`);
    if (file.endsWith('.gz')) bytes = gunzipSync(bytes);
    const name = file.replace(/\.gz$/, '').replace(/\.html?$/, '') + '.txt';
    for (const rendering of RENDERINGS) writeFileSync(`${dest}/${rendering}/${name}`, renderPage(bytes.toString('utf8'), rendering));
  }
}
