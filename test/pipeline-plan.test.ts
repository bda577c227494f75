// How a pipeline is checked and planned: option schemas, stage order, which stages are stale for an article, and which
// stages a change reaches. Pure functions over small made-up pipelines; no page is ingested.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkOptions, checkOrder, resolvePipeline } from '../src/pipeline/validate.ts';
import { parsePipeline } from '../src/pipeline/config.ts';
import { KNOWN_STAGES, BUILTIN_STAGE_ORDER } from '../src/pipeline/registry.ts';
import { downstreamOf, staleStages, type PreparedStep } from '../src/pipeline/runner.ts';
import { stageKey } from '../src/pipeline/keys.ts';
import type { OptionSchema } from '../src/pipeline/stage.ts';

const STAGES = fileURLToPath(new URL('./fixtures/stages/', import.meta.url));

const SCHEMA: OptionSchema = {
  threshold: { type: 'number', default: 0.5 },
  strict: { type: 'boolean' },
  files: { type: 'string[]', default: [] },
  model: { type: 'string', nullable: true },
  table: { type: 'object' },
};

test('options: defaults filled in, given values kept, a stage without a schema takes its options unchecked', () => {
  assert.deepEqual(checkOptions('p', 'demo', SCHEMA, {}), { threshold: 0.5, files: [] });
  assert.deepEqual(checkOptions('p', 'demo', SCHEMA, { threshold: 0.9, strict: true, model: null, table: { a: 1 } }),
    { threshold: 0.9, strict: true, files: [], model: null, table: { a: 1 } });
  assert.deepEqual(checkOptions('p', 'legacy', undefined, { anything: 1 }), { anything: 1 });
});

test('options: a misspelt or unknown option is an error naming the stage, the option and the options there are', () => {
  assert.throws(() => checkOptions('p', 'demo', SCHEMA, { treshold: 0.4 }),
    /pipeline p: stage "demo" has no option "treshold"; its options: threshold, strict, files, model, table/);
  assert.throws(() => checkOptions('p', 'plain', {}, { x: 1 }), /stage "plain" has no option "x"; it takes no options/);
});

test('options: a value of the wrong type is an error naming what was expected', () => {
  const cases: Array<[Record<string, unknown>, RegExp]> = [
    [{ threshold: '0.5' }, /option "threshold" of stage "demo" must be a number, not "0.5"/],
    [{ threshold: Number.NaN }, /must be a number/],
    [{ strict: 'yes' }, /option "strict" of stage "demo" must be true or false/],
    [{ files: ['a', 2] }, /must be a list of strings/],
    [{ files: 'a.json' }, /must be a list of strings/],
    [{ strict: null }, /must be true or false, not null/],
    [{ model: 3 }, /must be a string or null/],
    [{ table: [1] }, /must be an object/],
  ];
  for (const [given, error] of cases) assert.throws(() => checkOptions('p', 'demo', SCHEMA, given), error, JSON.stringify(given));
});

test('order: a stage listed before a stage it reads, or reading a stage the pipeline lacks, is refused', () => {
  const ok = [{ stage: 'read', after: [] }, { stage: 'a', after: ['read'] }, { stage: 'b', after: ['a', 'read'] }];
  assert.doesNotThrow(() => checkOrder('p', ok));
  assert.throws(() => checkOrder('p', [ok[0], ok[2], ok[1]]), /stage "b" reads "a", which is listed after it: move "a" before "b"/);
  assert.throws(() => checkOrder('p', [ok[0], ok[2]]), /stage "b" reads "a", which the pipeline does not run/);
});

