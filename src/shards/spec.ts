// Which shard a process is: `--shard i/N` as typed, or `--shard auto/N` from the index variable an array scheduler
// sets for each task. Pure: the environment is passed in.

export interface ShardSpec {
  index: number;
  count: number;
}

/**
 * The index variables of the array schedulers people run, in the order they are looked at: Slurm job arrays
 * (sbatch --array), Kubernetes Indexed Jobs (completionMode: Indexed) and AWS Batch array jobs. Each is the task's
 * 0-based index when the array is launched as 0..N-1 (what docs/scale-out.md does).
 */
export const SCHEDULER_INDEX_VARIABLES = ['SLURM_ARRAY_TASK_ID', 'JOB_COMPLETION_INDEX', 'AWS_BATCH_JOB_ARRAY_INDEX'] as const;

const WHOLE_NUMBER = /^\d+$/;

/**
 * `3/8` or `auto/8` (index from the environment) → { index, count }; throws a message meant for the user. `flag` names
 * the option in messages (--shard for ingest tasks, --partition for compare's reduce tasks).
 */
export function parseShardSpec(spec: string, env: Record<string, string | undefined>, flag = '--shard'): ShardSpec {
  const usage = `${flag} takes i/N or auto/N with N ≥ 1, not "${spec}"`;
  const match = /^([^/]+)\/([^/]+)$/.exec(spec.trim());
  if (!match || !WHOLE_NUMBER.test(match[2]) || Number(match[2]) < 1) throw new Error(usage);
  const count = Number(match[2]);
  if (match[1] !== 'auto' && !WHOLE_NUMBER.test(match[1])) throw new Error(usage);
  const index = match[1] === 'auto' ? indexFromEnvironment(env) : Number(match[1]);
  if (index >= count) throw new Error(`${flag}: index ${index} is out of range for ${count} (0..${count - 1})`);
  return { index, count };
}

/** The task index set by the scheduler; an error names the variables looked for when none (or conflicting ones) are set. */
export function indexFromEnvironment(env: Record<string, string | undefined>): number {
  const found = SCHEDULER_INDEX_VARIABLES.filter((name) => env[name] !== undefined && env[name] !== '')
    .map((name) => ({ name, value: env[name]!.trim() }));
  if (found.length === 0) {
    throw new Error(`--shard auto/N: none of ${SCHEDULER_INDEX_VARIABLES.join(', ')} is set (run it as an array task, or give --shard i/N)`);
  }
  const bad = found.find((f) => !WHOLE_NUMBER.test(f.value));
  if (bad) throw new Error(`--shard auto/N: ${bad.name}="${bad.value}" is not a task index`);
  const values = new Set(found.map((f) => Number(f.value)));
  if (values.size > 1) throw new Error(`--shard auto/N: ${found.map((f) => `${f.name}=${f.value}`).join(' and ')} disagree`);
  return Number(found[0].value);
}

/** Indices as `sbatch --array=` takes them: sorted, runs of consecutive indices as ranges (`0-2,5,7-8`). */
export function formatIndexRanges(indices: Iterable<number>): string {
  const sorted = [...new Set(indices)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j === i ? String(sorted[i]) : `${sorted[i]}-${sorted[j]}`);
    i = j;
  }
  return parts.join(',');
}
