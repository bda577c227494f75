// Cross-article comparison of numeric claims: claims about the same (entity, attribute, unit kind, time) from
// different articles form a group, and the group agrees when every pair of value intervals overlaps.
//
// Grouping rules:
// - Only numeric claims with an entity take part (quotes have no interval and are not compared).
// - A claim no word measures (`amount`, a bare percentage's `share`) joins the one measured attribute of its entity and
//   unit kind, when there is exactly one (as an untimed claim joins the one time of its key).
// - Unit kind: money per currency (USD and EUR never meet: converting would need a date and a rate, and a reader
//   wants the figures as stated), percent with percent, counts per unit noun ('parameters', 'employees'),
//   bare numbers with bare numbers.
// - Time: claims with a stated time group per time. A claim without a time joins the timed claims of its key only
//   when they all share one time (then the article most likely means that year); when the key has several times,
//   it is ambiguous which one is meant, so untimed claims stay in their own untimed group.
// - A claim with no named subject (`the entry fee is nine dollars`) is compared only within a story: articles
//   that state at least MIN_SHARED_FACTS of the same facts without a subject, and MIN_SHARED_SHARE of the smaller one's
//   (translations and retellings of one report share most of their figures, unrelated pages a few common ones). There it groups with the claims of the same measure,
//   unit kind and value (foundBy 'story'): such a group shows the same figure across languages; it cannot show a
//   conflict, since without a subject two different figures may well be about two different things.
// - A group is shown only when its claims come from at least two articles.
// - With an embedding similarity, groups of the same entity, unit kind and compatible time but different attribute
//   words (`spending` / `expenses`) merge when a pair of their claims from different articles is similar enough;
//   the claims brought in that way are marked foundBy 'embedding'.
// - A claim whose sentence holds, as its language writes it, the name another language's claim of the same unit and
//   value has as its entity takes that entity when it has none or only that name unlinked (name-links.ts; foundBy 'name').
// - A parameter count stated about a company (attribute 'model-parameters': `谷歌……540B參數`) joins the
//   'parameters' claims of a model that company makes (the alias table's `developer` links) when exactly one such
//   model has claims from other articles whose intervals overlap it; it is marked foundBy 'developer'.

import type { ArticleClaim } from '../../types.ts';
import { MODEL_PARAMETERS } from './claims.ts';
import { linkedEntities } from './name-links.ts';
import { factValue, MAX_ARTICLES_PER_LINKING_FACT, statesFigure, type FigureClaim } from './facts.ts';

export type { ArticleClaim };

/**
 * How a claim came into its group: the grouping rules, claim embeddings, a company's model (developer links), or its
 * subject linked by the same fact in another language (name-links.ts: `name`, the claim takes the group's entity).
 */
export type FoundBy = 'rules' | 'embedding' | 'developer' | 'story' | 'name';

export interface ClaimGroup {
  entity: string;
  attribute: string;
  unit: string | null;
  time: string | null;
  verdict: 'agree' | 'conflict';
  claims: Array<ArticleClaim & { foundBy: FoundBy }>;
}

/**
 * Cosine similarity of two claim embeddings above which claims with different attribute words are taken to state
 * the same attribute. High on purpose: a wrong merge invents a conflict. Overridden by the `similarityThreshold` option.
 */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.85;
/** Intervals touching within this relative distance overlap: values like 5.4 × 10^8 carry floating-point noise. */
const FLOAT_RELATIVE_EPSILON = 1e-9;
/** A group needs claims from this many different articles to be shown: one article agreeing with itself says nothing. */
const MIN_ARTICLES_PER_GROUP = 2;

const ISO_CURRENCY = /^[A-Z]{3}$/;

/** Fewest facts without a subject that two articles must share to be read as one story (one or two is chance: `10 %`, `2 years`). */
const MIN_SHARED_FACTS = 3;
/**
 * Share of the smaller article's facts (without a subject) that the two must share as well: a long recipe and a long
 * report both state `2 days`, `20 minutes` and `1 month` by chance; a retelling repeats a good part of its source's figures.
 */
const MIN_SHARED_SHARE = 0.25;
/** The entity a story group is filed under: its claims have none. */
export const NO_NAMED_SUBJECT = '';

/** 'money:USD', 'percent', 'count:parameters' or 'number': claims compare only within one kind. */
export function unitKind(unit: string | null): string {
  if (unit === null || unit === '') return 'number';
  if (unit === '%') return 'percent';
  if (ISO_CURRENCY.test(unit)) return `money:${unit}`;
  return `count:${unit.trim().toLowerCase()}`;
}

