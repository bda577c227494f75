// htmlparser2's Parser (v12) keeps its open elements in an array with the innermost element at index 0: every open
// tag is an `unshift` and every close a `shift`, each moving the whole stack, and a close tag searches it with
// `indexOf`. On a page of 100,000 unclosed <div>s that is quadratic (5 CPU s for 1 MB, most of clean's time).
// `linearParser` gives a Parser the same stack stored innermost-last, so that these operations cost O(1) at the top,
// with a count per name so that a close tag for an element that is not open is answered without a scan. The parse
// and its callbacks are unchanged; test/open-elements.test.ts compares its callbacks with the plain Parser's.
// The swap happens only once a page nests deeper than LINEAR_STACK_DEPTH: below it every operation moves or scans at
// most that many entries of a plain array, while the Proxy's traps (about ten per tag) made the parse of the real
// bench pages a third slower than htmlparser2's own.
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

/**
 * Open elements beyond which the stacks are swapped for linear ones. Real pages nest a few dozen deep; below this
 * depth an unshift, shift or indexOf on the plain array costs at most a few hundred entries, so the parse stays linear.
 */
export const LINEAR_STACK_DEPTH = 512;

/** An htmlparser2 Parser whose open-element and foreign-context stacks cost O(1) per tag once they are deep. */
export function linearParser(handler: Partial<Handler>, options: ParserOptions): Parser {
  const parser = new Parser(handler, options);
  // Private fields and method of Parser: the stacks are replaced by objects with the same behaviour for every
  // operation Parser uses, from the open tag that makes them deep (only emitOpenTag pushes onto them).
  const internals = parser as unknown as { stack: string[]; foreignContext: number[]; emitOpenTag: (name: string) => void };
  if (!Array.isArray(internals.stack) || !Array.isArray(internals.foreignContext) || typeof internals.emitOpenTag !== 'function') {
    throw new Error('htmlparser2 Parser has no stack/foreignContext arrays or emitOpenTag: check src/text/clean/html/open-elements.ts against its version');
  }
  const emitOpenTag = internals.emitOpenTag;
  let linear = false;
  internals.emitOpenTag = function (this: typeof internals, name: string) {
    emitOpenTag.call(this, name);
    if (linear || this.stack.length <= LINEAR_STACK_DEPTH) return;
    linear = true;
    this.stack = innermostFirst(this.stack) as unknown as string[];
    this.foreignContext = innermostFirst(this.foreignContext) as unknown as number[];
  };
  return parser;
}
