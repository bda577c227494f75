// One screen size. Responsive pages often carry one copy of a block per screen size and hide all but one with CSS:
// utility classes of the common frameworks (Tailwind `hidden lg:block`, Bootstrap `d-none d-lg-block`, Bootstrap 3
// `hidden-xs`) or classes the page's own stylesheet hides inside @media rules (site builders generate them as
// `hidden-<hash>`). Read at one desktop width, each element is either shown (the class that hides it elsewhere
// goes, so the class-name rule does not take it) or hidden (marked `hidden`, so pruning audits it as such): the
// reader gets one copy, not none and not three.
import type { DomElement } from './dom.ts';

/** The screen width the page is read at: the common desktop width, inside every framework's "large" range. */
export const VIEWPORT_WIDTH = 1280;

/** Tailwind's default breakpoints (min-width, px; tailwindcss.com/docs/responsive-design). */
const TAILWIND_BREAKPOINTS: Record<string, number> = { sm: 640, md: 768, lg: 1024, xl: 1280, '2xl': 1536 };
/** Bootstrap 4/5 breakpoints (min-width, px; getbootstrap.com/docs/5.3/layout/breakpoints). */
const BOOTSTRAP_BREAKPOINTS: Record<string, number> = { sm: 576, md: 768, lg: 992, xl: 1200, xxl: 1400 };
/** Bootstrap 3 ranges of its `hidden-*` and `visible-*` classes (getbootstrap.com/docs/3.4/css/#responsive-utilities). */
const BOOTSTRAP3_RANGES: Record<string, [number, number]> = { xs: [0, 767], sm: [768, 991], md: [992, 1199], lg: [1200, Infinity] };

/** Tailwind display utilities (tailwindcss.com/docs/display), `hidden` included. */
const TAILWIND_DISPLAY = /^(?:(sm|md|lg|xl|2xl):)?(hidden|block|flex|grid|inline|inline-block|inline-flex|inline-grid|table|contents|flow-root)$/;
/** Bootstrap 4/5 display utilities: `d-none`, `d-lg-block` ... */
const BOOTSTRAP_DISPLAY = /^d-(?:(sm|md|lg|xl|xxl)-)?(none|block|flex|grid|inline|inline-block|inline-flex|table|table-cell|table-row)$/;
const BOOTSTRAP3 = /^(hidden|visible)-(xs|sm|md|lg)(?:-(?:block|inline|inline-block))?$/;

type Display = 'shown' | 'hidden';
/** A class that decides display at the viewport, and whether it is one the class-name rule would read as hiding. */
interface Decision { display: Display; hidingName: boolean }

/**
 * The display a mobile-first set of utilities gives at the viewport: the utility of the largest breakpoint not
 * above it wins, the unprefixed one applies below every breakpoint. null when no breakpoint-prefixed utility is among them.
 */
function mobileFirst(classes: string[], pattern: RegExp, breakpoints: Record<string, number>, none: string): Display | null {
  let best = -1;
  let display: Display | null = null;
  let responsive = false;
  for (const c of classes) {
    const m = pattern.exec(c);
    if (!m) continue;
    responsive ||= m[1] !== undefined;
    const from = m[1] ? breakpoints[m[1]] : 0;
    if (from > VIEWPORT_WIDTH || from < best) continue;
    best = from;
    display = m[2] === none ? 'hidden' : 'shown';
  }
  // A lone unprefixed `hidden` says nothing about screen sizes: the class-name rule judges it.
  return responsive ? display : null;
}

function bootstrap3(classes: string[]): Display | null {
  let visibleSomewhere = false, visibleHere = false, hiddenHere = false, seen = false;
  for (const c of classes) {
    const m = BOOTSTRAP3.exec(c);
    if (!m) continue;
    seen = true;
    const [from, to] = BOOTSTRAP3_RANGES[m[2]];
    const here = VIEWPORT_WIDTH >= from && VIEWPORT_WIDTH <= to;
    if (m[1] === 'hidden') hiddenHere ||= here;
    else { visibleSomewhere = true; visibleHere ||= here; }
  }
  if (!seen) return null;
  return hiddenHere || (visibleSomewhere && !visibleHere) ? 'hidden' : 'shown';
}

/** Classes the page's stylesheets hide with `display: none` only inside @media rules, each with whether it hides at the viewport. */
export type MediaHiding = Map<string, boolean>;

const DISPLAY_NONE = /display\s*:\s*none/gi;
const SINGLE_CLASS = /^\.(-?[_a-zA-Z][\w-]*)$/;
const MEDIA_WIDTH = /\((min|max)-width\s*:\s*([\d.]+)px\s*\)/g;

/** Does a media query's condition hold at the viewport (screen, width conditions in px; anything else: no)? */
function mediaMatches(query: string): boolean {
  if (/\bprint\b|orientation|height|\bnot\b|hover|pointer|prefers/i.test(query)) return false;
  if (/\bor\b|,/.test(query)) return false;
  let any = false;
  MEDIA_WIDTH.lastIndex = 0;
  for (let m = MEDIA_WIDTH.exec(query); m; m = MEDIA_WIDTH.exec(query)) {
    any = true;
    const px = Number(m[2]);
    if (m[1] === 'min' ? VIEWPORT_WIDTH < px : VIEWPORT_WIDTH > px) return false;
  }
  return any;
}

