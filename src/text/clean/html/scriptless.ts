// Server-rendered copies of script-built pages. JavaScript applications (forum engines, shops, single-page sites)
// build the page in the browser and ship the text for crawlers and script-less readers inside <noscript>, or keep
// it in an inert <template>; the visible markup then holds only a spinner or "Loading…". When that is so, the copy
// is the page: it is turned into an ordinary element before pruning drops what is never text. The reverse also
// happens: the whole page rendered inside a wrapper marked `hidden` until the scripts start; that wrapper is shown.
import { isElement, type DomElement } from './dom.ts';
import { NEVER_TEXT, isHidden } from './rules.ts';
import { nonSpaceChars } from './blocks-dom.ts';

/** Tags whose content a browser shows only without scripts (noscript) or never renders by itself (template). */
const SCRIPTLESS_TAGS = new Set(['noscript', 'template']);
/**
 * A copy shorter than this (non-space characters) is a notice ("Please enable JavaScript", a tracking pixel's
 * fallback), never the page: a forum post or product description runs to hundreds.
 */
export const MIN_SCRIPTLESS_COPY_CHARS = 200;

function textChars(node: DomElement, skip: (e: DomElement) => boolean): number {
  let n = 0;
  for (const c of node.children) {
    if (c.type === 'text') n += nonSpaceChars(c);
    else if (isElement(c) && c.type === 'tag' && !skip(c)) n += textChars(c, skip);
  }
  return n;
}

function outermostScriptless(node: DomElement, out: DomElement[]): DomElement[] {
  for (const c of node.children) {
    if (!isElement(c) || c.type !== 'tag') continue;
    if (SCRIPTLESS_TAGS.has(c.name)) out.push(c);
    else outermostScriptless(c, out);
  }
  return out;
}

/**
 * Renames to `div` each <noscript>/<template> copy holding at least MIN_SCRIPTLESS_COPY_CHARS when together they hold
 * more text than everything visible beside them. Returns how many were revealed.
 */
export function revealScriptlessCopies(body: DomElement): number {
  const copies = outermostScriptless(body, []);
  if (!copies.length) return 0;
  const sizes = copies.map((c) => textChars(c, (e) => e.name === 'script' || e.name === 'style'));
  const substantial = copies.filter((_, i) => sizes[i] >= MIN_SCRIPTLESS_COPY_CHARS);
  if (!substantial.length) return 0;
  const copyChars = sizes.reduce((a, b) => (b >= MIN_SCRIPTLESS_COPY_CHARS ? a + b : a), 0);
  const visible = textChars(body, (e) => NEVER_TEXT.has(e.name) || isHidden(e));
  if (copyChars <= visible) return 0;
  for (const c of substantial) c.name = 'div';
  return substantial.length;
}

/**
 * A hidden element holding more than this share of the page's text is a wrapper the page's scripts reveal, not
 * hidden content (the "whole article goes as one hidden block"; a shop's category page on pagetypes-dev).
 */
export const HIDDEN_WRAPPER_TEXT_SHARE = 0.5;

function outermostHidden(node: DomElement, out: DomElement[]): DomElement[] {
  for (const c of node.children) {
    if (!isElement(c) || c.type !== 'tag' || NEVER_TEXT.has(c.name)) continue;
    if (isHidden(c)) out.push(c);
    else outermostHidden(c, out);
  }
  return out;
}

/** Un-hides (drops `hidden`, `aria-hidden`, the inline style) a hidden element that holds most of the page's text; returns how many. */
export function revealHiddenWrappers(body: DomElement): number {
  const hidden = outermostHidden(body, []);
  if (!hidden.length) return 0;
  const skip = (e: DomElement) => NEVER_TEXT.has(e.name);
  const sizes = hidden.map((e) => textChars(e, skip));
  const largest = sizes.reduce((m, s) => Math.max(m, s), 0); // not Math.max(...): too many arguments for the stack
  if (largest < MIN_SCRIPTLESS_COPY_CHARS) return 0;
  const total = textChars(body, skip);
  let revealed = 0;
  hidden.forEach((e, i) => {
    if (sizes[i] <= HIDDEN_WRAPPER_TEXT_SHARE * total) return;
    delete e.attribs.hidden;
    delete e.attribs['aria-hidden'];
    delete e.attribs.style;
    revealed++;
  });
  return revealed;
}
