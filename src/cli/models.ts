import { resolve } from 'node:path';
import { EXIT_OK, parseCommand, type Command } from './args.ts';
import { formatTable } from './table.ts';
import { loadPipeline, DEFAULT_PIPELINE } from '../pipeline/config.ts';
import { KNOWN_STAGES } from '../pipeline/registry.ts';

export const modelsCommand: Command = {
  name: 'models',
  summary: 'list the models the pipeline uses, where each is found locally, and its size',
  usage: `claimscope models [--pipeline FILE] [--models DIR] [--json]

For each model use (embed, translate) configured in the pipeline: the model id, whether it is present in
the cache (~/.cache/claimscope/models, or CLAIMSCOPE_CACHE) or in the --models folder, and its size on disk.
A model that is not present is downloaded on first use when the network allows (not with CLAIMSCOPE_OFFLINE=1);
otherwise the stage falls back to its built-in method and says so. See docs/models.md.`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { pipeline: { type: 'string' }, models: { type: 'string' }, json: { type: 'boolean' } });
    if (values.models) process.env.CLAIMSCOPE_MODELS = resolve(values.models);
    const pipeline = loadPipeline(values.pipeline ?? DEFAULT_PIPELINE, KNOWN_STAGES);
    const optionsOf = (stage: string) => pipeline.steps.find((s) => s.stage === stage)?.options ?? null;
    const { describeModels } = await import('../models/index.ts');
    const rows = await describeModels({ embed: optionsOf('embed'), translate: optionsOf('translate'), entities: optionsOf('entities') });
    if (values.json) io.out(JSON.stringify(rows, null, 2));
    else io.out(formatTable(['use', 'model', 'present', 'size (MB)', 'path'],
      rows.map((r) => [r.use, r.model, r.present ?? 'no', r.bytes === null ? '' : Number((r.bytes / 1048576).toFixed(1)), r.path ?? ''])));
    return EXIT_OK;
  },
};
