// On a real scheduler: a one-node Slurm cluster (munged, slurmctld, slurmd on 127.0.0.1, configured in a temp
// folder) runs the sbatch scripts of docs/scale-out.md: `ingest --shard auto/4` as an array job, one task cancelled and
// resubmitted from `shards todo`, and the compare reduce in 2 partitions as a dependent array; the result must equal one
// database. Skips, saying why, when Slurm and
// munge are not installed (.ci/run installs Debian's slurm-wlm and munge) or the daemons do not come up.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { main } from '../src/cli/main.ts';
import { loadPipeline } from '../src/pipeline/config.ts';
import { KNOWN_STAGES } from '../src/pipeline/registry.ts';
import { ingest } from '../src/pipeline/runner.ts';
import { writeVariedCorpus } from './fixtures/varied-corpus.ts';
import { launcher } from './fixtures/scale-out-doc.ts';
import { captureIo } from './fixtures/capture-io.ts';

const BIN = fileURLToPath(new URL('../bin/claimscope.js', import.meta.url));
const OFFLINE = fileURLToPath(new URL('../pipelines/offline.json', import.meta.url));
const PROGRAMS = ['munged', 'mungekey', 'slurmctld', 'slurmd', 'sbatch', 'squeue', 'scancel', 'scontrol', 'sinfo'];
/** How long the daemons get to report the node idle: they start in well under a second on this project's machine. */
const START_TIMEOUT_MS = 20_000;
/** How long the jobs get: 40 small pages in four tasks, plus the reduce, take a few seconds. */
const JOB_TIMEOUT_MS = 180_000;

function which(program: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/sbin', '/sbin', '/usr/bin'])) {
    if (dir && existsSync(join(dir, program))) return join(dir, program);
  }
  return null;
}

const missing = PROGRAMS.filter((p) => !which(p));
const skip = missing.length ? `Slurm/munge not installed (missing ${missing.join(', ')}): .ci/run installs slurm-wlm and munge`
  : process.getuid?.() !== 0 ? 'the one-node Slurm cluster needs root (slurmd runs jobs as their user)' : false;


const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function waitFor(what: string, done: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (done()) return true;
    await sleep(250);
  }
  return false;
}

/** A one-node cluster in `dir`; `stop()` ends its daemons by their pid files. */
function slurmConfig(dir: string, port: number): string {
  const node = hostname().split('.')[0];
  return [
    'ClusterName=claimscope-ci', `SlurmctldHost=${node}(127.0.0.1)`, `SlurmctldPort=${port}`, `SlurmdPort=${port + 1}`,
    'SlurmUser=root', 'SlurmdUser=root', 'AuthType=auth/munge', 'CredType=cred/munge', `AuthInfo=socket=${join(dir, 'munge.socket')}`,
    `StateSaveLocation=${join(dir, 'state')}`, `SlurmdSpoolDir=${join(dir, 'spool')}`,
    `SlurmctldPidFile=${join(dir, 'slurmctld.pid')}`, `SlurmdPidFile=${join(dir, 'slurmd.pid')}`,
    `SlurmctldLogFile=${join(dir, 'slurmctld.log')}`, `SlurmdLogFile=${join(dir, 'slurmd.log')}`,
    // No cgroups in a CI container: plain process tracking, no task binding, no accounting.
    'ProctrackType=proctrack/linuxproc', 'TaskPlugin=task/none', 'JobAcctGatherType=jobacct_gather/none',
    'AccountingStorageType=accounting_storage/none', 'JobCompType=jobcomp/none', 'MpiDefault=none',
    'SelectType=select/cons_tres', 'SelectTypeParameters=CR_Core', 'SchedulerType=sched/builtin', 'ReturnToService=2',
    `NodeName=${node} NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN`, 'PartitionName=ci Nodes=ALL Default=YES MaxTime=INFINITE State=UP', '',
  ].join('\n');
}

/** SIGTERM to each daemon named by its pid file, then waits for it to be gone (they write their state on the way out). */
async function stopByPidFiles(dir: string): Promise<void> {
  for (const name of ['slurmd', 'slurmctld', 'munged']) {
    const file = join(dir, `${name}.pid`);
    if (!existsSync(file)) continue;
    const pid = Number(readFileSync(file, 'utf8').trim());
    if (!(pid > 0)) continue;
    const alive = () => {
      try { process.kill(pid, 0); return true; } catch { return false; }
    };
    if (alive()) process.kill(pid, 'SIGTERM');
    await waitFor(`${name} stopped`, () => !alive(), 10_000);
  }
}

/** What the jobs printed (sbatch --output), for failure messages. */
function jobLogs(work: string): string {
  const folder = join(work, 'logs');
  return readdirSync(folder).map((f) => `--- ${f}\n${readFileSync(join(folder, f), 'utf8').slice(-2000)}`).join('\n');
}

function stageRows(files: string[]): string[] {
  return files.flatMap((file) => {
    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT a.path, r.stage, r.key, r.status, r.output_hash FROM stage_runs r JOIN articles a ON a.id = r.article_id').all()
      .map((r) => JSON.stringify(r));
    db.close();
    return rows;
  }).sort();
}

