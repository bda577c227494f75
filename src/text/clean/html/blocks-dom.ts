// DOM → blocks: prune what is never text, measure every element once, and cut the page into one block per
// block-level element, each remembering whether it sits in the article container and which chrome rule (if any)
// covers it. Selection happens later (extract.ts); this file only describes the page.
import type { ParagraphKind, RemovalReason, RemovedBlock } from '../../../types.ts';
import { findElement, isElement, normaliseSpace, type DomElement, type DomNode, type DomText } from './dom.ts';
import { applyViewport, type Viewport } from './viewport.ts';
import { isUnspaced } from '../../language/words.ts';
import { BLOCK_TAGS, HEADING_TAGS, LEAD_CLASS, NEVER_TEXT, VISIBLE_NEVER_TEXT, attrTokens, chromeReason, isHidden } from './rules.ts';

export interface ElementStats { chars: number; linkChars: number }
export interface PageBlock {
  text: string;
  kind: ParagraphKind;
  /** Tag of the block element the text belongs to ('p', 'li', 'div', 'td', ...). */
  tag: string;
  linkDensity: number;
  inContainer: boolean;
  /** Outside the container, inside an element named like a standfirst (lead, deck, excerpt, intro). */
  lead: boolean;
  /** The outermost chrome rule covering this block, or null. */
  reason: RemovalReason | null;
  /** Index of the block element in document order: blocks sharing it came from one element split by children. */
  element: DomElement;
}

/** Text shorter than this (after normalisation) is not worth showing in `removed`: bullets, pipes, lone digits. */
export const MIN_AUDIT_CHARS = 3;
/**
 * A chrome rule on an element holding more than this share of the page's text (of the container's, inside it) is
 * ignored: it is a layout wrapper (`<div class="page has-sidebar">`, an ASP.NET `<form>` around the whole page,
 * `<div class="banners-content">` around an article body), not the chrome it is named after.
 */
export const WRAPPER_TEXT_SHARE = 0.5;

/** Non-space characters of a text node, counted once: the wrapper checks (scriptless.ts), measure and every collectBlocks pass ask for every node. */
export function nonSpaceChars(node: DomText): number {
  return (node.chars ??= countChars(node.data));
}

const SPACE_RUN = /\s+/g;
/** Characters that are not whitespace: the length minus the whitespace runs, without building a stripped copy. */
function countChars(s: string): number {
  let n = s.length;
  SPACE_RUN.lastIndex = 0;
  for (let m = SPACE_RUN.exec(s); m; m = SPACE_RUN.exec(s)) n -= m[0].length;
  return n;
}

/**
 * Removes never-text elements, comments and hidden elements in place; hidden text is audited as 'hidden', the visible
 * words of controls and the like (VISIBLE_NEVER_TEXT) with their own reason. Each
 * element is read at the page's viewport first (viewport.ts), which may hide it or drop the class that hid it.
 */
export function prune(node: DomElement, removed: RemovedBlock[], viewport: Viewport): void {
  const kept: DomNode[] = [];
  for (const child of node.children) {
    if (child.type === 'text') { kept.push(child); continue; }
    if (!isElement(child)) continue; // comments, directives, CDATA
    if (NEVER_TEXT.has(child.name)) {
      const reason = VISIBLE_NEVER_TEXT[child.name];
      if (reason) auditText(child, reason, removed);
      continue;
    }
    applyViewport(child, viewport);
    if (isHidden(child)) {
      auditText(child, 'hidden', removed);
      continue;
    }
    prune(child, removed, viewport);
    kept.push(child);
  }
  node.children = kept;
}

/** An element's text, if long enough to be worth showing, audited in `removed` with `reason`. */
function auditText(node: DomElement, reason: RemovalReason, removed: RemovedBlock[]): void {
  const text = normaliseSpace(plainText(node));
  if (text.length >= MIN_AUDIT_CHARS) removed.push({ text, reason });
}

