// The block decode of the plain-text cleaner's keep/drop decision (line-decode.ts): transitions learnt from label
// sequences, and the Viterbi path over a page's line scores (examples written for these tests).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeLines, learnTransitions, type SequenceDecode } from '../src/text/clean/plain/line-decode.ts';
import { shippedLineModel } from '../src/text/clean/plain/line-classifier.ts';

const lines = (groups: number[], ruled: number[] = []) => groups.map((group, i) => ({ group, ruled: ruled.includes(i) }));

test('transitions: blocks of one label make staying cheap and switching dear; labels that alternate, the reverse', () => {
  const runs = Array.from({ length: 400 }, (_, i) => (Math.floor(i / 20) % 2));
  const sticky = learnTransitions([{ labels: runs, groups: runs.map((_, i) => Math.floor(i / 5)) }]).withinBlock;
  assert.ok(sticky[0] > 0 && sticky[3] > 0, `staying weighs for: ${sticky}`);
  assert.ok(sticky[1] < 0 && sticky[2] < 0, `switching weighs against: ${sticky}`);
  const alternating = learnTransitions([{ labels: Array.from({ length: 400 }, (_, i) => i % 2), groups: Array(400).fill(0) }]).withinBlock;
  assert.ok(alternating[3] < 0 && alternating[2] > 0, `alternating: keep→drop is the likely step: ${alternating}`);
  // Steps between blocks are not counted: one-line blocks teach nothing (every weight 0 after smoothing).
  assert.deepEqual(learnTransitions([{ labels: runs, groups: runs.map((_, i) => i) }]).withinBlock.map((w) => Math.abs(Math.round(w * 10))), [0, 0, 0, 0]);
  // Labels that never vary still give finite weights (add-one smoothing).
  assert.ok(learnTransitions([{ labels: [1, 1, 1], groups: [0, 0, 0] }]).withinBlock.every(Number.isFinite));
});

const sticky: SequenceDecode = { withinBlock: [1.6, -4, -4, 1.6] }; // halved by the decode (TRANSITION_SCALE)

test('decode: a doubtful line goes with its block; a line alone in its block is decided by the threshold', () => {
  const scores = [0.9, 0.2, 0.9, 0.1, 0.7, 0.1];
  // A list item scored 0.2 between two kept items of its block stays; a line scored 0.7 among dropped ones goes.
  assert.deepEqual([...decodeLines(scores, lines([0, 0, 0, 1, 1, 1]), 0.5, sticky)], [1, 1, 1, 0, 0, 0]);
  // The same scores, every line a block of its own: the threshold.
  assert.deepEqual([...decodeLines(scores, lines([0, 1, 2, 3, 4, 5]), 0.5, sticky)], [1, 0, 1, 0, 1, 0]);
  // A kept block and a dropped block side by side are not tied to each other.
  assert.deepEqual([...decodeLines([0.9, 0.9, 0.1, 0.1], lines([0, 0, 1, 1]), 0.5, sticky)], [1, 1, 0, 0]);
});

test('decode: lines the rules removed are dropped whatever their score, and sure lines are not overruled', () => {
  assert.deepEqual([...decodeLines([0.99, 0.99, 0.99], lines([0, 0, 0], [1]), 0.5, sticky)], [1, 0, 1]);
  // A line the classifier is sure is chrome stays dropped inside a kept block (a credit line under a paragraph).
  assert.deepEqual([...decodeLines([0.99, 0.001, 0.99], lines([0, 0, 0]), 0.5, sticky)], [1, 0, 1]);
  assert.deepEqual([...decodeLines([], [], 0.5, sticky)], []);
  assert.deepEqual([...decodeLines([0.7], lines([0]), 0.5, sticky)], [1]);
});

test('the shipped model decides blocks together, with transitions learnt to keep a block whole', () => {
  const { sequence } = shippedLineModel();
  assert.ok(sequence, 'the shipped model has block transitions');
  assert.ok(sequence.withinBlock[3] > 0 && sequence.withinBlock[0] > 0, `staying weighs for: ${sequence.withinBlock}`);
  assert.ok(sequence.withinBlock[1] < 0 && sequence.withinBlock[2] < 0, `switching weighs against: ${sequence.withinBlock}`);
});
