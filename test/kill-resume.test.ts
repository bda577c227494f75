// An ingest killed midway (SIGKILL: no cleanup at all) and run again must end equal to a clean run:
// no lost rows, no duplicates, no half-written stage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const BIN = fileURLToPath(new URL('../bin/claimscope.js', import.meta.url));
const PAGES = 300;

function corpus(): { dir: string; pipeline: string } {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-kill-'));
  for (let i = 0; i < PAGES; i++) writeFileSync(join(dir, `page-${String(i).padStart(4, '0')}.txt`), `Page ${i} says ${'word '.repeat(i % 17)}`);
  const pipeline = join(dir, 'slow.json');
  const stages = fileURLToPath(new URL('./fixtures/stages/', import.meta.url));
  writeFileSync(pipeline, JSON.stringify({ name: 'slow', stages: [
    { stage: 'read', options: {} },
    { stage: 'words', module: join(stages, 'words.ts'), options: { delayMs: 8 } },
    { stage: 'shout', module: join(stages, 'shout.ts'), options: {} },
  ] }));
  return { dir, pipeline };
}

function runCli(args: string[]): Promise<number> {
  return new Promise((resolve) => spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' }).on('exit', (code) => resolve(code ?? -1)));
}

function countDone(db: string): number {
  if (!existsSync(db)) return 0;
  try {
    const handle = new Database(db, { readonly: true });
    const n = (handle.prepare("SELECT COUNT(*) AS n FROM stage_runs WHERE stage = 'shout'").get() as { n: number }).n;
    handle.close();
    return n;
  } catch {
    return 0; // schema not created yet
  }
}

function snapshot(db: string) {
  const handle = new Database(db, { readonly: true });
  const rows = handle.prepare(`SELECT a.path, r.stage, r.key, r.status, r.output_hash, o.data FROM stage_runs r JOIN articles a ON a.id = r.article_id
    LEFT JOIN stage_outputs o ON o.article_id = r.article_id AND o.stage = r.stage ORDER BY a.path, r.stage`).all();
  const articles = handle.prepare('SELECT path, content_hash, format, encoding FROM articles ORDER BY path').all();
  handle.close();
  return { rows, articles };
}

test('an ingest killed with SIGKILL midway completes on the next run, equal to a clean run', { timeout: 120_000 }, async () => {
  const { dir, pipeline } = corpus();
  const killedDb = join(dir, 'killed.db');
  const child = spawn(process.execPath, [BIN, 'ingest', dir, '--db', killedDb, '--pipeline', pipeline, '--quiet'], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  while (countDone(killedDb) < PAGES / 10) await new Promise((r) => setTimeout(r, 20));
  child.kill('SIGKILL');
  await exited;
  const partial = countDone(killedDb);
  assert.ok(partial > 0 && partial < PAGES, `killed midway: ${partial} of ${PAGES} pages done`);

  assert.equal(await runCli(['ingest', dir, '--db', killedDb, '--pipeline', pipeline, '--quiet']), 0);
  const cleanDb = join(dir, 'clean.db');
  assert.equal(await runCli(['ingest', dir, '--db', cleanDb, '--pipeline', pipeline, '--quiet']), 0);

  const resumed = snapshot(killedDb);
  const clean = snapshot(cleanDb);
  assert.equal(resumed.articles.length, PAGES);
  assert.equal(resumed.rows.length, PAGES * 3);
  assert.deepEqual(resumed, clean);
  rmSync(dir, { recursive: true });
});
