// npm run bench: ingest throughput and memory on a synthetic corpus made from corpus/ pages, varied so that
// no two pages are the same. Prints pages/s for a first ingest and an unchanged re-run, and peak RSS,
// at two corpus sizes so that "memory flat in corpus size" can be read off the table.
// Usage: npm run bench [-- --pages 10000 --pipeline pipelines/offline.json]
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, extname } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { ingest } from '../src/pipeline/runner.ts';
import { loadPipeline } from '../src/pipeline/config.ts';
import { KNOWN_STAGES } from '../src/pipeline/registry.ts';
import { formatTable } from '../src/cli/table.ts';

const { values } = parseArgs({ options: { pages: { type: 'string' }, pipeline: { type: 'string' }, keep: { type: 'boolean' } } });
const LARGE = Number(values.pages ?? 10_000);
const SIZES = [Math.max(100, Math.round(LARGE / 5)), LARGE];
const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const pipelineFile = values.pipeline ?? fileURLToPath(new URL('../pipelines/offline.json', import.meta.url));
/** Pages per sub-folder, like a scraper's per-site folders (and to keep directories small). */
const PAGES_PER_FOLDER = 500;

function templates(): Array<{ name: string; bytes: Buffer }> {
  const found: Array<{ name: string; bytes: Buffer }> = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (statSync(full).size > 200) found.push({ name: entry.name, bytes: readFileSync(full) });
    }
  };
  walk(CORPUS);
  return found;
}

/** A variant of a page: a unique line inserted (ASCII, so any legacy encoding stays valid) and numbers nudged. */
function variant(template: { name: string; bytes: Buffer }, i: number): Buffer {
  const line = `Reference ${i}: archived copy number ${i * 7 + 3}.`;
  const text = template.bytes.toString('latin1');
  const html = extname(template.name).startsWith('.htm');
  const marker = html ? text.lastIndexOf('</body>') : -1;
  const varied = html && marker > 0
    ? `${text.slice(0, marker)}<p>${line}</p>${text.slice(marker)}`
    : `${text}\n\n${line}\n`;
  return Buffer.from(varied, 'latin1');
}

function makeCorpus(pages: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-bench-'));
  const pool = templates();
  if (pool.length === 0) throw new Error(`no template pages in ${CORPUS}`);
  for (let i = 0; i < pages; i++) {
    const folder = join(dir, `site-${Math.floor(i / PAGES_PER_FOLDER)}`);
    if (i % PAGES_PER_FOLDER === 0) mkdirSync(folder);
    const t = pool[i % pool.length];
    writeFileSync(join(folder, `${i}-${t.name}`), variant(t, i));
  }
  return dir;
}

async function measure(run: () => Promise<unknown>): Promise<{ seconds: number; peakRssMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  await run();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds, peakRssMb: peak / 1048576 };
}

const pipeline = loadPipeline(pipelineFile, KNOWN_STAGES);
console.log(`pipeline ${pipeline.name} (${pipelineFile}): ${pipeline.steps.map((s) => s.stage).join(' → ')}`);
const rows: Array<Array<string | number>> = [];
for (const pages of SIZES) {
  const dir = makeCorpus(pages);
  const db = join(dir, 'bench.db');
  const first = await measure(() => ingest({ dir, db, pipeline }));
  const rerun = await measure(() => ingest({ dir, db, pipeline }));
  rows.push([pages, Number((pages / first.seconds).toFixed(0)), Number(first.seconds.toFixed(1)), Number(rerun.seconds.toFixed(2)),
    Number((pages / rerun.seconds).toFixed(0)), Number(Math.max(first.peakRssMb, rerun.peakRssMb).toFixed(0))]);
  console.log(`  ${pages} pages done`);
  if (!values.keep) rmSync(dir, { recursive: true, force: true });
  else console.log(`  kept ${dir}`);
}
console.log('');
console.log(formatTable(['pages', 'first ingest pages/s', 'first ingest s', 'unchanged re-run s', 're-run pages/s', 'peak RSS MB'], rows));
console.log('\nGoals: first ingest ≥ 300 pages/s, unchanged re-run of 10,000 pages < 3 s, peak RSS flat in corpus size.');