test('resolvePipeline: the built-in pipelines pass; a misspelt built-in option and a user stage before its input fail before any page', async () => {
  for (const file of ['default', 'offline']) {
    const raw = (await import(`../pipelines/${file}.json`, { with: { type: 'json' } })).default;
    const steps = await resolvePipeline(parsePipeline(raw, KNOWN_STAGES));
    // Listed in the one order of built-in stages.
    const order = steps.map((s) => BUILTIN_STAGE_ORDER.indexOf(s.stage));
    assert.deepEqual(order, [...order].sort((a, b) => a - b));
  }
  const misspelt = parsePipeline({ stages: [{ stage: 'read' }, { stage: 'clean', options: { dropRepeatedBlock: false } }] }, KNOWN_STAGES);
  await assert.rejects(resolvePipeline(misspelt), /stage "clean" has no option "dropRepeatedBlock"; its options: dropInjectedBriefs, dropRepeatedBlocks/);
  const clean = (await resolvePipeline(parsePipeline({ stages: [{ stage: 'read' }, { stage: 'clean' }] }, KNOWN_STAGES)))[1];
  assert.deepEqual(clean.options, { dropInjectedBriefs: true, dropRepeatedBlocks: true });

  const reversed = parsePipeline({ name: 'user', stages: [{ stage: 'read' }, { stage: 'shout', module: `${STAGES}shout.ts` },
    { stage: 'words', module: `${STAGES}words.ts` }] }, KNOWN_STAGES);
  await assert.rejects(resolvePipeline(reversed), /pipeline user: stage "shout" reads "words", which is listed after it/);
  const userCorpusStage = join(mkdtempSync(join(tmpdir(), 'claimscope-corpus-module-')), 'tally.ts');
  writeFileSync(userCorpusStage, "export default { name: 'tally', version: 1, after: ['read'], async runCorpus() { return 0; } };\n");
  await assert.rejects(resolvePipeline(parsePipeline({ stages: [{ stage: 'read' }, { stage: 'tally', module: userCorpusStage }] }, KNOWN_STAGES)),
    /stage "tally" is a corpus stage from a module; only the built-in corpus stages \(compare\) can run yet, or a module in their place/);
  const missingModule = parsePipeline({ stages: [{ stage: 'read' }, { stage: 'x', module: `${STAGES}no-such-stage.ts` }] }, KNOWN_STAGES);
  await assert.rejects(resolvePipeline(missingModule), /stage "x":/);
});

test('downstreamOf: every stage that reads a stage, directly or through another, and nothing else', () => {
  const steps = [
    { stage: 'read', after: [] }, { stage: 'clean', after: ['read'] }, { stage: 'language', after: ['clean'] },
    { stage: 'entities', after: ['clean', 'language'] }, { stage: 'claims', after: ['clean', 'language', 'entities'] },
    { stage: 'extra', after: ['read'] },
  ];
  assert.deepEqual(downstreamOf('entities', steps), ['claims']);
  assert.deepEqual(downstreamOf('language', steps), ['entities', 'claims']);
  assert.deepEqual(downstreamOf('read', steps), ['clean', 'language', 'entities', 'claims', 'extra']);
  assert.deepEqual(downstreamOf('claims', steps), []);
  assert.deepEqual(downstreamOf('extra', steps), []);
});

function step(stage: string, after: string[], options: Record<string, unknown> = {}): PreparedStep {
  return { stage, after, version: 1, options, methodKey: '' };
}

test('staleStages: a stored key that matches skips a stage; a change anywhere makes that stage and its readers stale', () => {
  const steps = [step('a', ['read']), step('b', ['a']), step('c', ['read'])];
  const readKey = 'r1';
  const keyA = stageKey('a', 1, {}, '', [readKey]);
  const keyB = stageKey('b', 1, {}, '', ['hashA']);
  const keyC = stageKey('c', 1, {}, '', [readKey]);
  const done = {
    read: { key: readKey, status: 'done' as const, outputHash: readKey },
    a: { key: keyA, status: 'done' as const, outputHash: 'hashA' },
    b: { key: keyB, status: 'done' as const, outputHash: 'hashB' },
    c: { key: keyC, status: 'done' as const, outputHash: 'hashC' },
  };
  assert.deepEqual(staleStages(readKey, done, steps), []);
  // A new page: everything.
  assert.deepEqual(staleStages(readKey, {}, steps), ['read', 'a', 'b', 'c']);
  // Changed bytes: read and everything after it (their input keys cannot be known before read runs).
  assert.deepEqual(staleStages('r2', done, steps), ['read', 'a', 'b', 'c']);
  // A changed option of a: a and b (which reads it), not c.
  assert.deepEqual(staleStages(readKey, done, [step('a', ['read'], { x: 1 }), steps[1], steps[2]]), ['a', 'b']);
  // A failed b is retried alone.
  assert.deepEqual(staleStages(readKey, { ...done, b: { ...done.b, status: 'failed', outputHash: null } }, steps), ['b']);
  // An unreadable page with the same bytes stays skipped: nothing to run.
  assert.deepEqual(staleStages(readKey, { read: { key: readKey, status: 'skipped', outputHash: null } }, steps), []);
});