/** The text of an element for `removed`: blocks and the items of a menu or list of links (see WORD_PART_TAGS) apart. */
function plainText(node: DomNode): string {
  if (node.type === 'text') return node.data;
  if (!isElement(node) || (NEVER_TEXT.has(node.name) && !(node.name in VISIBLE_NEVER_TEXT))) return '';
  let s = '';
  for (const c of node.children) {
    const text = plainText(c);
    s += isElement(c) && !WORD_PART_TAGS.has(c.name) && text ? text + ' ' : text;
  }
  return s;
}

/**
 * Characters and link characters of every element (whitespace not counted), in one post-order pass, kept on the
 * elements (`stats`): every pass reads them for every element, and a Map keyed by element cost about as much as
 * the measuring.
 */
export function measure(node: DomElement, inLink = false): ElementStats {
  let chars = 0, linkChars = 0;
  const link = inLink || node.name === 'a';
  for (const child of node.children) {
    if (child.type === 'text') {
      const n = nonSpaceChars(child);
      chars += n;
      if (link) linkChars += n;
    } else if (isElement(child)) {
      const s = measure(child, link);
      chars += s.chars;
      linkChars += s.linkChars;
    }
  }
  const s = { chars, linkChars };
  node.stats = s;
  return s;
}

/**
 * Phrasing elements that style part of a run of text and may split a word (`<b>W</b>ord`, `<span>31</span><span>g</span>`).
 * Any other inline element written right after a sibling element is an item of its own: a link is a target, never half
 * a word, and menus, tag lists and cards set links and labels side by side without a space (CSS lays them out apart).
 */
const WORD_PART_TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 's', 'sup', 'sub', 'small', 'big', 'mark', 'span', 'font', 'abbr', 'code', 'kbd', 'var', 'samp', 'tt', 'q', 'cite', 'dfn', 'del', 'ins', 'strike', 'bdi', 'bdo', 'wbr', 'ruby']);
const separatesFrom = (previous: DomElement, next: DomElement) => !(WORD_PART_TAGS.has(previous.name) && WORD_PART_TAGS.has(next.name));
/** Two runs of text that would join into one word: a letter or digit on both sides, neither of an unspaced script. */
function gluesWords(before: string, after: string): boolean {
  if (!before || !after) return false;
  // The last code point alone: an end-anchored pattern would be tried at every position of a long buffer.
  const lastUnit = before.charCodeAt(before.length - 1);
  const last = lastUnit >= 0xdc00 && lastUnit <= 0xdfff && before.length > 1 ? before.slice(-2) : before.slice(-1);
  const first = String.fromCodePoint(after.codePointAt(0)!);
  return WORD_CHARACTER.test(last) && WORD_CHARACTER.test(first) && !isUnspaced(last) && !isUnspaced(first);
}
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;

const SEMANTIC_FRAME_TAGS = new Set(['footer', 'nav']);
/** Holds the page's heading or main landmark: a layout wrapper, whatever its name says. */
export const holdsPageHeading = (e: DomElement) => !!findElement(e, (x) => x.name === 'h1' || x.name === 'main');
const NO_REASONS: ReadonlySet<RemovalReason> = new Set();
const NO_ELEMENTS: ReadonlyMap<DomElement, RemovalReason> = new Map();

interface Context { kind: ParagraphKind; reason: RemovalReason | null; inContainer: boolean; lead: boolean; element: DomElement; tag: string; scopeChars: number }

/**
 * Cuts the page into blocks. `containers` are the article container(s): their descendants are `inContainer`, their
 * ancestors are never chrome. Chrome rules are those of rules.ts, minus wrappers holding most of the page's text;
 * `contentReasons` are rule reasons that mark content on this kind of page, `chromeElements` chrome the caller found.
 */
