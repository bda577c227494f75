// Per-paragraph rules run once per distinct paragraph text: a page of short lines repeats the same few (a menu item,
// `Reply`, 333,000 paragraphs of `a` in bench:hostile), and a rule that reads one paragraph at a time gives each copy
// what it gave the first.
import { TextIds } from './text-ids.ts';

/**
 * `find` over the distinct texts of `texts` (in the order they first come), its results given back to every paragraph
 * with that text, in paragraph order, each a copy with its own `paragraph` index. Only for a `find` whose results for
 * a paragraph depend on that paragraph's text alone and come in paragraph order (as findEntities' without the open
 * names, which read the whole article). A page whose texts all differ goes to `find` as it is.
 */
export function perDistinctText<T extends { paragraph: number }>(texts: readonly string[], find: (texts: string[]) => T[]): T[] {
  const index = distinctIndex(texts);
  const distinct: string[] = [];
  for (let i = 0; i < texts.length; i++) if (index[i] === distinct.length) distinct.push(texts[i]!);
  if (distinct.length === texts.length) return find(distinct);
  const found = find(distinct);
  // The results of each distinct text, in their order (an array per distinct text that has any).
  const byText = new Array<T[] | undefined>(distinct.length);
  for (const r of found) (byText[r.paragraph] ??= []).push(r);
  const out: T[] = [];
  for (let i = 0; i < texts.length; i++) {
    const results = byText[index[i]!];
    if (!results) continue;
    // The first paragraph with the text keeps the results themselves (their index is its own only if it is the first).
    for (const r of results) out.push(r.paragraph === i ? r : { ...r, paragraph: i });
  }
  return out;
}

/**
 * For each text, the number of its distinct text (0, 1, … in the order they first come), from the seeded table of
 * text-ids.ts sized once for every text: a Map of the texts grew and rehashed its way to 166,000 keys on a page of
 * distinct short lines (bench:hostile, distinct-short-lines: a fifth of the entities stage), and the table does the
 * same in about a quarter of the time.
 */
export function distinctIndex(texts: readonly string[]): Int32Array {
  const ids = new TextIds(texts.length);
  const index = new Int32Array(texts.length);
  for (let i = 0; i < texts.length; i++) index[i] = ids.id(texts[i]!);
  return index;
}
