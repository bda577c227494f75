// The small slice of an htmlparser2 tree the extractor walks, typed locally. The tree is the one domhandler would
// build (same nodes, same text merging), but of plain objects: domhandler's classes initialise a dozen fields per
// node (prev, next, indices, parse5 namespaces), which was a third of the HTML extractor's time.
import type { Handler } from 'htmlparser2';
import { linearParser } from './open-elements.ts';
import type { RemovalReason } from '../../../types.ts';
import type { ElementStats } from './blocks-dom.ts';

export interface DomText {
  type: 'text';
  data: string;
  parent: DomElement | null;
  /** Characters of `data` that are not whitespace, filled by blocks-dom.ts on first use (after parsing). */
  chars?: number;
}
export interface DomElement {
  type: 'tag' | 'script' | 'style' | 'root';
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
  parent: DomElement | null;
  /** Lowercased `class id` of the element, filled by rules.ts attrTokens on first use. */
  tokens?: string;
  /** chromeReason outside [0] and inside [1] the article container, filled by rules.ts on first use. */
  chromeReasons?: Array<RemovalReason | null | undefined>;
  /** Character counts, set by blocks-dom.ts measure. */
  stats?: ElementStats;
}
export interface DomOther { type: 'comment' | 'directive' | 'cdata'; parent: DomElement | null; children?: DomNode[]; data?: string; name?: string }
export type DomNode = DomText | DomElement | DomOther;

/**
 * Nesting depth beyond which a subtree is flattened to its text. The extractor walks the tree recursively; broken
 * pages nest thousands of unclosed <div>/<font> tags, which would overflow the stack. Real markup stays far below.
 */
export const MAX_DEPTH = 256;

/** htmlparser2 in HTML mode: entities decoded, tag and attribute names lowercased (ARCHITECTURE.md: 3× parse5's speed). */
export function parseHtml(html: string): DomElement {
  const builder = new TreeBuilder();
  linearParser(builder, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }).end(html.includes('<![CDATA[') ? closeBogusCdata(html) : html);
  if (builder.maxDepth >= MAX_DEPTH) flattenDeepSubtrees(builder.root);
  return builder.root;
}

/**
 * `<![CDATA[` in HTML content is a bogus comment that a browser ends at the next `>`; htmlparser2 runs it to `]]>`,
 * and a page that never writes one (a forum template did) lost everything after it, silently. Written as the comment
 * a browser sees. <script> and <style> are skipped: their raw text runs to their end tag, whatever markers it holds.
 */
