// Which shard each folder goes to. Whole folders, never split: the clean stage counts repeated blocks per folder, so
// a folder's pages must meet in one database. Stable: a folder keeps its shard from the previous plan; only new
// folders are placed (or every folder, on a reshard). Pure.

/**
 * Folder → shard. `previous` (the last plan's assignment, same shard count) is kept for folders still present; the
 * other folders go, largest first, to the shard with the fewest pages so far (ties: the lowest index), which keeps
 * shards within one folder's size of each other without ever moving a placed folder.
 */
export function assignFolders(pagesByFolder: ReadonlyMap<string, number>, count: number,
  previous: ReadonlyMap<string, number> = new Map()): Map<string, number> {
  if (!Number.isInteger(count) || count < 1) throw new Error(`shard count must be a whole number ≥ 1, not ${count}`);
  const load = new Array<number>(count).fill(0);
  const assigned = new Map<string, number>();
  for (const [folder, pages] of pagesByFolder) {
    const shard = previous.get(folder);
    if (shard === undefined || shard >= count) continue;
    assigned.set(folder, shard);
    load[shard] += pages;
  }
  const fresh = [...pagesByFolder].filter(([folder]) => !assigned.has(folder))
    .sort(([fa, pa], [fb, pb]) => pb - pa || (fa < fb ? -1 : fa > fb ? 1 : 0));
  for (const [folder, pages] of fresh) {
    let lightest = 0;
    for (let s = 1; s < count; s++) if (load[s] < load[lightest]) lightest = s;
    assigned.set(folder, lightest);
    load[lightest] += pages;
  }
  return new Map([...assigned].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** The folders of one shard. */
export function foldersOfShard(assignment: ReadonlyMap<string, number>, shard: number): Set<string> {
  return new Set([...assignment].filter(([, s]) => s === shard).map(([folder]) => folder));
}
