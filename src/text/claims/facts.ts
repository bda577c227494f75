// What a numeric claim states, apart from its language: the pieces compare.ts' grouping (its story links) and
// name-links.ts' subject links both key claims by, so that the two agree on when two claims state the same figure.
import type { ArticleClaim } from '../../types.ts';

/**
 * A fact stated by more articles than this is common currency (`50 %`, `1 million`) and links no two of them; the bound
 * also keeps the pair count of the story links linear in the number of claims.
 */
export const MAX_ARTICLES_PER_LINKING_FACT = 64;
/** Significant digits a value is compared at: the same figure parsed from `103,7 Mio.` and `103.7 million` may differ in the last bit. */
const FACT_VALUE_DIGITS = 12;

/** A claim that states a figure: a read interval (one-sided intervals have an infinite end), not a quote. */
export type FigureClaim = ArticleClaim & { low: number; high: number };

export function statesFigure(c: ArticleClaim): c is FigureClaim {
  return c.low !== null && c.high !== null && c.attribute !== 'quote' && !Number.isNaN(c.low) && !Number.isNaN(c.high);
}

/** The claim's value, or its interval when it has none, at FACT_VALUE_DIGITS: the figure part of a fact's key. */
export function factValue(c: FigureClaim): Array<number | string> {
  const round = (v: number) => (Number.isFinite(v) ? Number(v.toPrecision(FACT_VALUE_DIGITS)) : String(v));
  return c.value !== null && !Number.isNaN(c.value) ? [round(c.value)] : [round(c.low), round(c.high)];
}