/** True when the two closed intervals share a point (one-sided intervals have an infinite end). */
export function intervalsOverlap(a: { low: number; high: number }, b: { low: number; high: number }): boolean {
  return startsBeforeEnd(a.low, b.high) && startsBeforeEnd(b.low, a.high);
}

/** low <= high, up to float noise. Strictly increasing in low and decreasing in high (what verdictOf relies on). */
function startsBeforeEnd(low: number, high: number): boolean {
  const slack = Number.isFinite(low) && Number.isFinite(high) ? Math.max(Math.abs(low), Math.abs(high)) * FLOAT_RELATIVE_EPSILON : 0;
  return low <= high + slack;
}

type NumericClaim = ArticleClaim & { entity: string; low: number; high: number };

interface Bucket {
  entity: string;
  attribute: string;
  kind: string;
  unit: string | null;
  time: string | null;
  claims: NumericClaim[];
}

function isNumeric(c: ArticleClaim): c is NumericClaim {
  return c.entity !== null && c.entity !== '' && statesFigure(c);
}

type UnnamedClaim = FigureClaim;

/**
 * A numeric claim with no named subject and with a unit (money, percent, a measure): the story rule's input. A bare
 * number without subject or measure (`Tipp 3`, `1-1`, `option 1`) states nothing that could be the same fact elsewhere.
 */
function isUnnamed(c: ArticleClaim): c is UnnamedClaim {
  return (c.entity === null || c.entity === '') && c.unit !== null && c.unit !== '' && statesFigure(c);
}

/** What a claim without a subject states: its measure, unit kind and value (or interval), language-independent. */
function factKey(c: UnnamedClaim): string {
  return JSON.stringify([c.attribute.trim().toLowerCase(), unitKind(c.unit), ...factValue(c)]);
}

/**
 * Groups of claims without a subject: articles linked into stories by their shared facts (union-find over the pairs
 * that share MIN_SHARED_FACTS), then one group per story and fact stated by at least two of its articles.
 */
