// Lookups in arrays kept in text order (quantities, sentences, brackets by their offsets): a binary search instead of
// a scan from the start for every item, which made a sentence of n numbers cost n² (bench:hostile).

/**
 * The first index in [0, length) at which `before(i)` is false, for a `before` that is true up to some index and
 * false from there on (the array's order): `length` when it is true everywhere.
 */
export function firstNotBefore(length: number, before: (i: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (before(mid)) low = mid + 1; else high = mid;
  }
  return low;
}
