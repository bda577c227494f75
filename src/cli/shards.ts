import { EXIT_FAILURES, EXIT_OK, UsageError, parseCommand, type Command } from './args.ts';
import { readManifest } from '../shards/manifest.ts';
import { incompleteShards } from '../shards/completion.ts';
import { formatIndexRanges } from '../shards/spec.ts';

export const shardsCommand: Command = {
  name: 'shards',
  summary: 'the state of a shard set: which array tasks still have to run',
  usage: `claimscope shards todo DIR [--json]

Prints the shard indices of DIR without a current completion marker, in the form sbatch --array= takes
(0-2,5), or nothing when every shard is done. A marker is current when the pipeline, the shard's pages (path, size,
mtime) and the stages' methods (a model that became available) are what the shard ran with. Exit code 0 when
every shard is done, 1 when some are not. --json prints {"todo": [indices], "array": "0-2,5"}.

  sbatch --array=$(claimscope shards todo DIR) ingest-shard.sbatch`,
  async run(argv, io) {
    const { values, positionals } = parseCommand(argv, { json: { type: 'boolean' } }, 2);
    if (positionals[0] !== 'todo' || !positionals[1]) throw new UsageError('usage: claimscope shards todo DIR');
    const todo = await incompleteShards(positionals[1], readManifest(positionals[1]));
    if (values.json) io.out(JSON.stringify({ todo, array: formatIndexRanges(todo) }));
    else if (todo.length) io.out(formatIndexRanges(todo));
    return todo.length ? EXIT_FAILURES : EXIT_OK;
  },
};
