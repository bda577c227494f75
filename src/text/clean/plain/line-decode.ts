// The keep/drop decision over the lines of a blank-line block as one sequence (a two-state HMM decoded by Viterbi)
// instead of one threshold per line: each line's classifier score is its evidence, and consecutive lines of one block
// are tied by transition weights learnt from the training pages' labels (a block is mostly all article or all chrome:
// a list, a wrapped paragraph). Lines of different blocks are not tied: the classifier's context pass already reads
// the neighbours, and tying them too kept chrome next to the article (see README, text pages).
// Pure functions; the transitions are learnt by scripts/train-line-classifier.ts and shipped in the model's JSON.

/** Transition weights between two lines of one block: `log P(b | a) − log P(b)` (see learnTransitions). */
export interface SequenceDecode {
  /** [drop→drop, drop→keep, keep→drop, keep→keep]. */
  withinBlock: number[];
}

/** Scores are clamped to this distance from 0 and 1 before their log-odds are taken. */
const SCORE_CLAMP = 1e-4;
/** Add-one smoothing of the transition counts (a step the training pages lack weighs nothing). */
const PSEUDO_COUNT = 1;
/**
 * Weight of the transitions against the scores: the scores already read the neighbours (the context passes), so the
 * learnt weights count that evidence a second time. 5-fold cross-validated on two splits of the pages (2026-12-06),
 * against no decode: 0.5 gave markdown F1 +0.010 and +0.006, the other four renderings −0.001 to 0.000, the Chinese
 * pages 0.000 to +0.010; 1 gave markdown +0.013 and +0.012 but the others −0.002 to 0.000 and the Chinese pages
 * −0.015 to +0.005.
 */
const TRANSITION_SCALE = 0.5;

const logit = (q: number) => {
  const c = Math.min(1 - SCORE_CLAMP, Math.max(SCORE_CLAMP, q));
  return Math.log(c / (1 - c));
};

/**
 * Transitions from label sequences: per page, each line's label (1 article, 0 boilerplate; lines the rules removed as
 * 0, the state they take when decoding) and its blank-line block. The weight of a step a→b between two lines of one
 * block is its pointwise mutual information, log P(b | a) − log P(b): zero when consecutive labels were independent,
 * so a decode with no evidence of stickiness is the plain threshold.
 */
export function learnTransitions(pages: Array<{ labels: ArrayLike<number>; groups: ArrayLike<number> }>): SequenceDecode {
  const within = [0, 0, 0, 0], marginal = [0, 0];
  for (const { labels, groups } of pages) {
    for (let i = 0; i < labels.length; i++) {
      marginal[labels[i]]++;
      if (i > 0 && groups[i] === groups[i - 1]) within[2 * labels[i - 1] + labels[i]]++;
    }
  }
  const total = marginal[0] + marginal[1] + 2 * PSEUDO_COUNT;
  const prior = [(marginal[0] + PSEUDO_COUNT) / total, (marginal[1] + PSEUDO_COUNT) / total];
  const withinBlock = [0, 1, 2, 3].map((k) => {
    const from = k >> 1, to = k & 1;
    const row = within[2 * from] + within[2 * from + 1] + 2 * PSEUDO_COUNT;
    return Math.round(Math.log((within[k] + PSEUDO_COUNT) / row / prior[to]) * 1e4) / 1e4;
  });
  return { withinBlock };
}

/**
 * The most likely keep (1) / drop (0) state of every line: the sum over lines of (logit(score) − logit(threshold)) for
 * each kept line plus the transition weights of every step inside a block (`lines`: each line's blank-line block, and
 * whether the rules removed it: those are dropped whatever the path, and their block's other lines see a dropped line).
 * A line alone in its block is decided by the threshold.
 */
export function decodeLines(scores: ArrayLike<number>, lines: ArrayLike<{ ruled: boolean; group: number }>, threshold: number, decode: SequenceDecode): Uint8Array {
  const n = scores.length;
  const keep = new Uint8Array(n);
  if (!n) return keep;
  const t = decode.withinBlock.map((w) => TRANSITION_SCALE * w);
  const back = new Uint8Array(2 * n); // back[2i + b]: the state of line i − 1 on the best path into state b at line i
  const bias = logit(threshold);
  const evidence = (i: number) => (lines[i].ruled ? -Infinity : logit(scores[i]) - bias);
  let drop = 0, kept = evidence(0);
  for (let i = 1; i < n; i++) {
    const tied = lines[i].group === lines[i - 1].group;
    const toDrop0 = drop + (tied ? t[0] : 0), toDrop1 = kept + (tied ? t[2] : 0);
    const toKeep0 = drop + (tied ? t[1] : 0), toKeep1 = kept + (tied ? t[3] : 0);
    back[2 * i] = toDrop1 > toDrop0 ? 1 : 0;
    back[2 * i + 1] = toKeep1 > toKeep0 ? 1 : 0;
    drop = Math.max(toDrop0, toDrop1);
    kept = Math.max(toKeep0, toKeep1) + evidence(i);
  }
  let state = kept > drop ? 1 : 0;
  for (let i = n - 1; i >= 0; i--) {
    keep[i] = state;
    state = back[2 * i + state];
  }
  return keep;
}
