// The runner's incremental behaviour and failure isolation, on a small pipeline of user stages
// (test/fixtures/stages), so these tests exercise only the runner, store and read stage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, mkdirSync, utimesSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/pipeline/runner.ts';
import { loadPipeline, parsePipeline } from '../src/pipeline/config.ts';
import { KNOWN_STAGES } from '../src/pipeline/registry.ts';
import { openDatabase } from '../src/store/store.ts';

const PIPELINE_FILE = fileURLToPath(new URL('./fixtures/pipelines/words.json', import.meta.url));

function makeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-runner-'));
  writeFileSync(join(dir, 'a.txt'), 'Alpha page with five words');
  writeFileSync(join(dir, 'b.html'), '<html><body><p>Beta page in HTML</p></body></html>');
  mkdirSync(join(dir, 'sub'));
  writeFileSync(join(dir, 'sub', 'c.txt'), 'Gamma lives in a subfolder');
  writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])); // not a page ending: never read
  return dir;
}

function pipeline(upper = false) {
  const base = loadPipeline(PIPELINE_FILE, KNOWN_STAGES);
  return { ...base, steps: base.steps.map((s) => (s.stage === 'words' ? { ...s, options: { upper } } : s)) };
}

function outputs(dbFile: string): Record<string, string> {
  const db = openDatabase(dbFile);
  const rows = db.prepare(`SELECT a.path, o.stage, o.data FROM stage_outputs o JOIN articles a ON a.id = o.article_id ORDER BY a.path, o.stage`).all() as Array<{ path: string; stage: string; data: string }>;
  db.close();
  return Object.fromEntries(rows.map((r) => [`${r.path}:${r.stage}`, r.data]));
}

test('first ingest runs every stage on every page; an unchanged re-run runs nothing', async () => {
  const dir = makeCorpus();
  const db = join(dir, 'out', 'test.db');
  const first = await ingest({ dir, db, pipeline: pipeline(), workers: 0 });
  assert.equal(first.pages, 3);
  assert.deepEqual([first.stages.read.ran, first.stages.words.ran, first.stages.shout.ran], [3, 3, 3]);
  assert.equal(first.failures.length, 0);
  assert.match(outputs(db)['sub/c.txt:shout'], /Gamma! \(5 words\)/);

  const second = await ingest({ dir, db, pipeline: pipeline(), workers: 0 });
  assert.deepEqual([second.stages.read.ran, second.stages.words.ran, second.stages.shout.ran], [0, 0, 0]);
  assert.deepEqual([second.stages.read.unchanged, second.stages.words.unchanged, second.stages.shout.unchanged], [3, 3, 3]);
  rmSync(dir, { recursive: true });
});

test('editing one page re-runs only that page; a changed option re-runs that stage and the ones after it, everywhere', async () => {
  const dir = makeCorpus();
  const db = join(dir, 'test.db');
  await ingest({ dir, db, pipeline: pipeline(), workers: 0 });

  writeFileSync(join(dir, 'a.txt'), 'Alpha page now has six words');
  utimesSync(join(dir, 'a.txt'), new Date(), new Date(Date.now() + 5000));
  const edited = await ingest({ dir, db, pipeline: pipeline(), workers: 0 });
  assert.deepEqual([edited.stages.read.ran, edited.stages.words.ran, edited.stages.shout.ran], [1, 1, 1]);
  assert.equal(edited.stages.words.unchanged, 2);
  assert.match(outputs(db)['a.txt:shout'], /6 words/);

  const optionChanged = await ingest({ dir, db, pipeline: pipeline(true), workers: 0 });
  assert.deepEqual([optionChanged.stages.read.ran, optionChanged.stages.words.ran, optionChanged.stages.shout.ran], [0, 3, 3]);
  assert.match(outputs(db)['sub/c.txt:shout'], /GAMMA!/);

  // Touching a file without changing its bytes re-reads it but re-runs nothing after read.
  utimesSync(join(dir, 'b.html'), new Date(), new Date(Date.now() + 9000));
  const touched = await ingest({ dir, db, pipeline: pipeline(true), workers: 0 });
  assert.deepEqual([touched.stages.read.ran, touched.stages.words.ran], [0, 0]);
  rmSync(dir, { recursive: true });
});