/**
 * The single-class selectors that a page's CSS hides inside @media rules of width (see MediaHiding). A class also
 * hidden outside any @media rule is left out: scripts show it (a closed menu, a modal), not the screen size.
 */
export function mediaHiding(css: string): MediaHiding {
  const byMedia = new Map<string, boolean>();
  const always = new Set<string>();
  DISPLAY_NONE.lastIndex = 0;
  for (let m = DISPLAY_NONE.exec(css); m; m = DISPLAY_NONE.exec(css)) {
    const open = css.lastIndexOf('{', m.index);
    if (open < 0 || css.lastIndexOf('}', m.index) > open) continue;
    const selectorStart = Math.max(css.lastIndexOf('}', open), css.lastIndexOf('{', open - 1), css.lastIndexOf(';', open)) + 1;
    const classes = css.slice(selectorStart, open).split(',').map((s) => SINGLE_CLASS.exec(s.trim())?.[1]);
    if (classes.some((c) => !c)) continue;
    const query = enclosingMedia(css, selectorStart);
    for (const c of classes as string[]) {
      if (query === null) always.add(c);
      else byMedia.set(c, (byMedia.get(c) ?? false) || mediaMatches(query));
    }
  }
  for (const c of always) byMedia.delete(c);
  return byMedia;
}

/** The condition of the @media block the rule starting at `at` sits in, or null when it is at the top level. */
function enclosingMedia(css: string, at: number): string | null {
  const media = css.lastIndexOf('@media', at);
  if (media < 0) return null;
  const open = css.indexOf('{', media);
  if (open < 0 || open >= at) return null;
  // Still inside when every block opened since the @media's own brace was closed again.
  let depth = 0;
  for (let i = open + 1; i < at; i++) {
    const c = css.charCodeAt(i);
    if (c === 123) depth++;
    else if (c === 125 && --depth < 0) return null;
  }
  return depth === 0 ? css.slice(media + 6, open) : null;
}

/** Class names the class-name rule reads as hiding (see rules.ts CLASS_RULES): dropped from an element shown at the viewport. */
const HIDING_NAME = /^(?:(?:hidden|hide)(?:$|[-_])|d-none$)/;

function decide(classes: string[], media: MediaHiding): Decision | null {
  const tailwind = mobileFirst(classes, TAILWIND_DISPLAY, TAILWIND_BREAKPOINTS, 'hidden');
  const bootstrap = mobileFirst(classes, BOOTSTRAP_DISPLAY, BOOTSTRAP_BREAKPOINTS, 'none');
  const old = bootstrap3(classes);
  let sheet: Display | null = null;
  for (const c of classes) {
    const here = media.get(c);
    if (here === undefined) continue;
    if (here) { sheet = 'hidden'; break; }
    sheet = 'shown';
  }
  const all = [tailwind, bootstrap, old, sheet].filter((d): d is Display => d !== null);
  if (!all.length) return null;
  return { display: all.includes('hidden') ? 'hidden' : 'shown', hidingName: classes.some((c) => HIDING_NAME.test(c)) };
}

/** Cheap test before splitting a class attribute: could any of its names decide display? */
const MAYBE_RESPONSIVE = /hidden|\bd-|visible-|:(?:block|flex|grid|inline|table|contents|flow-root)/;

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What the page's own stylesheets hide at which widths, read once per page. */
export interface Viewport { media: MediaHiding; mentionsMedia: RegExp | null }

/** The page's <style> elements read for classes they hide by screen width (from the source: a regex, no tree walk). */
export function pageViewport(html: string): Viewport {
  if (!html.includes('@media')) return { media: new Map(), mentionsMedia: null };
  let css = '';
  // Plain string searches for lowercase tags (as pages write them; a missed <STYLE> only loses its @media rules):
  // faster than a case-insensitive regex over the whole source.
  for (let open = html.indexOf('<style'); open >= 0; open = html.indexOf('<style', open + 6)) {
    const start = html.indexOf('>', open) + 1;
    if (start === 0) break;
    const end = html.indexOf('</style', start);
    css += html.slice(start, end < 0 ? html.length : end) + '\n';
    if (end < 0) break;
    open = end;
  }
  const media = css.includes('@media') ? mediaHiding(css) : new Map<string, boolean>();
  return { media, mentionsMedia: media.size ? new RegExp([...media.keys()].map(escapeRegExp).join('|')) : null };
}

/**
 * Reads an element at VIEWPORT_WIDTH: hidden there, it gets the `hidden` attribute; shown there, it loses the class
 * names that hide it at other widths (and the rule results kept for the old names).
 */
export function applyViewport(e: DomElement, viewport: Viewport): void {
  const cls = e.attribs.class;
  if (!cls || (!MAYBE_RESPONSIVE.test(cls) && !viewport.mentionsMedia?.test(cls))) return;
  const classes = cls.split(/\s+/).filter(Boolean);
  const d = decide(classes, viewport.media);
  if (d?.display === 'hidden') e.attribs.hidden = '';
  else if (d?.display === 'shown' && d.hidingName) {
    e.attribs.class = classes.filter((k) => !HIDING_NAME.test(k) && !viewport.media.has(k)).join(' ');
    e.tokens = undefined;
    e.chromeReasons = undefined;
  }
}
