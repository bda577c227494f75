// The small slice of the htmlparser2/domhandler tree the extractor walks, typed locally so the rest of the
// code does not depend on domhandler's classes (htmlparser2 builds them; we only read and prune them).
import { parseDocument } from 'htmlparser2';

export interface DomText { type: 'text'; data: string; parent: DomElement | null }
export interface DomElement {
  type: 'tag' | 'script' | 'style' | 'root';
  name: string;
  attribs: Record<string, string>;
  children: DomNode[];
  parent: DomElement | null;
}
export interface DomOther { type: 'comment' | 'directive' | 'cdata'; parent: DomElement | null; children?: DomNode[] }
export type DomNode = DomText | DomElement | DomOther;

/**
 * Nesting depth beyond which a subtree is flattened to its text. The extractor walks the tree recursively; broken
 * pages nest thousands of unclosed <div>/<font> tags, which would overflow the stack. Real markup stays far below.
 */
export const MAX_DEPTH = 256;

/** htmlparser2 in HTML mode: entities decoded, tag and attribute names lowercased (ARCHITECTURE.md: 3× parse5's speed). */
export function parseHtml(html: string): DomElement {
  const root = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }) as unknown as DomElement;
  flattenDeepSubtrees(root);
  return root;
}

/** Iteratively replaces the children of elements at MAX_DEPTH by one text node holding their text (scripts and styles left out). */
function flattenDeepSubtrees(root: DomElement): void {
  const stack: Array<[DomElement, number]> = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth >= MAX_DEPTH) {
      const text: DomText = { type: 'text', data: iterativeText(node), parent: node };
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

/** Whitespace runs that become one space; the ideographic space U+3000 is kept (Japanese titles use it as a separator). */
const SPACE_RUN = /[ \t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\ufeff]+/g;

/** Collapse runs of whitespace to one space, trimmed (trim also takes ideographic spaces off the ends). */
export function normaliseSpace(s: string): string {
  return s.replace(SPACE_RUN, ' ').trim();
}