test('--force=STAGE re-runs that stage and what reads it; --force re-runs all', async () => {
  const dir = makeCorpus();
  const db = join(dir, 'test.db');
  await ingest({ dir, db, pipeline: pipeline(), workers: 0 });
  const forcedShout = await ingest({ dir, db, pipeline: pipeline(), workers: 0, force: 'shout' });
  assert.deepEqual([forcedShout.stages.read.ran, forcedShout.stages.words.ran, forcedShout.stages.shout.ran], [0, 0, 3]);
  const forcedWords = await ingest({ dir, db, pipeline: pipeline(), workers: 0, force: 'words' });
  assert.deepEqual([forcedWords.stages.words.ran, forcedWords.stages.shout.ran], [3, 3]);
  const all = await ingest({ dir, db, pipeline: pipeline(), workers: 0, force: true });
  assert.deepEqual([all.stages.read.ran, all.stages.words.ran, all.stages.shout.ran], [3, 3, 3]);
  await assert.rejects(ingest({ dir, db, pipeline: pipeline(), workers: 0, force: 'nope' }), /no stage "nope"/);
  rmSync(dir, { recursive: true });
});

test('a page that makes a stage throw is recorded as failed, the others complete, and a fixed page recovers', async () => {
  const dir = makeCorpus();
  const db = join(dir, 'test.db');
  writeFileSync(join(dir, 'bad.txt'), 'This page says MAKE-THE-WORDS-STAGE-THROW in its text');
  const run = await ingest({ dir, db, pipeline: pipeline(), workers: 2 });
  assert.deepEqual(run.failures, [{ path: 'bad.txt', stage: 'words', message: 'words: this page asked to fail' }]);
  assert.equal(run.stages.shout.ran, 3);
  const stored = outputs(db);
  assert.equal(stored['bad.txt:words'], undefined);
  assert.ok(stored['a.txt:shout']);

  // The next run retries the failed page; once fixed it completes.
  const retry = await ingest({ dir, db, pipeline: pipeline(), workers: 0 });
  assert.equal(retry.stages.words.failed, 1);
  writeFileSync(join(dir, 'bad.txt'), 'This page is fine now');
  utimesSync(join(dir, 'bad.txt'), new Date(), new Date(Date.now() + 5000));
  const fixed = await ingest({ dir, db, pipeline: pipeline(), workers: 0 });
  assert.equal(fixed.failures.length, 0);
  assert.match(outputs(db)['bad.txt:shout'], /This! \(5 words\)/);
  rmSync(dir, { recursive: true });
});

test('a page that kills its worker thread (an uncaught error, process.exit) fails alone; the pages queued behind it on that worker complete', async () => {
  const dir = makeCorpus();
  const db = join(dir, 'test.db');
  writeFileSync(join(dir, 'dies.txt'), 'This page says MAKE-THE-WORKER-DIE in its text');
  writeFileSync(join(dir, 'exits.txt'), 'This page says MAKE-THE-WORKER-EXIT in its text');
  for (const name of ['e.txt', 'f.txt', 'g.txt']) writeFileSync(join(dir, name), `Page ${name} is fine`);
  // One worker: the pages after dies.txt wait on the worker that dies, and must go to its replacement.
  const run = await ingest({ dir, db, pipeline: pipeline(), workers: 1 });
  assert.deepEqual(run.failures.map((f) => [f.path, f.stage, f.message]).sort(), [
    ['dies.txt', 'words', 'worker crashed: worker died on purpose'],
    ['exits.txt', 'words', 'worker crashed: worker exited with code 3'],
  ]);
  assert.equal(run.stages.shout.ran, 6);
  assert.deepEqual(Object.keys(outputs(db)).filter((k) => k.endsWith(':shout')).sort(),
    ['a.txt:shout', 'b.html:shout', 'e.txt:shout', 'f.txt:shout', 'g.txt:shout', 'sub/c.txt:shout']);
  rmSync(dir, { recursive: true });
});

