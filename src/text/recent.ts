// A bounded memo for work the pipeline repeats on the same text within a page or across neighbouring stages (the
// segment stage and the claims rules split the same paragraphs; the block classifier and the off-topic detector
// segment them). Bounded, oldest dropped first, so memory stays flat over a corpus.

/**
 * `compute(key)`, remembered for at least the last `size` distinct keys (at most twice as many). Results are shared:
 * callers must not change them. Two generations of a Map each, the older dropped whole when the newer is full: dropping
 * the oldest key one by one (delete of keys().next()) left deleted entries that each later miss walked over again, and
 * a page of 166,000 distinct lines spent more time in that than in the folding remembered (bench:hostile).
 */
export function rememberRecent<V>(size: number, compute: (key: string) => V): (key: string) => V {
  let recent = new Map<string, V>();
  let older = new Map<string, V>();
  return (key) => {
    // One lookup for a hit (no value here is undefined; has() only settles one that would be).
    let value = recent.get(key);
    if (value !== undefined || recent.has(key)) return value!;
    value = older.get(key);
    if (value === undefined && !older.has(key)) value = compute(key);
    if (recent.size >= size) {
      older = recent;
      recent = new Map();
    }
    recent.set(key, value!);
    return value!;
  };
}
