// The stage contracts (see ../shared/ARCHITECTURE.md): a stage is a function of its inputs and options.
// The runner, not the stage, reads and writes the store, computes incremental keys and isolates failures.
import type { ModelSettings } from '../models/loader.ts';

/** The kinds of value a pipeline file can give an option. */
export type OptionType = 'boolean' | 'number' | 'string' | 'string[]' | 'object';

export interface OptionSpec {
  type: OptionType;
  /** Filled in when the pipeline file leaves the option out (and so part of the stage's incremental key). */
  default?: unknown;
  /** Whether null is accepted (e.g. a model id set to null to turn the model off). */
  nullable?: boolean;
}

/** The options a stage accepts, by name: a pipeline naming any other option of the stage is refused when parsed. */
export type OptionSchema = Record<string, OptionSpec>;

/** Where model files come from: the `--models` folder and `--offline` of an ingest, else the CLAIMSCOPE_* variables. */
export type { ModelSettings };

export interface StageContext<Options = Record<string, unknown>> {
  /** This stage's options from the pipeline file (pipelines/*.json), checked against its schema and merged with defaults. */
  options: Options;
  /** Path of the article relative to the ingested folder ('(corpus)' for a corpus stage). */
  path: string;
  /** Notices for the user (one line each); the runner prints each distinct notice once per run. */
  notice(message: string): void;
  /** The model settings of this ingest (absent in contexts that use no model: they fall back to the environment's). */
  models?: ModelSettings;
}

export interface MethodPlan {
  /** A dry run (`status`) only plans: it must not download or change anything to answer. */
  dryRun: boolean;
  models?: ModelSettings;
  /** Every stage's options in this pipeline, by stage name (compare's key includes the entities stage's alias files). */
  pipelineOptions?: Record<string, Record<string, unknown>>;
}

/**
 * `Input` is an object keyed by the names in `after`, holding those stages' outputs.
 * The output must be JSON-serialisable: it crosses worker threads and is stored as JSON.
 */
export interface Stage<Input = unknown, Output = unknown, Options = Record<string, unknown>> {
  name: string;
  /** Bump when the same input would now give different output. */
  version: number;
  /** The stages whose output this one reads; each must come earlier in the pipeline. */
  after: string[];
  /** The options this stage accepts. A stage without a schema (an older user stage) takes any option unchecked. */
  options?: OptionSchema;
  run(input: Input, ctx: StageContext<Options>): Output | Promise<Output>;
  /**
   * Optional: the output for `options` derived from this stage's stored output for the same inputs made with other
   * options, when that is cheap and gives exactly what run() would (null when it cannot). The clean stage drops a
   * folder's repeated blocks this way once the folder is known, instead of cleaning each page a second time.
   */
  reuse?(previous: Output, options: Options): Output | null;
  /**
   * Optional: a description of how results will be made with these options (e.g. which model is
   * available), folded into the incremental key so that a method upgrade re-runs exactly what the
   * old method produced. Called once per run, on the thread that runs the stage.
   */
  methodKey?(options: Options, plan: MethodPlan): string | Promise<string>;
}

/**
 * A stage that needs every article at once (compare). Keyed like an article stage, over the output hashes of every
 * article it reads; `runCorpus` reads its inputs through the iterable and what else it needs through `ctx`, never
 * the store, so that a sharded run can feed it from several databases.
 */
export interface CorpusStage<Input = unknown, Output = unknown, Options = Record<string, unknown>> {
  name: string;
  version: number;
  after: string[];
  /** Stages whose outputs it also reads (and is keyed over) when the pipeline runs them: compare uses embeddings if there are any. */
  alsoReads?: string[];
  options?: OptionSchema;
  /** Inputs are the articles' rows in a stable order; the output is what the runner writes for the corpus. */
  runCorpus(inputs: AsyncIterable<Input>, ctx: CorpusContext<Options>): Promise<Output>;
  /** Lets a sharded run reduce each partition on its own. */
  partitionKey?(input: Input): string;
  methodKey?(options: Options, plan: MethodPlan): string | Promise<string>;
}

export interface CorpusContext<Options = Record<string, unknown>> extends StageContext<Options> {
  /** Options of the other stages in the pipeline (compare reads the entities stage's alias files). */
  pipelineOptions: Record<string, Record<string, unknown>>;
  /** Extra data a corpus stage asks for by name (e.g. claim vectors), served by whoever runs it. */
  lookup<T>(what: string, id: number): T | null;
}

export const isCorpusStage = (stage: Stage | CorpusStage): stage is CorpusStage => typeof (stage as CorpusStage).runCorpus === 'function';