test('empty, binary, too large and legacy-encoded files: clear recorded errors or correct text, never a crash', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-bad-input-'));
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'blank.txt'), '\n  \n\t\n');
  writeFileSync(join(dir, 'binary.html'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(join(dir, 'huge.txt'), Buffer.alloc(50 * 1024 * 1024, 'word '));
  const latin = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x63, 0x72, 0xe8, 0x6d, 0x65, 0x20, 0xe0, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73]); // "Café crème à Paris" in windows-1252
  writeFileSync(join(dir, 'latin.txt'), latin);
  const db = join(dir, 'test.db');
  const run = await ingest({ dir, db, pipeline: pipeline(), workers: 0 });
  const skipped = Object.fromEntries(run.skippedPages.map((p) => [p.path, p.message]));
  assert.match(skipped['empty.txt'], /empty file/);
  assert.match(skipped['blank.txt'], /only white space/);
  assert.match(skipped['binary.html'], /binary file/);
  assert.match(skipped['huge.txt'], /file too large: 50\.0 MB/);
  assert.equal(run.failures.length, 0);
  assert.match(outputs(db)['latin.txt:words'], /"first":"Café"/);
  const handle = openDatabase(db);
  assert.deepEqual(handle.prepare("SELECT encoding FROM articles WHERE path = 'latin.txt'").get(), { encoding: 'windows-1252' });
  handle.close();
  // Unreadable files are not retried while unchanged.
  const again = await ingest({ dir, db, pipeline: pipeline(), workers: 0 });
  assert.equal(again.stages.read.skipped, 4);
  assert.equal(again.stages.read.ran, 0);
  rmSync(dir, { recursive: true });
});

test('a file removed from the folder is removed from the database', async () => {
  const dir = makeCorpus();
  const db = join(dir, 'test.db');
  await ingest({ dir, db, pipeline: pipeline(), workers: 0 });
  rmSync(join(dir, 'sub'), { recursive: true });
  const run = await ingest({ dir, db, pipeline: pipeline(), workers: 0 });
  assert.deepEqual(run.removedPaths, ['sub/c.txt']);
  assert.equal(Object.keys(outputs(db)).filter((k) => k.startsWith('sub/')).length, 0);
  rmSync(dir, { recursive: true });
});

test('pipeline files are checked: unknown stages, missing read, duplicates, bad options', () => {
  assert.throws(() => parsePipeline({ stages: [{ stage: 'read' }, { stage: 'nope' }] }, KNOWN_STAGES), /unknown stage "nope"/);
  assert.throws(() => parsePipeline({ stages: [{ stage: 'clean' }] }, KNOWN_STAGES), /first stage must be "read"/);
  assert.throws(() => parsePipeline({ stages: [{ stage: 'read' }, { stage: 'read' }] }, KNOWN_STAGES), /listed twice/);
  assert.throws(() => parsePipeline({ stages: [{ stage: 'read', options: [1] }] }, KNOWN_STAGES), /must be an object/);
  assert.throws(() => parsePipeline({}, KNOWN_STAGES), /"stages" array/);
});

function captureIo() {
  const out: string[] = [];
  return { out, io: { out: (t: string) => void out.push(t), err: (t: string) => void out.push(t), tty: false, stdin: async () => '' } };
}

test('a failure is stored with its stack; status --verbose prints it, plain status only the message', async () => {
  const dir = makeCorpus();
  const db = join(dir, 'test.db');
  writeFileSync(join(dir, 'bad.txt'), 'This page says MAKE-THE-WORDS-STAGE-THROW in its text');
  await ingest({ dir, db, pipeline: pipeline(), workers: 0 });
  const handle = openDatabase(db);
  const stack = handle.prepare("SELECT r.stack FROM stage_runs r JOIN articles a ON a.id = r.article_id WHERE a.path = 'bad.txt' AND r.stage = 'words'").pluck().get() as string;
  handle.close();
  assert.match(stack, /^Error: words: this page asked to fail\n\s+at .*fixtures\/stages\/words\.ts:\d+/);

  const { statusCommand } = await import('../src/cli/status.ts');
  const plain = captureIo();
  assert.equal(await statusCommand.run(['--db', db], plain.io), 1);
  assert.doesNotMatch(plain.out.join('\n'), /words\.ts:\d+/);
  const verbose = captureIo();
  assert.equal(await statusCommand.run(['--db', db, '--verbose'], verbose.io), 1);
  assert.match(verbose.out.join('\n'), /bad\.txt \[words\]:\nError: words: this page asked to fail\n\s+at .*words\.ts:\d+/);
  rmSync(dir, { recursive: true });
});

