// Flag parsing shared by every command: node's parseArgs, strict, with one clear message on a usage error,
// "did you mean" for a mistyped option, and flags whose value is optional (`--force` alone or `--force=STAGE`).
import { parseArgs } from 'node:util';

export class UsageError extends Error {}

/** Exit codes: 0 success, 1 some pages or stages failed, 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILURES = 1;
export const EXIT_USAGE = 2;

export const DEFAULT_DB = 'output/claimscope.db';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
  multiple?: boolean;
  /** A string option that may also stand alone (`--force`): then its value is this. Only `--name=value` gives another. */
  optionalValue?: string;
}
export type Options = Record<string, OptionSpec>;

type Values<O extends Options> = { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string } & { help?: boolean };

/** Typo distance: edits (insert, delete, substitute, swap two neighbours) between two words. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The candidate a typo most likely meant: within a third of the word's length in edits (as git's help.autocorrect roughly allows), or one it starts. */
export function closest(word: string, candidates: string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = candidate.startsWith(word) && word.length >= 3 ? 0.5 : editDistance(word, candidate);
    if (distance < bestDistance) [best, bestDistance] = [candidate, distance];
  }
  return bestDistance <= Math.max(1, Math.floor(word.length / 3)) ? best : null;
}

export function parseCommand<O extends Options>(argv: string[], options: O, allowPositionals = 0): { values: Values<O>; positionals: string[] } {
  const specs: Options = { ...options, help: { type: 'boolean', short: 'h' } };
  // parseArgs has no optional values: a lone `--force` becomes `--force=<its optionalValue>`.
  const args = argv.map((arg) => {
    const name = arg.startsWith('--') ? arg.slice(2) : '';
    return specs[name]?.optionalValue !== undefined ? `--${name}=${specs[name].optionalValue}` : arg;
  });
  const config = Object.fromEntries(Object.entries(specs).map(([name, { optionalValue: _, ...spec }]) => [name, spec]));
  try {
    const parsed = parseArgs({ args, options: config, allowPositionals: allowPositionals > 0, strict: true });
    if (parsed.positionals.length > allowPositionals) throw new UsageError(`unexpected argument: ${parsed.positionals[allowPositionals]}`);
    return parsed as { values: Values<O>; positionals: string[] };
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const unknown = /Unknown option '(-{1,2})([^'=]+)'/.exec((error as Error).message);
    if (unknown) {
      const guess = closest(unknown[2], Object.keys(specs));
      throw new UsageError(`unknown option ${unknown[1]}${unknown[2]}${guess ? ` (did you mean --${guess}?)` : ''}`);
    }
    throw new UsageError((error as Error).message.split('. To specify')[0]);
  }
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars) */
  tty: boolean;
  /** Columns available to tables: COLUMNS, else the terminal's width; undefined when output goes to a file or pipe (no trimming). */
  columns?: number;
  /** Colours allowed: stdout is a terminal (or FORCE_COLOR) and NO_COLOR is not set. */
  color?: boolean;
  stdin(): Promise<string>;
}

function terminalColumns(): number | undefined {
  const fromEnv = Number(process.env.COLUMNS);
  if (Number.isInteger(fromEnv) && fromEnv > 0) return fromEnv;
  return process.stdout.isTTY ? process.stdout.columns : undefined;
}

export const processIo: Io = {
  out: (t) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  tty: Boolean(process.stderr.isTTY),
  get columns() {
    return terminalColumns();
  },
  get color() {
    // https://no-color.org: NO_COLOR (non-empty) wins; FORCE_COLOR as Node and chalk read it; else only on a terminal.
    if (process.env.NO_COLOR) return false;
    if (process.env.FORCE_COLOR !== undefined) return process.env.FORCE_COLOR !== '0';
    return Boolean(process.stdout.isTTY);
  },
  async stdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

/** `export | head`: a reader that closes the pipe early ends the command quietly, as cat and git do, not with an EPIPE trace. */
export function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(EXIT_OK);
      throw error;
    });
  }
}

/** Listing output for programs: `--json` one array, `--jsonl` one object a line (streams, greps, `jq -c`). */
export const LISTING_OPTIONS = { json: { type: 'boolean' }, jsonl: { type: 'boolean' } } as const satisfies Options;

/** Prints rows as JSON or JSON Lines when asked; returns false when the caller should print its table. */
export function printJsonListing(io: Io, values: { json?: boolean; jsonl?: boolean }, rows: unknown[]): boolean {
  if (values.jsonl) {
    if (rows.length) io.out(rows.map((r) => JSON.stringify(r)).join('\n'));
    return true;
  }
  if (values.json) {
    io.out(JSON.stringify(rows, null, 2));
    return true;
  }
  return false;
}

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}