test('Slurm: an sbatch array of ingest --shard auto/4, a cancelled task resubmitted from shards todo, a dependent compare', { skip, timeout: 300_000 }, async (t) => {
  const work = mkdtempSync(join(tmpdir(), 'claimscope-slurm-'));
  chmodSync(work, 0o755); // munged wants its socket's folder reachable by everyone
  for (const sub of ['state', 'spool', 'logs']) mkdirSync(join(work, sub));
  const dir = join(work, 'pages');
  const out = join(work, 'shards');
  const env = { ...process.env, SLURM_CONF: join(work, 'slurm.conf'), PAGES: dir, SHARDS: out, N: '4', K: '2',
    CLAIMSCOPE: `${process.execPath} ${BIN}` };
  const run = (program: string, args: string[]) => execFileSync(which(program)!, args, { env, encoding: 'utf8' }).trim();
  t.after(async () => {
    await stopByPidFiles(work);
    rmSync(work, { recursive: true, force: true, maxRetries: 5 });
  });

  // Ports drawn at random: two runs of the suite on one machine must not meet.
  const port = 20_000 + Math.floor(Math.random() * 20_000) * 2;
  writeFileSync(env.SLURM_CONF, slurmConfig(work, port));
  run('mungekey', ['--create', `--keyfile=${join(work, 'munge.key')}`, '--force']);
  chmodSync(join(work, 'munge.key'), 0o600);
  const started = spawnSync(which('munged')!, ['--force', `--socket=${join(work, 'munge.socket')}`, `--key-file=${join(work, 'munge.key')}`,
    `--pid-file=${join(work, 'munged.pid')}`, `--seed-file=${join(work, 'munged.seed')}`, `--log-file=${join(work, 'munged.log')}`], { env });
  const daemons = started.status === 0
    && spawnSync(which('slurmctld')!, ['-f', env.SLURM_CONF], { env }).status === 0
    && spawnSync(which('slurmd')!, ['-f', env.SLURM_CONF], { env }).status === 0;
  const idle = daemons && await waitFor('node idle', () => {
    try { return /idle/.test(run('sinfo', ['-h', '-o', '%T'])); } catch { return false; }
  }, START_TIMEOUT_MS);
  if (!idle) {
    const logs = ['munged.log', 'slurmctld.log', 'slurmd.log'].map((f) => join(work, f)).filter(existsSync).map((f) => readFileSync(f, 'utf8').split('\n').slice(-5).join('\n'));
    t.skip(`the Slurm daemons did not come up on this machine: ${logs.join('\n') || 'no logs'}`);
    return;
  }

  writeVariedCorpus(dir, ['.', 'a', 'b', 'c', 'd', 'd/e', 'f', 'g'], 5);
  assert.equal(await main(['plan', dir, '--shards', '4', '--out', out, '--pipeline', OFFLINE], captureIo()), 0);
  const [ingestScript, compareScript] = ['ingest-shard.sbatch', 'compare-partition.sbatch'].map((name) => {
    writeFileSync(join(work, name), launcher(name));
    return join(work, name);
  });
  // The scripts ask for 4 CPUs and some memory; this one-node cluster has 2 CPUs and declares no memory.
  const fit = ['--cpus-per-task=1', '--mem=0', `--output=${join(work, 'logs', '%x-%A-%a.txt')}`];

  // Held, so that task 2 is cancelled before it can start: the scheduler's view of a task lost to a preemption.
  const first = run('sbatch', ['--parsable', '--hold', '--array=0-3', ...fit, ingestScript]);
  run('scancel', [`${first}_2`]);
  run('scontrol', ['release', first]);
  const finished = (job: string) => run('squeue', ['-h', '-j', job, '-o', '%i']) === '';
  assert.ok(await waitFor('array done', () => finished(first), JOB_TIMEOUT_MS), 'the array job did not finish');

  const todo = captureIo();
  assert.equal(await main(['shards', 'todo', out], todo), 1);
  assert.equal(todo.stdout.trim(), '2', `only the cancelled task is left; the tasks' output:\n${jobLogs(work)}`);
  const again = run('sbatch', ['--parsable', `--array=${todo.stdout.trim()}`, ...fit, ingestScript]);
  const reduce = run('sbatch', ['--parsable', `--dependency=afterok:${again}`, '--array=0-1', ...fit, compareScript]);
  assert.ok(await waitFor('reduce done', () => finished(again) && finished(reduce), JOB_TIMEOUT_MS), 'the resubmitted task or the reduce did not finish');
  assert.ok(existsSync(join(out, 'compare', '2-0.json')) && existsSync(join(out, 'compare', '2-1.json')), `the reduce did not run:\n${jobLogs(work)}`);

  const done = captureIo();
  assert.equal(await main(['shards', 'todo', out], done), 0, done.stdout);
  const single = join(work, 'single.db');
  await ingest({ dir, db: single, pipeline: loadPipeline(OFFLINE, KNOWN_STAGES), workers: 0 });
  assert.deepEqual(stageRows([0, 1, 2, 3].map((i) => join(out, `shard-000${i}.db`))), stageRows([single]));
  const expected = captureIo();
  await main(['compare', '--db', single, '--json'], expected);
  const reduced = captureIo();
  assert.equal(await main(['compare', '--shards', out, '--json'], reduced), 0);
  assert.match(reduced.stderr, /2 partitions; ran 0, unchanged 2/, 'the dependent array reduced both partitions');
  assert.equal(reduced.stdout, expected.stdout);
});