test('compare as a corpus stage: runs once, unchanged when nothing changed, stale in a dry run when its option changes', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-corpus-stage-'));
  writeFileSync(join(dir, 'a.txt'), 'A note about Acme.\n\nIt counts 7 items.');
  writeFileSync(join(dir, 'b.txt'), 'Another note about Acme.\n\nIt counts 9 items.');
  const stages = fileURLToPath(new URL('./fixtures/stages/', import.meta.url));
  const withCompare = (options: Record<string, unknown>) => parsePipeline({ name: 'compare-test', stages: [
    { stage: 'read' }, { stage: 'clean', module: join(stages, 'models-clean.ts') },
    { stage: 'claims', module: join(stages, 'entity-claims.ts') }, { stage: 'compare', options }] }, KNOWN_STAGES);
  const db = join(dir, 'test.db');
  const first = await ingest({ dir, db, pipeline: withCompare({}), workers: 0 });
  assert.deepEqual([first.stages.compare.ran, first.stages.compare.failed], [1, 0]);
  const handle = openDatabase(db);
  assert.deepEqual(handle.prepare('SELECT entity, attribute, verdict FROM claim_groups').all(), [{ entity: 'Acme', attribute: 'count', verdict: 'conflict' }]);
  handle.close();
  assert.equal((await ingest({ dir, db, pipeline: withCompare({}), workers: 0 })).stages.compare.unchanged, 1);
  assert.equal((await ingest({ dir, db, pipeline: withCompare({}), workers: 0, dryRun: true })).stages.compare.stale, 0);
  assert.equal((await ingest({ dir, db, pipeline: withCompare({ similarityThreshold: 0.5 }), workers: 0, dryRun: true })).stages.compare.stale, 1);
  assert.equal((await ingest({ dir, db, pipeline: withCompare({}), workers: 0, force: 'claims' })).stages.compare.ran, 1);
  await assert.rejects(ingest({ dir, db, pipeline: withCompare({ similarityTreshold: 0.5 }), workers: 0 }), /stage "compare" has no option "similarityTreshold"/);
  rmSync(dir, { recursive: true });
});

test('status plans as the last ingest ran: after a no-op offline ingest of the default pipeline nothing is stale', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-status-plan-'));
  writeFileSync(join(dir, 'a.txt'), 'Acme hired 40 engineers in 2021, the company said.\n\nThe new office opened in March.');
  writeFileSync(join(dir, 'b.html'), '<html><body><article><p>Globex reported revenue of $5 million in 2022.</p></article></body></html>');
  const db = join(dir, 'test.db');
  const { ingestCommand } = await import('../src/cli/ingest.ts');
  const { statusCommand } = await import('../src/cli/status.ts');
  // No model is found in an empty models folder, offline: each model stage falls back, and status must plan the same.
  const args = [dir, '--db', db, '--offline', '--models', join(dir, 'no-models'), '--concurrency', '0', '--quiet'];
  const environment = { ...process.env };
  assert.equal(await ingestCommand.run(args, captureIo().io), 0);
  // The settings travel with the ingest, not through the process environment (which the status below would inherit).
  assert.deepEqual({ ...process.env }, environment);
  assert.equal(await ingestCommand.run(args, captureIo().io), 0);
  const status = captureIo();
  assert.equal(await statusCommand.run(['--db', db, '--json'], status.io), 0);
  const stages = JSON.parse(status.out.join('')).stages as Array<{ stage: string; stale: number; done: number }>;
  assert.deepEqual(stages.filter((s) => s.stale > 0), []);
  assert.ok(stages.find((s) => s.stage === 'embed')!.done === 2);
  rmSync(dir, { recursive: true });
});