const RAW_TEXT_OR_BOGUS_CDATA = /(<script\b[\s\S]*?<\/script\s*>|<style\b[\s\S]*?<\/style\s*>)|<!\[CDATA\[([^>]*)>/gi;
function closeBogusCdata(html: string): string {
  // Most markers sit inside scripts (`//<![CDATA[`): the page is rewritten only when one is outside them, which
  // spares copying the page through a callback per script.
  RAW_TEXT_OR_BOGUS_CDATA.lastIndex = 0;
  let bogus = false;
  for (let m = RAW_TEXT_OR_BOGUS_CDATA.exec(html); m && !bogus; m = RAW_TEXT_OR_BOGUS_CDATA.exec(html)) bogus = m[1] === undefined;
  if (!bogus) return html;
  return html.replace(RAW_TEXT_OR_BOGUS_CDATA, (whole, raw: string | undefined, inner: string | undefined) =>
    raw !== undefined ? raw : `<!--${inner!.replace(/--/g, '- -')}-->`);
}

/**
 * Builds the tree from the parser's callbacks exactly as domhandler's DomHandler does in HTML mode: adjacent text
 * (and comment) callbacks merge into one node until a tag, comment end or CDATA end intervenes; <script> and <style>
 * get their own node types; the root has no name or attributes.
 */
class TreeBuilder implements Partial<Handler> {
  readonly root = { type: 'root', name: undefined, attribs: undefined, children: [], parent: null } as unknown as DomElement;
  private stack: DomElement[] = [this.root];
  /** Deepest element nesting seen (the root's children are at depth 1), so shallow pages skip the flattening walk. */
  maxDepth = 0;
  /** The text or comment node later callbacks still append to. */
  private open: DomText | DomOther | null = null;

  private add(node: DomNode): void {
    const parent = this.stack[this.stack.length - 1];
    parent.children.push(node);
    node.parent = parent;
    this.open = null;
  }
  onopentag(name: string, attribs: Record<string, string>): void {
    const type = name === 'script' ? 'script' : name === 'style' ? 'style' : 'tag';
    const element: DomElement = { type, name, attribs, children: [], parent: null, tokens: undefined, chromeReasons: undefined, stats: undefined };
    this.add(element);
    this.maxDepth = Math.max(this.maxDepth, this.stack.length);
    this.stack.push(element);
  }
  onclosetag(): void {
    this.open = null;
    this.stack.pop();
  }
  ontext(data: string): void {
    const open = this.open;
    if (open && open.type === 'text') { open.data += data; return; }
    const node: DomText = { type: 'text', data, parent: null, chars: undefined };
    this.add(node);
    this.open = node;
  }
  oncomment(data: string): void {
    const open = this.open;
    if (open && open.type === 'comment') { open.data += data; return; }
    const node: DomOther = { type: 'comment', data, parent: null };
    this.add(node);
    this.open = node;
  }
  oncommentend(): void {
    this.open = null;
  }
  oncdatastart(): void {
    const text: DomText = { type: 'text', data: '', parent: null, chars: undefined };
    const node: DomOther = { type: 'cdata', children: [text], parent: null };
    this.add(node);
    text.parent = node as unknown as DomElement;
    this.open = text;
  }
  oncdataend(): void {
    this.open = null;
  }
  onprocessinginstruction(name: string, data: string): void {
    this.add({ type: 'directive', name, data, parent: null });
  }
  onerror(error: Error): void {
    throw error;
  }
}

/** Iteratively replaces the children of elements at MAX_DEPTH by one text node holding their text (scripts and styles left out). */
function flattenDeepSubtrees(root: DomElement): void {
  const stack: Array<[DomElement, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth >= MAX_DEPTH) {
      const text: DomText = { type: 'text', data: iterativeText(node), parent: node, chars: undefined };
      node.children = [text];
      continue;
    }
    for (const child of node.children) if (isElement(child)) stack.push([child, depth + 1]);
  }
}

function iterativeText(node: DomElement): string {
  const parts: string[] = [];
  const stack: DomNode[] = node.children.slice().reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.data);
    else if (isElement(n) && n.type === 'tag') for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
  return parts.join(' ');
}

export const isElement = (n: DomNode): n is DomElement => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/** First element in document order matching `test` (depth-first). */
export function findElement(root: DomElement, test: (e: DomElement) => boolean): DomElement | null {
  for (const child of root.children) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return null;
}

export function findAll(root: DomElement, test: (e: DomElement) => boolean, out: DomElement[] = []): DomElement[] {
  for (const child of root.children) {
    if (!isElement(child)) continue;
    if (test(child)) out.push(child);
    findAll(child, test, out);
  }
  return out;
}

/** Concatenated text of a subtree (raw, not normalised). */
export function textOf(node: DomNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node) && node.type !== ('root' as string)) return '';
  let s = '';
  for (const c of (node as DomElement).children) s += textOf(c);
  return s;
}

/** Whitespace that collapses to one space, besides ' '; the ideographic space U+3000 is kept (Japanese titles use it as a separator). */
const OTHER_SPACES = '\\t\\n\\r\\f\\v\\u00a0\\u1680\\u2000-\\u200b\\u2028\\u2029\\u202f\\u205f\\ufeff';
/**
 * Whitespace runs that need replacing: every run except a lone ' ', which already is what it would become. Skipping
 * those saves one replacement per word (normaliseSpace was 5% of clean's time); the result is the same.
 */
const SPACE_RUN_TO_COLLAPSE = new RegExp(` [ ${OTHER_SPACES}]+|[${OTHER_SPACES}][ ${OTHER_SPACES}]*`, 'g');

/** Collapse runs of whitespace to one space, trimmed (trim also takes ideographic spaces off the ends). */
export function normaliseSpace(s: string): string {
  return s.replace(SPACE_RUN_TO_COLLAPSE, ' ').trim();
}

/** The deepest element that contains every one of `elements`. */
export function commonAncestor(elements: DomElement[]): DomElement | null {
  if (!elements.length) return null;
  const path = (e: DomElement) => { const p: DomElement[] = []; for (let x: DomElement | null = e; x; x = x.parent) p.unshift(x); return p; };
  let common = path(elements[0]);
  for (const e of elements.slice(1)) {
    const p = path(e);
    let i = 0;
    while (i < common.length && i < p.length && common[i] === p[i]) i++;
    common = common.slice(0, i);
  }
  return common.length ? common[common.length - 1] : null;
}
