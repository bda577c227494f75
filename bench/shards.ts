// npm run bench:shards: the embedded default (one `ingest`, one database) against 1, 2 and 4 `ingest --shard i/N`
// processes run side by side, as an array job would on this machine, then the compare reduce over the 4 shards.
// Wall time and CPU (user + system, all processes, from /usr/bin/time) per page: on a shared machine the CPU per page is
// the figure to read; pages/s says what the machine gave at that moment.
// Usage: npm run bench:shards [-- --pages 2000 --folders 16 --pipeline pipelines/offline.json]
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { formatTable } from '../src/cli/table.ts';
import { writeVariedCorpus } from '../test/fixtures/varied-corpus.ts';

const { values } = parseArgs({ options: { pages: { type: 'string' }, folders: { type: 'string' }, pipeline: { type: 'string' } } });
const PAGES = Number(values.pages ?? 2000);
const FOLDERS = Number(values.folders ?? 16);
const PIPELINE = values.pipeline ?? fileURLToPath(new URL('../pipelines/offline.json', import.meta.url));
const BIN = fileURLToPath(new URL('../bin/claimscope.js', import.meta.url));
const TIME = '/usr/bin/time';
if (!existsSync(TIME)) throw new Error(`${TIME} is needed to measure the CPU of each process`);

interface Measured { wallS: number; cpuS: number; dbBytes?: number }

/** Bytes of the database files (with their write-ahead logs) a run left. */
const sizeOf = (files: string[]) => files.flatMap((f) => [f, `${f}-wal`]).filter(existsSync).reduce((n, f) => n + statSync(f).size, 0);

/** Runs the commands side by side; wall time from the first start to the last exit, CPU summed over them. */
async function measure(commands: string[][]): Promise<Measured> {
  const started = performance.now();
  const cpu = await Promise.all(commands.map((args, i) => new Promise<number>((resolve, reject) => {
    const file = join(work, `time-${i}.txt`);
    spawn(TIME, ['-f', '%U %S', '-o', file, process.execPath, BIN, ...args], { stdio: ['ignore', 'ignore', 'inherit'] }).on('exit', (code) => {
      if (code !== 0) reject(new Error(`${args.join(' ')} exited with ${code}`));
      const [user, system] = readFileSync(file, 'utf8').trim().split('\n').pop()!.split(' ').map(Number);
      resolve(user + system);
    });
  })));
  return { wallS: (performance.now() - started) / 1000, cpuS: cpu.reduce((a, b) => a + b, 0) };
}

const work = mkdtempSync(join(tmpdir(), 'claimscope-bench-shards-'));
const dir = join(work, 'pages');
const folders = [...Array(FOLDERS).keys()].map((i) => `site-${String(i).padStart(2, '0')}`);
const pages = writeVariedCorpus(dir, folders, Math.ceil(PAGES / FOLDERS));
console.log(`${pages} pages in ${FOLDERS} folders, pipeline ${PIPELINE}; each shard process with one worker thread`);

const rows: Array<[string, Measured]> = [];
const single = await measure([['ingest', dir, '--db', join(work, 'single.db'), '--pipeline', PIPELINE, '--quiet']]);
rows.push(['one ingest (default: one database, a worker per core)', { ...single, dbBytes: sizeOf([join(work, 'single.db')]) }]);
for (const n of [1, 2, 4]) {
  const out = join(work, `shards-${n}`);
  await measure([['plan', dir, '--shards', String(n), '--out', out, '--pipeline', PIPELINE]]);
  const tasks = [...Array(n).keys()].map((i) => ['ingest', dir, '--shard', `${i}/${n}`, '--out', out, '--concurrency', '1', '--quiet']);
  const shards = [...Array(n).keys()].map((i) => join(out, `shard-${String(i).padStart(4, '0')}.db`));
  rows.push([`${n} shard process${n > 1 ? 'es' : ''}`, { ...(await measure(tasks)), dbBytes: sizeOf(shards) }]);
  if (n === 4) rows.push(['compare --shards (the reduce, 4 shards)', await measure([['compare', '--shards', out, '--json']])]);
}
const baseline = rows[0][1];
console.log(formatTable(['run', 'wall s', 'pages/s', 'CPU ms/page', 'CPU vs one ingest', 'database KB/page'], rows.map(([name, m]) => [
  name, m.wallS.toFixed(1), (pages / m.wallS).toFixed(0), (m.cpuS * 1000 / pages).toFixed(2), (m.cpuS / baseline.cpuS).toFixed(2),
  m.dbBytes === undefined ? '' : (m.dbBytes / 1024 / pages).toFixed(1),
])));
rmSync(work, { recursive: true, force: true });
