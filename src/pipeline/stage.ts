// The stage contract (see ../shared/ARCHITECTURE.md): a stage is a function of its inputs and options.
// The runner, not the stage, reads and writes the store, computes incremental keys and isolates failures.

export interface StageContext {
  /** This stage's options from the pipeline file (pipelines/*.json), already merged with defaults. */
  options: Record<string, unknown>;
  /** Path of the article relative to the ingested folder. */
  path: string;
  /** Notices for the user (one line each); the runner prints each distinct notice once per run. */
  notice(message: string): void;
}

export interface MethodPlan {
  /** A dry run (`status`) only plans: it must not download or change anything to answer. */
  dryRun: boolean;
}

/**
 * `Input` is an object keyed by the names in `after`, holding those stages' outputs.
 * The output must be JSON-serialisable: it crosses worker threads and is stored as JSON.
 */
export interface Stage<Input = any, Output = any> {
  name: string;
  /** Bump when the same input would now give different output. */
  version: number;
  /** The stages whose output this one reads. */
  after: string[];
  run(input: Input, ctx: StageContext): Output | Promise<Output>;
  /**
   * Optional: a description of how results will be made with these options (e.g. which model is
   * available), folded into the incremental key so that a method upgrade re-runs exactly what the
   * old method produced. Called once per run, on the thread that runs the stage.
   */
  methodKey?(options: Record<string, unknown>, plan: MethodPlan): string | Promise<string>;
}
