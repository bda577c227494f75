// A folder of hostile pages (test/fixtures/hostile-inputs.ts, at small sizes) plus pages that hang a stage or exhaust
// a worker's memory, through the real CLI with stage limits of a few seconds: every file ends recorded (done, or
// skipped/failed with a reason), the batch goes on and exits 1, and the good pages are done.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, mkdirSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { HOSTILE_INPUTS } from './fixtures/hostile-inputs.ts';

const BIN = fileURLToPath(new URL('../bin/claimscope.js', import.meta.url));
const TRAP = fileURLToPath(new URL('./fixtures/stages/trap.ts', import.meta.url));
/** Small enough that the suite stays fast; the full sizes are bench/hostile.ts's. */
const SIZE = 1500;
const MAX_BYTES = 64 * 1024;
const STAGE_TIMEOUT_SECONDS = 6;
const FIRST_RUN_TIMEOUT_SECONDS = 15;

/** Good pages of our own, in two languages, that must come through whatever the rest of the folder holds. */
const GOOD = {
  'good-en.txt': 'Harbour Works reports results\n\nHarbour Works said on Monday that its revenue rose to 47 million euros in 2024, up from 35 million a year earlier.\n\nThe company now employs 310 people at its two yards.',
  'good-de.html': '<html lang="de"><head><meta charset="utf-8"><title>Werft meldet Zahlen</title></head><body><article><h1>Werft meldet Zahlen</h1><p>Die Werft Harbour Works hat im Jahr 2024 einen Umsatz von 47 Millionen Euro erzielt, wie das Unternehmen am Montag mitteilte.</p><p>Sie beschäftigt inzwischen 310 Menschen an zwei Standorten.</p></article></body></html>',
};

function run(args: string[]): Promise<{ code: number; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('exit', (code) => resolve({ code: code ?? -1, stderr }));
  });
}

test('a folder of ≥ 30 kinds of hostile pages: every file recorded with a reason, the good pages done, exit 1', { timeout: 180_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-hostile-'));
  const pages = join(dir, 'pages');
  mkdirSync(pages);
  for (const [name, text] of Object.entries(GOOD)) writeFileSync(join(pages, name), text);
  for (const input of HOSTILE_INPUTS) writeFileSync(join(pages, `${input.kind}.${input.ext}`), input.make(SIZE));
  writeFileSync(join(pages, 'oversized.txt'), 'word '.repeat(MAX_BYTES / 4));
  // 5 GB without a byte on disk (a sparse file): refused from its size, since reading it would fail (over Node's 2 GB
  // file limit) or fill the memory.
  writeFileSync(join(pages, 'sparse-5gb.txt'), '');
  truncateSync(join(pages, 'sparse-5gb.txt'), 5 * 1024 ** 3);
  writeFileSync(join(pages, 'hangs-a-stage.txt'), 'This page makes a stage loop: TRAP-LOOP-FOREVER');
  writeFileSync(join(pages, 'exhausts-memory.txt'), 'This page makes a stage allocate: TRAP-ALLOCATE-FOREVER');
  const kinds = Object.keys(GOOD).length + HOSTILE_INPUTS.length + 4;
  assert.ok(kinds - Object.keys(GOOD).length >= 30, `${kinds} files`);

  const pipeline = join(dir, 'pipeline.json');
  writeFileSync(pipeline, JSON.stringify({ name: 'hostile', stages: [
    { stage: 'read', options: { maxBytes: MAX_BYTES, stageTimeoutSeconds: STAGE_TIMEOUT_SECONDS, firstRunTimeoutSeconds: FIRST_RUN_TIMEOUT_SECONDS, workerMemoryMb: 192 } },
    { stage: 'trap', module: TRAP, options: {} },
    { stage: 'clean', options: {} }, { stage: 'language', options: {} }, { stage: 'segment', options: {} },
    { stage: 'entities', options: { aliasFiles: [] } }, { stage: 'claims', options: {} },
  ] }));
  const db = join(dir, 'hostile.db');
  const { code, stderr } = await run(['ingest', pages, '--db', db, '--pipeline', pipeline, '--concurrency', '2', '--quiet']);
  assert.equal(code, 1, stderr);

  const handle = new Database(db, { readonly: true });
  const articles = handle.prepare('SELECT id, path FROM articles ORDER BY path').all() as Array<{ id: number; path: string }>;
  assert.equal(articles.length, kinds, 'every file has its article row');
  const runs = handle.prepare('SELECT stage, status, error FROM stage_runs WHERE article_id = ?');
  const stagesOf = (id: number) => new Map((runs.all(id) as Array<{ stage: string; status: string; error: string | null }>).map((r) => [r.stage, r]));
  const readOutput = (path: string) => JSON.parse((handle.prepare("SELECT data FROM stage_outputs o JOIN articles a ON a.id = o.article_id WHERE a.path = ? AND o.stage = 'read'")
    .get(path) as { data: string }).data);
  const warnings = readOutput('invalid-utf8-declared.html').warnings;
  const byPath = new Map(articles.map((a) => [a.path, stagesOf(a.id)]));
  handle.close();

  for (const [path, stages] of byPath) {
    const read = stages.get('read');
    assert.ok(read, `${path}: read recorded`);
    for (const [stage, r] of stages) if (r.status !== 'done') assert.ok(r.error && r.error.length > 5, `${path} [${stage}] ${r.status} has a reason`);
    // A page whose read went through ends each later stage recorded, or stops at a recorded failure.
    if (read.status === 'done') {
      const order = ['trap', 'clean', 'language', 'segment', 'entities', 'claims'];
      const stop = order.findIndex((s) => stages.get(s)?.status !== 'done');
      if (stop !== -1) assert.equal(stages.get(order[stop])?.status, 'failed', `${path}: stopped at ${order[stop]} without a recorded failure`);
    }
  }
  for (const name of Object.keys(GOOD)) assert.ok([...byPath.get(name)!.values()].every((r) => r.status === 'done'), `${name} done`);
  // The stage limit, or the longer first-run limit when the hanging page is the first a fresh worker runs the stage on.
  assert.match(byPath.get('hangs-a-stage.txt')!.get('trap')!.error!, new RegExp(`^timeout after (${STAGE_TIMEOUT_SECONDS}|${FIRST_RUN_TIMEOUT_SECONDS}) s in trap$`));
  assert.match(byPath.get('exhausts-memory.txt')!.get('trap')!.error!, /^out of memory in trap: over the 192 MB heap limit/);
  assert.equal(byPath.get('exhausts-memory.txt')!.get('read')!.status, 'done', 'the stages finished before the limit are kept');
  assert.match(byPath.get('oversized.txt')!.get('read')!.error!, /^file too large: 0\.1 MB, over the 0\.1 MB limit/);
  assert.match(byPath.get('sparse-5gb.txt')!.get('read')!.error!, /^file too large: 5120\.0 MB, over the 0\.1 MB limit/);
  for (const kind of ['empty', 'whitespace-only', 'binary', 'nul-bytes']) assert.equal(byPath.get(`${kind}.${HOSTILE_INPUTS.find((k) => k.kind === kind)!.ext}`)!.get('read')!.status, 'skipped', kind);
  for (const input of HOSTILE_INPUTS.filter((k) => k.text)) assert.equal(byPath.get(`${input.kind}.${input.ext}`)!.get('read')!.status, 'done', input.kind);

  assert.deepEqual(warnings, ['invalid UTF-8: 1 invalid byte sequence replaced with U+FFFD (the page declares utf-8)']);
  rmSync(dir, { recursive: true, force: true });
});