export function collectBlocks(
  body: DomElement, containers: Set<DomElement>, contentReasons: ReadonlySet<RemovalReason> = NO_REASONS,
  chromeElements: ReadonlyMap<DomElement, RemovalReason> = NO_ELEMENTS,
): PageBlock[] {
  const blocks: PageBlock[] = [];
  const ancestors = new Set<DomElement>();
  for (const c of containers) for (let p = c.parent; p; p = p.parent) ancestors.add(p);
  const pageChars = body.stats?.chars ?? 0;

  let buffer = '';
  let linkChars = 0, textChars = 0;
  let bufferContext: Context | null = null;

  const flush = () => {
    if (bufferContext && textChars > 0) {
      const text = normaliseSpace(buffer);
      if (text) {
        blocks.push({
          text, kind: bufferContext.kind, tag: bufferContext.tag, linkDensity: Math.min(1, linkChars / textChars),
          inContainer: bufferContext.inContainer, lead: bufferContext.lead, reason: bufferContext.reason, element: bufferContext.element,
        });
      }
    }
    buffer = '';
    linkChars = textChars = 0;
    bufferContext = null;
  };

  // Set when an element starts right after a sibling element that is a unit of its own (see separatesFrom).
  let separate = false;
  const walk = (node: DomElement, ctx: Context, inLink: boolean) => {
    let previous: DomElement | null = null;
    for (const child of node.children) {
      if (child.type === 'text') {
        const n = nonSpaceChars(child);
        if (n > 0 && !bufferContext) bufferContext = ctx;
        if (n > 0 && separate && gluesWords(buffer, child.data)) buffer += ' ';
        if (child.data) { separate = false; previous = null; }
        buffer += child.data;
        textChars += n;
        if (inLink) linkChars += n;
        continue;
      }
      if (!isElement(child)) continue;
      const name = child.name;
      if (name === 'br') { buffer += '\n'; continue; }
      if (previous && separatesFrom(previous, child)) separate = true;
      previous = child;
      const isBlock = BLOCK_TAGS.has(name);
      // Each set asked once per element and pass (they were asked up to five times).
      const isContainer = containers.size > 0 && containers.has(child);
      const isAncestor = ancestors.size > 0 && ancestors.has(child);
      let next = ctx;
      if (isBlock || isContainer || (!ctx.reason && !isAncestor)) {
        const inContainer = ctx.inContainer || isContainer;
        // Wrapper shares are measured against the container inside it, against the page outside.
        const scopeChars = isContainer ? (child.stats?.chars ?? 0) : ctx.scopeChars;
        let reason = ctx.reason;
        if (!reason && !isAncestor && !isContainer) {
          let r = chromeElements.get(child) ?? chromeReason(child, inContainer);
          if (r && contentReasons.has(r)) r = null;
          const share = scopeChars ? (child.stats?.chars ?? 0) / scopeChars : 0;
          // A <footer> or <nav> element is what its tag says even when it holds the whole page (a shop whose scripts
          // never ran leaves only its footer); class names and other tags may name a layout wrapper. A consent dialog
          // listing hundreds of partners outweighs a short page, but a wrapper would hold the page's heading.
          if (r && (share <= WRAPPER_TEXT_SHARE || r === 'comment-chrome' || r === 'hidden' || SEMANTIC_FRAME_TAGS.has(name) || (r === 'cookie' && !holdsPageHeading(child)))) reason = r;
        }
        let kind = ctx.kind;
        if (HEADING_TAGS.has(name)) kind = 'heading';
        else if (name === 'li' || name === 'dt' || name === 'dd') kind = kind === 'heading' ? kind : 'list';
        else if (name === 'blockquote') kind = 'quote';
        const lead = ctx.lead || (!inContainer && containers.size > 0 && LEAD_CLASS.test(attrTokens(child)));
        // Both written out in full (no spread): one object shape, and no copying loop, for every element of every pass.
        next = isBlock
          ? { kind, reason, inContainer, lead, element: child, tag: name, scopeChars }
          : { kind: ctx.kind, reason, inContainer, lead, element: ctx.element, tag: ctx.tag, scopeChars };
      }
      // An inline element that a rule marks as chrome (`<span class="share">`) is cut out as its own block.
      const boundary = isBlock || next.reason !== ctx.reason;
      if (boundary) flush();
      walk(child, next, inLink || name === 'a');
      if (boundary) flush();
    }
  };
  walk(body, { kind: 'p', reason: null, inContainer: containers.has(body), lead: false, element: body, tag: body.name, scopeChars: pageChars }, false);
  flush();
  return blocks;
}
