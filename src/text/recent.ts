// A bounded memo for work the pipeline repeats on the same text within a page or across neighbouring stages (the
// segment stage and the claims rules split the same paragraphs; the block classifier and the off-topic detector
// segment them). Bounded, oldest dropped first, so memory stays flat over a corpus.

/** `compute(key)`, remembered for the last `size` distinct keys. Results are shared: callers must not change them. */
export function rememberRecent<V>(size: number, compute: (key: string) => V): (key: string) => V {
  const recent = new Map<string, V>();
  return (key) => {
    // One lookup for a hit (no value here is undefined; has() only settles one that would be).
    const known = recent.get(key);
    if (known !== undefined || recent.has(key)) return known!;
    const value = compute(key);
    if (recent.size >= size) recent.delete(recent.keys().next().value!);
    recent.set(key, value);
    return value;
  };
}
