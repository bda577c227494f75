// The boosted trees of the line classifier (line-classifier.ts's BoostedTrees), walked from each tree's root over flat
// typed arrays made once per model. The shipped trees are 150 of depth 3: their walk, unrolled to its three
// comparisons, took 2.0 µs a line against 4.4–4.9 for the QuickScorer sum and the generic walk, 5.0–6.1 with the check
// for a line on the same sides as the last (97,835 lines of the visible-text pages, the same machine and minutes).
// Pure: the same leaves added in the same tree order as line-classifier.ts's walkTrees, so the same sum bit for bit.

/** A complete binary tree per entry, as BoostedTrees stores it: 2^depth − 1 [input, threshold] splits, then its leaves. */
export interface TreesToWalk { depth: number; trees: number[][] }

const walkers = new WeakMap<TreesToWalk, (inputs: ArrayLike<number>) => number>();

/** The sum of the trees' leaves a line reaches (go right when input > threshold), as a function made once per model. */
export function treeWalker(boost: TreesToWalk): (inputs: ArrayLike<number>) => number {
  let walker = walkers.get(boost);
  if (!walker) {
    walker = boost.depth === 3 ? depthThreeWalker(boost) : anyDepthWalker(boost);
    walkers.set(boost, walker);
  }
  return walker;
}

/** Splits' inputs and thresholds, tree after tree (breadth first in each), and the leaves likewise. */
function flatten(boost: TreesToWalk): { inputs: Int32Array; thresholds: Float64Array; leaves: Float64Array } {
  const splits = (1 << boost.depth) - 1, leafCount = splits + 1, count = boost.trees.length;
  const inputs = new Int32Array(count * splits), thresholds = new Float64Array(count * splits), leaves = new Float64Array(count * leafCount);
  for (let t = 0; t < count; t++) {
    const tree = boost.trees[t];
    for (let k = 0; k < splits; k++) { inputs[t * splits + k] = tree[2 * k]; thresholds[t * splits + k] = tree[2 * k + 1]; }
    for (let l = 0; l < leafCount; l++) leaves[t * leafCount + l] = tree[2 * splits + l];
  }
  return { inputs, thresholds, leaves };
}

/** Trees of depth 3 (the shipped model's): each walk is three comparisons written out, no inner loop. */
function depthThreeWalker(boost: TreesToWalk): (x: ArrayLike<number>) => number {
  const { inputs, thresholds, leaves } = flatten(boost);
  const count = boost.trees.length;
  return (x) => {
    let sum = 0;
    for (let t = 0, base = 0; t < count; t++, base += 7) {
      // Node n's children are 2n + 1 (left, input <= threshold) and 2n + 2 (right); leaves are nodes 7–14.
      let node = x[inputs[base]] > thresholds[base] ? 2 : 1;
      node = 2 * node + (x[inputs[base + node]] > thresholds[base + node] ? 2 : 1);
      node = 2 * node + (x[inputs[base + node]] > thresholds[base + node] ? 2 : 1);
      sum += leaves[t * 8 + node - 7];
    }
    return sum;
  };
}

/** Trees of any depth: the same walk with a loop per tree. */
function anyDepthWalker(boost: TreesToWalk): (x: ArrayLike<number>) => number {
  const { inputs, thresholds, leaves } = flatten(boost);
  const count = boost.trees.length, splits = (1 << boost.depth) - 1, leafCount = splits + 1;
  return (x) => {
    let sum = 0;
    for (let t = 0, base = 0; t < count; t++, base += splits) {
      let node = 0;
      while (node < splits) node = 2 * node + (x[inputs[base + node]] > thresholds[base + node] ? 2 : 1);
      sum += leaves[t * leafCount + node - splits];
    }
    return sum;
  };
}
