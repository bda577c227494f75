// The command line as a user meets it: help, usage errors (exit 2), missing database, exit 1 on failures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.ts';
import { captureIo } from './fixtures/capture-io.ts';


const COMMANDS = ['ingest', 'status', 'claims', 'entities', 'compare', 'show', 'export', 'detect', 'quantities', 'models', 'report', 'serve'];

test('every command has --help and exits 0 with it', async () => {
  for (const name of COMMANDS) {
    const io = captureIo();
    assert.equal(await main([name, '--help'], io), 0, name);
    assert.match(io.stdout, new RegExp(`claimscope ${name}`), name);
  }
  const io = captureIo();
  assert.equal(await main(['--help'], io), 0);
  for (const name of COMMANDS) assert.match(io.stdout, new RegExp(`\\n  ${name} `));
});

test('usage errors exit 2 with a clear message', async () => {
  const cases: Array<[string[], RegExp]> = [
    [[], /Commands:/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['ingest'], /ingest needs a folder/],
    [['ingest', 'x', '--bogus'], /unknown option --bogus/],
    [['ingest', 'x', '--concurrency', 'lots'], /--concurrency takes a whole number/],
    [['export', '--format', 'xml'], /--format must be ndjson or csv/],
    [['claims', '--top', '0'], /--top takes a whole number/],
    [['claims', '--min-confidence', '2'], /--min-confidence takes a number from 0 to 1/],
    [['show'], /show needs an article path/],
  ];
  for (const [argv, message] of cases) {
    const io = captureIo();
    assert.equal(await main(argv, io), 2, argv.join(' '));
    assert.match(io.stderr + io.stdout, message, argv.join(' '));
  }
});

test('query commands on a missing database say how to make one (exit 1)', async () => {
  const io = captureIo();
  assert.equal(await main(['claims', '--db', '/nonexistent/x.db'], io), 1);
  assert.match(io.stderr, /no database at \/nonexistent\/x\.db: run "claimscope ingest <dir>" first/);
});

test('ingest exits 1 and lists the page when a stage fails; status shows it', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-cli-'));
  writeFileSync(join(dir, 'good.txt'), 'A good page');
  writeFileSync(join(dir, 'bad.txt'), 'MAKE-THE-WORDS-STAGE-THROW');
  const db = join(dir, 'x.db');
  const pipeline = fileURLToPath(new URL('./fixtures/pipelines/words.json', import.meta.url));
  const io = captureIo();
  assert.equal(await main(['ingest', dir, '--db', db, '--pipeline', pipeline, '--concurrency', '0'], io), 1);
  assert.match(io.stdout, /1 failures:\n  bad\.txt \[words\]: words: this page asked to fail/);
  const status = captureIo();
  assert.equal(await main(['status', '--db', db, '--json'], status), 1);
  const parsed = JSON.parse(status.stdout);
  assert.equal(parsed.articles, 2);
  assert.deepEqual(parsed.failures.map((f: { path: string; stage: string }) => `${f.path}:${f.stage}`), ['bad.txt:words']);
  const words = parsed.stages.find((s: { stage: string }) => s.stage === 'words');
  assert.deepEqual([words.done, words.failed], [1, 1]);
  rmSync(dir, { recursive: true });
});

test('status plans staleness without running: nothing after a run, the edited page and its stages after an edit', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-status-'));
  writeFileSync(join(dir, 'one.txt'), 'First page');
  writeFileSync(join(dir, 'two.txt'), 'Second page');
  const db = join(dir, 'x.db');
  const pipeline = fileURLToPath(new URL('./fixtures/pipelines/words.json', import.meta.url));
  assert.equal(await main(['ingest', dir, '--db', db, '--pipeline', pipeline, '--quiet'], captureIo()), 0);
  const staleOf = async () => {
    const io = captureIo();
    assert.equal(await main(['status', '--db', db, '--json'], io), 0);
    return Object.fromEntries(JSON.parse(io.stdout).stages.map((s: { stage: string; stale: number; done: number }) => [s.stage, [s.done, s.stale]]));
  };
  assert.deepEqual(await staleOf(), { read: [2, 0], words: [2, 0], shout: [2, 0] });
  writeFileSync(join(dir, 'two.txt'), 'Second page, edited');
  writeFileSync(join(dir, 'three.txt'), 'A new page');
  assert.deepEqual(await staleOf(), { read: [2, 2], words: [2, 2], shout: [2, 2] });
  // Planning wrote nothing: the next real ingest still runs exactly those.
  const io = captureIo();
  assert.equal(await main(['ingest', dir, '--db', db, '--pipeline', pipeline, '--json'], io), 0);
  const summary = JSON.parse(io.stdout);
  assert.deepEqual([summary.stages.read.ran, summary.stages.words.ran, summary.stages.shout.ran], [2, 2, 2]);
  rmSync(dir, { recursive: true });
});