function storyGroups(unnamed: UnnamedClaim[]): ClaimGroup[] {
  const byFact = groupBy(unnamed, factKey);
  const factsOf = new Map<string, number>();
  for (const list of byFact.values()) for (const path of new Set(list.map((c) => c.path))) factsOf.set(path, (factsOf.get(path) ?? 0) + 1);
  const shared = new Map<string, number>();
  for (const list of byFact.values()) {
    const paths = [...new Set(list.map((c) => c.path))].sort();
    if (paths.length < 2 || paths.length > MAX_ARTICLES_PER_LINKING_FACT) continue;
    for (const [n, a] of paths.entries()) for (const b of paths.slice(n + 1)) {
      const pair = `${a}\u0000${b}`;
      shared.set(pair, (shared.get(pair) ?? 0) + 1);
    }
  }
  const parent = new Map<string, string>();
  const find = (p: string): string => {
    const up = parent.get(p) ?? p;
    if (up === p) return p;
    const root = find(up);
    parent.set(p, root);
    return root;
  };
  for (const [pair, count] of [...shared].sort((x, y) => compareText(x[0], y[0]))) {
    const [a, b] = pair.split('\u0000');
    if (count < MIN_SHARED_FACTS || count < MIN_SHARED_SHARE * Math.min(factsOf.get(a)!, factsOf.get(b)!)) continue;
    const [ra, rb] = [find(a), find(b)];
    // The smaller path is the root: the same stories whatever order the pairs come in.
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const groups: ClaimGroup[] = [];
  for (const [, list] of groupBy(unnamed, (c) => `${find(c.path)}\u0000${factKey(c)}`)) {
    if (articles(list) < MIN_ARTICLES_PER_GROUP) continue;
    const members = list.map((c) => ({ ...c, foundBy: 'story' as const }))
      .sort((a, b) => compareText(a.path, b.path) || a.paragraph - b.paragraph || a.id - b.id);
    const times = [...new Set(members.map((c) => c.time).filter((t): t is string => t !== null))];
    groups.push({ entity: NO_NAMED_SUBJECT, attribute: members[0].attribute.trim().toLowerCase(), unit: members[0].unit,
      time: times.length === 1 ? times[0] : null, verdict: 'agree', claims: members });
  }
  return groups;
}

function articles(claims: ArticleClaim[]): number {
  return new Set(claims.map((c) => c.path)).size;
}

function compareText(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

/**
 * Attributes the claims rules give a quantity that no word measures: `amount` (a sum or number alone) and the `share`
 * of a bare percentage. Such a claim says less than one whose attribute was written, not something else.
 */
const UNMEASURED_ATTRIBUTES: ReadonlySet<string> = new Set(['amount', 'share']);

function isUnmeasured(c: NumericClaim): boolean {
  return c.measure === null && UNMEASURED_ATTRIBUTES.has(c.attribute.trim().toLowerCase());
}

/**
 * The attribute a claim is grouped under: its own, or, for an unmeasured claim, the one attribute that the measured
 * claims of its entity and unit kind share (`Velo … €12.5 million` with `Velo … raised €12.5 million`), as an untimed
 * claim takes the one time of its key. With several attributes it is unknown which one is meant: it keeps its own.
 */
function groupingAttributes(claims: NumericClaim[]): Map<NumericClaim, string> {
  const measured = new Map<string, Set<string>>();
  const keyOf = (c: NumericClaim) => JSON.stringify([c.entity, unitKind(c.unit)]);
  for (const c of claims) {
    if (isUnmeasured(c)) continue;
    const key = keyOf(c);
    const set = measured.get(key) ?? new Set<string>();
    set.add(c.attribute.trim().toLowerCase());
    measured.set(key, set);
  }
  return new Map(claims.map((c) => {
    const own = c.attribute.trim().toLowerCase();
    const known = isUnmeasured(c) ? measured.get(keyOf(c)) : undefined;
    return [c, known?.size === 1 ? [...known][0] : own];
  }));
}

/** Rule buckets: (entity, attribute, unit kind), then split by time with the untimed-claims rule above. */
function ruleBuckets(claims: NumericClaim[]): Bucket[] {
  const attributeOf = groupingAttributes(claims);
  const byKey = groupBy(claims, (c) => JSON.stringify([c.entity, attributeOf.get(c)!, unitKind(c.unit)]));
  const buckets: Bucket[] = [];
  for (const [key, list] of byKey) {
    const [entity, attribute, kind] = JSON.parse(key) as [string, string, string];
    const times = [...new Set(list.map((c) => c.time).filter((t): t is string => t !== null))].sort();
    const byTime = new Map<string | null, NumericClaim[]>();
    for (const c of list) {
      const time = c.time ?? (times.length === 1 ? times[0] : null);
      const group = byTime.get(time);
      if (group) group.push(c);
      else byTime.set(time, [c]);
    }
    for (const [time, members] of byTime) buckets.push({ entity, attribute, kind, unit: members[0].unit, time, claims: members });
  }
  return buckets;
}

function timesCompatible(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * Claims of each bucket looked at when two buckets are tested for similarity. A fact repeated by thousands of pages
 * would otherwise cost millions of vector comparisons per pair of buckets; the first few dozen say as much.
 */
const MAX_CLAIMS_COMPARED = 32;

/** Union-find over buckets joined by similar claims (same entity, unit kind, compatible time, different attribute). */
function mergeBySimilarity(buckets: Bucket[], similarity: (a: ArticleClaim, b: ArticleClaim) => number | null, threshold: number): number[] {
  const parent = buckets.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const groupTime = new Map<number, string | null>(buckets.map((b, i) => [i, b.time]));
  // Only buckets of the same entity and unit kind can join: pair within those, not across all buckets of the corpus.
  const candidates = groupBy(buckets.map((_, i) => i), (i) => `${buckets[i].entity}\u0000${buckets[i].kind}`);
  for (const indexes of candidates.values()) {
    for (const [n, i] of indexes.entries()) {
      for (const j of indexes.slice(n + 1)) {
        const a = buckets[i];
        const b = buckets[j];
        if (a.attribute === b.attribute) continue;
        const ri = find(i);
        const rj = find(j);
        if (ri === rj || !timesCompatible(groupTime.get(ri)!, groupTime.get(rj)!)) continue;
        const similar = a.claims.slice(0, MAX_CLAIMS_COMPARED).some((x) => b.claims.slice(0, MAX_CLAIMS_COMPARED).some((y) => {
          if (x.path === y.path) return false;
          const s = similarity(x, y);
          return s !== null && s >= threshold;
        }));
        if (!similar) continue;
        parent[rj] = ri;
        groupTime.set(ri, groupTime.get(ri) ?? groupTime.get(rj)!);
      }
    }
  }
  return buckets.map((_, i) => find(i));
}

/**
 * 'agree' when every two claims' intervals overlap. On a line that holds exactly when the highest start is not past
 * the lowest end (startsBeforeEnd is monotonic in both), so one pass does instead of every pair: a fact repeated by
 * thousands of pages made the pairwise test most of an ingest's time.
 */
function verdictOf(claims: NumericClaim[]): 'agree' | 'conflict' {
  let highestLow = -Infinity;
  let lowestHigh = Infinity;
  for (const c of claims) {
    highestLow = Math.max(highestLow, c.low);
    lowestHigh = Math.min(lowestHigh, c.high);
  }
  return startsBeforeEnd(highestLow, lowestHigh) ? 'agree' : 'conflict';
}

function thresholdOption(options: Record<string, unknown> | undefined): number {
  const value = options?.similarityThreshold;
  if (value === undefined || value === null) return DEFAULT_SIMILARITY_THRESHOLD;
  if (typeof value !== 'number' || !(value > 0 && value <= 1)) throw new Error(`compare: similarityThreshold must be a number in (0, 1], got ${JSON.stringify(value)}`);
  return value;
}

/**
 * Groups numeric claims from different articles and decides agree / conflict. Deterministic: groups sorted by
 * entity, attribute, time (untimed first), unit; claims by path, paragraph, id.
 * Options: `similarityThreshold` (default DEFAULT_SIMILARITY_THRESHOLD), used only when `similarity` is given.
 */
export function groupClaims(claims: ArticleClaim[], options?: Record<string, unknown>, similarity?: (a: ArticleClaim, b: ArticleClaim) => number | null,
  productsByDeveloper?: ReadonlyMap<string, readonly string[]>): ClaimGroup[] {
  const threshold = thresholdOption(options);
  const links = linkedEntities(claims);
  if (links.size) claims = claims.map((c) => (links.has(c.id) ? { ...c, entity: links.get(c.id)! } : c));
  const numeric = claims.filter(isNumeric);
  const viaDeveloper = new Set<number>();
  const parameters = parametersByEntity(numeric);
  const resolved = numeric.map((c) => {
    const model = c.attribute === MODEL_PARAMETERS ? modelOfDeveloper(c, parameters, productsByDeveloper) : null;
    if (!model) return c;
    viaDeveloper.add(c.id);
    return { ...c, entity: model, attribute: 'parameters' };
  });
  const buckets = ruleBuckets(resolved);
  const roots = similarity ? mergeBySimilarity(buckets, similarity, threshold) : buckets.map((_, i) => i);

  const merged = new Map<number, Bucket[]>();
  buckets.forEach((b, i) => {
    const list = merged.get(roots[i]);
    if (list) list.push(b);
    else merged.set(roots[i], [b]);
  });

  const groups: ClaimGroup[] = [];
  for (const parts of merged.values()) {
    // The bucket with the most articles names the group; the others joined it through the embedding.
    const main = [...parts].sort((a, b) => articles(b.claims) - articles(a.claims) || b.claims.length - a.claims.length || compareText(a.attribute, b.attribute))[0];
    const members = parts.flatMap((part) => part.claims.map((c) => ({ ...c,
      foundBy: viaDeveloper.has(c.id) ? 'developer' as const : links.has(c.id) ? 'name' as const : part === main ? 'rules' as const : 'embedding' as const })));
    if (articles(members) < MIN_ARTICLES_PER_GROUP) continue;
    members.sort((a, b) => compareText(a.path, b.path) || a.paragraph - b.paragraph || a.id - b.id);
    const time = parts.map((p) => p.time).find((t) => t !== null) ?? null;
    groups.push({ entity: main.entity, attribute: main.attribute, unit: main.unit, time, verdict: verdictOf(members), claims: members });
  }
  groups.push(...storyGroups(claims.filter(isUnnamed)));
  // Story groups can share all four: their first claim (path, paragraph, value) orders them, in every partitioning alike.
  const first = (g: ClaimGroup) => g.claims[0];
  return groups.sort((a, b) => compareText(a.entity, b.entity) || compareText(a.attribute, b.attribute) || compareText(a.time, b.time) || compareText(a.unit, b.unit)
    || compareText(first(a).path, first(b).path) || first(a).paragraph - first(b).paragraph || (first(a).low ?? 0) - (first(b).low ?? 0));
}

/**
 * The one model made by the claim's company whose 'parameters' claims in other articles overlap the claim's
 * interval; null when there is none or more than one (which model is meant is then unknown).
 */
function modelOfDeveloper(claim: NumericClaim, parametersByEntity: ReadonlyMap<string, NumericClaim[]>,
  productsByDeveloper?: ReadonlyMap<string, readonly string[]>): string | null {
  const products = productsByDeveloper?.get(claim.entity);
  if (!products?.length) return null;
  const models = products.filter((model) => (parametersByEntity.get(model) ?? [])
    .some((c) => c.path !== claim.path && c.unit === claim.unit && intervalsOverlap(c, claim)));
  return models.length === 1 ? models[0] : null;
}

/** The 'parameters' claims of each entity (what modelOfDeveloper looks through, once instead of per company claim). */
function parametersByEntity(numeric: NumericClaim[]): Map<string, NumericClaim[]> {
  return groupBy(numeric.filter((c) => c.attribute === 'parameters'), (c) => c.entity);
}

/** Items by key, in their order. */
function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const list = groups.get(key);
    if (list) list.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
