// Readability-style fallback (after Mozilla Readability's grabArticle): text-bearing elements give points to their
// parent and, diminishing, to further ancestors; the best-scoring ancestor, discounted by its link density, is the
// article, together with siblings that score nearly as well. Used when no explicit container holds enough text.
import { effectiveLength } from '../blocks.ts';
import { isElement, textOf, type DomElement } from './dom.ts';
import { BLOCK_TAGS, attrTokens } from './rules.ts';

/** Paragraphs shorter than this (Latin-equivalent characters) give no points. Readability's default (25). */
const MIN_PARAGRAPH_CHARS = 25;
/** Points per this many characters, capped at MAX_LENGTH_POINTS (Readability: one per 100, at most 3). */
const CHARS_PER_POINT = 100;
const MAX_LENGTH_POINTS = 3;
/** How many ancestors receive a paragraph's points (Readability: 5; parent full, grandparent half, then /3·level). */
const ANCESTOR_LEVELS = 5;
/** Class/id weight: named like content or like chrome (Readability's POSITIVE/NEGATIVE patterns, ±25). */
const CLASS_WEIGHT = 25;
const POSITIVE = /article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|inhalt|artikel|contenido|noticia/;
const NEGATIVE = /-ad-|hidden|banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget|nav|menu|teaser|cookie/;
/** Siblings of the top candidate join it when they score at least this share of its score (Readability: 0.2, min 10). */
const SIBLING_SHARE = 0.2;
const MIN_SIBLING_SCORE = 10;
/** Sibling paragraphs join when longer than this and almost free of links (Readability: 80 chars, density < 0.25). */
const SIBLING_PARAGRAPH_CHARS = 80;
const SIBLING_MAX_LINK_DENSITY = 0.25;
/** Commas in many scripts: Latin, CJK full-width and ideographic, Arabic. */
const COMMAS = /[,，、،]/g;

const SCORED_TAGS = new Set(['p', 'pre', 'td', 'blockquote']);
const TAG_BONUS: Record<string, number> = {
  div: 5, article: 5, main: 5, section: 2, pre: 3, td: 3, blockquote: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3, h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

function classWeight(e: DomElement): number {
  const t = attrTokens(e);
  if (!t) return 0;
  let w = 0;
  if (NEGATIVE.test(t)) w -= CLASS_WEIGHT;
  if (POSITIVE.test(t)) w += CLASS_WEIGHT;
  return w;
}

const hasBlockChild = (e: DomElement) => e.children.some((c) => isElement(c) && BLOCK_TAGS.has(c.name));

/** The article element(s) by Readability's scoring, or an empty list when nothing scores. */
export function readabilityCandidates(body: DomElement): DomElement[] {
  const scores = new Map<DomElement, number>();
  const touch = (e: DomElement) => {
    let s = scores.get(e);
    if (s === undefined) { s = (TAG_BONUS[e.name] ?? 0) + classWeight(e); scores.set(e, s); }
    return s;
  };
  const visit = (e: DomElement) => {
    for (const c of e.children) {
      if (!isElement(c)) continue;
      const scored = SCORED_TAGS.has(c.name) || ((c.name === 'div' || c.name === 'section') && !hasBlockChild(c));
      if (scored) {
        const text = textOf(c);
        const length = effectiveLength(text.trim());
        if (length >= MIN_PARAGRAPH_CHARS) {
          const points = 1 + (text.match(COMMAS)?.length ?? 0) + Math.min(Math.floor(length / CHARS_PER_POINT), MAX_LENGTH_POINTS);
          let level = 0;
          for (let a = c.parent; a && level < ANCESTOR_LEVELS && a.name !== 'html' && a.type !== 'root'; a = a.parent, level++) {
            const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
            scores.set(a, touch(a) + points / divider);
          }
        }
      }
      visit(c);
    }
  };
  visit(body);
  let top: DomElement | null = null;
  let topScore = -Infinity;
  const final = new Map<DomElement, number>();
  for (const [e, s] of scores) {
    const st = e.stats;
    const ld = st && st.chars ? st.linkChars / st.chars : 0;
    const f = s * (1 - ld);
    final.set(e, f);
    if (f > topScore) { topScore = f; top = e; }
  }
  if (!top || topScore <= 0) return [];
  const out: DomElement[] = [];
  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SHARE);
  for (const sib of parent.children) {
    if (!isElement(sib)) continue;
    if (sib === top) { out.push(sib); continue; }
    let append = (final.get(sib) ?? 0) >= threshold;
    if (!append && sib.name === 'p') {
      const st = sib.stats;
      if (st && st.chars > SIBLING_PARAGRAPH_CHARS && st.linkChars / st.chars < SIBLING_MAX_LINK_DENSITY) append = true;
    }
    if (append) out.push(sib);
  }
  return out;
}
