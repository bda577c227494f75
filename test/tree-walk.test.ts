// The boosted trees' walk over flat arrays (tree-walk.ts) against line-classifier.ts's reference walk: the same sum,
// bit for bit, at every depth, on thresholds hit exactly, on NaN inputs and NaN thresholds, and for the shipped model.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { treeWalker } from '../src/text/clean/plain/tree-walk.ts';
import { BOOST_FEATURES, shippedLineModel, walkTrees } from '../src/text/clean/plain/line-classifier.ts';

test('tree walk: the sum of the leaves reached is walkTrees\' at depths 1 to 6, thresholds hit exactly and NaN', () => {
  let seed = 29;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const inputs = 6;
  const features = Array.from({ length: inputs }, (_, i) => `f${i}`);
  for (let depth = 1; depth <= 6; depth++) {
    const splits = (1 << depth) - 1;
    // Thresholds on a grid of tenths, so that inputs on the same grid fall on them exactly; one split on NaN.
    const trees = Array.from({ length: 25 }, () => [
      ...Array.from({ length: splits }, () => [Math.floor(random() * inputs), Math.floor(random() * 11) / 10]).flat(),
      ...Array.from({ length: splits + 1 }, () => Math.round((random() - 0.5) * 100) / 10),
    ]);
    trees[0][1] = Number.NaN;
    const boost = { features, depth, trees };
    const walk = treeWalker(boost);
    for (let line = 0; line < 300; line++) {
      const x = Float64Array.from({ length: inputs }, () => (random() < 0.1 ? Number.NaN : Math.floor(random() * 12) / 10));
      assert.equal(walk(x), walkTrees(boost, x), `depth ${depth}, inputs ${x.join(' ')}`);
    }
  }
});

test('tree walk: a depth-3 tree sends a line left on equal values and right above, leaf by leaf', () => {
  // One tree of depth 3 reading input 0 at the root, input 1 below it; leaves numbered 1..8 left to right.
  const tree = [0, 0.5, 1, 0.2, 1, 0.8, 1, 0.1, 1, 0.3, 1, 0.7, 1, 0.9, 1, 2, 3, 4, 5, 6, 7, 8];
  const walk = treeWalker({ depth: 3, trees: [tree] });
  assert.equal(walk([0.5, 0.1]), 1); // root left (0.5 <= 0.5), then 0.1 <= 0.2, then 0.1 <= 0.1
  assert.equal(walk([0.5, 0.15]), 2);
  assert.equal(walk([0.5, 0.25]), 3); // 0.25 > 0.2 → node 4 (0.3): left
  assert.equal(walk([0.6, 0.75]), 6); // root right → node 2 (0.8): left → node 5 (0.7): right
  assert.equal(walk([0.6, 0.95]), 8);
});

test('tree walk: the shipped model\'s trees give walkTrees\' sum on rows of many values', () => {
  const { boost } = shippedLineModel();
  if (!boost) return;
  const walk = treeWalker(boost);
  let seed = 7;
  const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  for (let line = 0; line < 2000; line++) {
    const x = Float64Array.from({ length: BOOST_FEATURES.length }, () => (random() - 0.3) * 3);
    assert.equal(walk(x), walkTrees(boost, x));
  }
});
