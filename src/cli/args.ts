// Flag parsing shared by every command: node's parseArgs, strict, with one clear message on a usage error.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export class UsageError extends Error {}

/** Exit codes: 0 success, 1 some pages or stages failed, 2 usage error. */
export const EXIT_OK = 0;
export const EXIT_FAILURES = 1;
export const EXIT_USAGE = 2;

export const DEFAULT_DB = 'output/claimscope.db';

export type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommand<O extends Options>(argv: string[], options: O, allowPositionals = 0) {
  try {
    const parsed = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: allowPositionals > 0, strict: true });
    if (parsed.positionals.length > allowPositionals) throw new UsageError(`unexpected argument: ${parsed.positionals[allowPositionals]}`);
    return parsed;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError((error as Error).message);
  }
}

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** True when stderr is a terminal (progress bars) */
  tty: boolean;
  stdin(): Promise<string>;
}

export const processIo: Io = {
  out: (t) => void process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => void process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  tty: Boolean(process.stderr.isTTY),
  async stdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

export interface Command {
  name: string;
  summary: string;
  usage: string;
  run(argv: string[], io: Io): Promise<number>;
}
