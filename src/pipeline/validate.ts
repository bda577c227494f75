// A pipeline is checked against the stages it names before any page is touched: each stage comes after the stages it
// reads, and every option is one the stage declares, of the declared type, with the declared defaults filled in. A
// misspelt option or a stage listed before its input is an error naming the stage, instead of a silent no-op.
import { PipelineError, type Pipeline, type PipelineStep } from './config.ts';
import { CORPUS_STAGES, loadAnyStage } from './registry.ts';
import { isCorpusStage, type CorpusStage, type OptionSchema, type OptionSpec, type Stage } from './stage.ts';

export interface ResolvedStep extends PipelineStep {
  /** The stage's definition: an article stage (run per page) or a corpus stage (run once over every article). */
  definition: Stage | CorpusStage;
}

/** Loads every stage of the pipeline and checks order and options; the steps come back with their options completed. */
export async function resolvePipeline(pipeline: Pipeline): Promise<ResolvedStep[]> {
  const steps: ResolvedStep[] = [];
  for (const step of pipeline.steps) {
    let definition: Stage | CorpusStage;
    try {
      definition = await loadAnyStage(step);
    } catch (error) {
      throw new PipelineError(`pipeline ${pipeline.name}: stage "${step.stage}": ${(error as Error).message}`);
    }
    // The store reads and writes corpus stages by name (src/store/materialise.ts), and knows only compare's so far: a
    // module may stand in for compare (its groups, in compare's shape), not add a corpus stage of another name.
    if (isCorpusStage(definition) && step.module && !CORPUS_STAGES.has(step.stage)) {
      throw new PipelineError(`pipeline ${pipeline.name}: stage "${step.stage}" is a corpus stage from a module; only the built-in corpus stages (compare) can run yet, or a module in their place`);
    }
    steps.push({ ...step, definition, options: checkOptions(pipeline.name, step.stage, definition.options, step.options) });
  }
  checkOrder(pipeline.name, steps.map((s) => ({ stage: s.stage, after: s.definition.after })));
  return steps;
}

/** Every stage's inputs are run by the pipeline, earlier than the stage. */
export function checkOrder(source: string, steps: Array<{ stage: string; after: readonly string[] }>): void {
  steps.forEach((step, i) => {
    for (const dep of step.after) {
      const at = steps.findIndex((s) => s.stage === dep);
      if (at < 0) throw new PipelineError(`pipeline ${source}: stage "${step.stage}" reads "${dep}", which the pipeline does not run`);
      if (at > i) throw new PipelineError(`pipeline ${source}: stage "${step.stage}" reads "${dep}", which is listed after it: move "${dep}" before "${step.stage}"`);
    }
  });
}

/** The options checked against the stage's schema, with its defaults filled in; a stage without a schema takes them as they are. */
export function checkOptions(source: string, stage: string, schema: OptionSchema | undefined, given: Record<string, unknown>): Record<string, unknown> {
  if (!schema) return given;
  const options: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(schema)) if (spec.default !== undefined) options[name] = spec.default;
  for (const [name, value] of Object.entries(given)) {
    const spec = schema[name];
    if (!spec) {
      const known = Object.keys(schema);
      throw new PipelineError(`pipeline ${source}: stage "${stage}" has no option "${name}"; `
        + (known.length ? `its options: ${known.join(', ')}` : 'it takes no options'));
    }
    if (!fits(value, spec)) {
      throw new PipelineError(`pipeline ${source}: option "${name}" of stage "${stage}" must be ${describe(spec)}, not ${JSON.stringify(value)}`);
    }
    options[name] = value;
  }
  return options;
}

function fits(value: unknown, spec: OptionSpec): boolean {
  if (value === null) return Boolean(spec.nullable);
  switch (spec.type) {
    case 'boolean': return typeof value === 'boolean';
    case 'number': return typeof value === 'number' && Number.isFinite(value);
    case 'string': return typeof value === 'string';
    case 'string[]': return Array.isArray(value) && value.every((v) => typeof v === 'string');
    case 'object': return typeof value === 'object' && !Array.isArray(value);
  }
}

const describe = (spec: OptionSpec) => {
  const kind = { boolean: 'true or false', number: 'a number', string: 'a string', 'string[]': 'a list of strings', object: 'an object' }[spec.type];
  return spec.nullable ? `${kind} or null` : kind;
};
