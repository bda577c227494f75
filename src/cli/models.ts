import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXIT_FAILURES, EXIT_OK, LISTING_OPTIONS, UsageError, parseCommand, printJsonListing, type Command } from './args.ts';
import { formatTable } from './table.ts';
import { loadPipeline, DEFAULT_PIPELINE } from '../pipeline/config.ts';
import { KNOWN_STAGES } from '../pipeline/registry.ts';

/** The model runtime: an optional peer dependency, so that installing claimscope downloads no ONNX runtime. */
const RUNTIME_PACKAGE = '@huggingface/transformers';

/**
 * The npm command that adds the model runtime where this claimscope resolves packages from: the project whose
 * node_modules holds it (saved in its package.json), npm's global folder for a global install, or this checkout.
 */
export function runtimeInstallCommand(packageRoot: string, globalModules: string | null): { cwd: string; args: string[] } {
  const manifest = JSON.parse(readFileSync(resolve(packageRoot, 'package.json'), 'utf8')) as { peerDependencies?: Record<string, string> };
  const spec = `${RUNTIME_PACKAGE}@${manifest.peerDependencies?.[RUNTIME_PACKAGE] ?? 'latest'}`;
  const modules = dirname(packageRoot);
  if (globalModules && resolve(globalModules) === modules) return { cwd: dirname(modules), args: ['install', '--global', spec] };
  if (basename(modules) === 'node_modules') return { cwd: dirname(modules), args: ['install', spec] };
  return { cwd: packageRoot, args: ['install', '--no-save', spec] };
}

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export const modelsCommand: Command = {
  name: 'models',
  summary: 'list the models the pipeline uses, where each is found locally, and its size; install the model runtime',
  usage: `claimscope models [--pipeline FILE] [--models DIR] [--json | --jsonl]
claimscope models install [--print]

For each model use (embed, translate) configured in the pipeline: the model id, whether it is present in
the cache (~/.cache/claimscope/models, or CLAIMSCOPE_CACHE) or in the --models folder, and its size on disk.
A model that is not present is downloaded on first use when the network allows (not with CLAIMSCOPE_OFFLINE=1);
otherwise the stage falls back to its built-in method and says so. See docs/models.md.

models install adds the model runtime (${RUNTIME_PACKAGE} with onnxruntime and sharp: about 480 MB) with npm, where
this claimscope finds its packages. Without it every stage uses its built-in offline method. --print shows the
npm command instead of running it.`,
  async run(argv, io) {
    const { values, positionals } = parseCommand(argv, {
      pipeline: { type: 'string' }, models: { type: 'string' }, print: { type: 'boolean' }, ...LISTING_OPTIONS,
    }, 1);
    if (positionals[0] !== undefined && positionals[0] !== 'install') throw new UsageError(`unknown models action "${positionals[0]}" (did you mean "install"?)`);
    if (positionals[0] === 'install') {
      const globalModules = spawnSync(npm, ['root', '--global'], { encoding: 'utf8' }).stdout?.trim() || null;
      const { cwd, args } = runtimeInstallCommand(resolve(fileURLToPath(new URL('../../', import.meta.url))), globalModules);
      io.out(`(cd ${cwd} && npm ${args.join(' ')})`);
      if (values.print) return EXIT_OK;
      const result = spawnSync(npm, args, { cwd, stdio: 'inherit' });
      return result.status === 0 ? EXIT_OK : EXIT_FAILURES;
    }
    if (values.models) process.env.CLAIMSCOPE_MODELS = resolve(values.models);
    const pipeline = loadPipeline(values.pipeline ?? DEFAULT_PIPELINE, KNOWN_STAGES);
    const optionsOf = (stage: string) => pipeline.steps.find((s) => s.stage === stage)?.options ?? null;
    const { describeModels } = await import('../models/index.ts');
    const rows = await describeModels({ embed: optionsOf('embed'), translate: optionsOf('translate'), entities: optionsOf('entities') });
    if (!printJsonListing(io, values, rows)) {
      io.out(formatTable(['use', 'model', 'present', 'size (MB)', 'path'],
        rows.map((r) => [r.use, r.model, r.present ?? 'no', r.bytes === null ? '' : Number((r.bytes / 1048576).toFixed(1)), r.path ?? '']), { width: io.columns, shrink: [1, 4] }));
    }
    return EXIT_OK;
  },
};
