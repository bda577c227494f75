// htmlparser2's Parser (v12) keeps its open elements in an array with the innermost element at index 0: every open
// tag is an `unshift` and every close a `shift`, each moving the whole stack, and a close tag searches it with
// `indexOf`. On a page of 100,000 unclosed <div>s that is quadratic (5 CPU s for 1 MB, most of clean's time).
// `linearParser` gives a Parser the same stack stored innermost-last, so that these operations cost O(1) at the top,
// with a count per name so that a close tag for an element that is not open is answered without a scan. The parse
// and its callbacks are unchanged; test/html-dom.test.ts compares the tree with the plain Parser's.
import { Parser, type Handler, type ParserOptions } from 'htmlparser2';

/** The array operations Parser applies to its `stack` and `foreignContext` fields (Parser.js of htmlparser2 12). */
interface InnermostFirst<T> {
  [index: number]: T | undefined;
  length: number;
  unshift(item: T): number;
  shift(): T | undefined;
  indexOf(item: T): number;
  includes(item: T): boolean;
}

/**
 * An array-like whose index 0 is the last item pushed: `unshift`/`shift` are a push/pop on the end of a plain array.
 * Index access goes through a Proxy, since Parser reads `stack[0]` and, at the end, `stack[i]` for every i.
 */
function innermostFirst<T>(initial: readonly T[]): InnermostFirst<T> {
  const items: T[] = initial.slice().reverse();
  const counts = new Map<T, number>();
  for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
  const methods = {
    unshift(item: T): number {
      counts.set(item, (counts.get(item) ?? 0) + 1);
      return items.push(item);
    },
    shift(): T | undefined {
      if (items.length === 0) return undefined;
      const item = items.pop()!;
      counts.set(item, counts.get(item)! - 1);
      return item;
    },
    // The scan runs from the innermost element to the match, and Parser then closes every element it passed: each
    // element is scanned over at most once before it is closed, so close tags stay linear overall.
    indexOf(item: T): number {
      if (!counts.get(item)) return -1;
      return items.length - 1 - items.lastIndexOf(item);
    },
    includes(item: T): boolean {
      return (counts.get(item) ?? 0) > 0;
    },
  };
  return new Proxy(methods as unknown as InnermostFirst<T>, {
    get(_target, key) {
      if (key === 'length') return items.length;
      if (typeof key === 'string' && key.length > 0 && key.charCodeAt(0) >= 48 && key.charCodeAt(0) <= 57) return items[items.length - 1 - Number(key)];
      return (methods as Record<string | symbol, unknown>)[key];
    },
    set(_target, key, value) {
      // Parser.reset() empties its stacks with `length = 0`; nothing else is assigned.
      if (key !== 'length' || value !== 0) throw new Error(`unexpected write of ${String(key)} on the parser's open-element stack`);
      items.length = 0;
      counts.clear();
      return true;
    },
  });
}

/** An htmlparser2 Parser whose open-element and foreign-context stacks cost O(1) per tag. */
export function linearParser(handler: Partial<Handler>, options: ParserOptions): Parser {
  const parser = new Parser(handler, options);
  // Private fields of Parser, replaced by an object with the same behaviour for every operation Parser uses.
  const internals = parser as unknown as { stack: string[]; foreignContext: number[] };
  if (!Array.isArray(internals.stack) || !Array.isArray(internals.foreignContext)) {
    throw new Error('htmlparser2 Parser has no stack/foreignContext arrays: check src/text/clean/html/open-elements.ts against its version');
  }
  internals.stack = innermostFirst(internals.stack) as unknown as string[];
  internals.foreignContext = innermostFirst(internals.foreignContext) as unknown as number[];
  return parser;
}
