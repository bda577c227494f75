// Entry point: picks the command, handles --help, --version, usage errors (exit 2) and unexpected errors (exit 1).
import { readFileSync } from 'node:fs';
import { EXIT_FAILURES, EXIT_OK, EXIT_USAGE, UsageError, closest, exitQuietlyOnClosedPipe, processIo, type Command, type Io } from './args.ts';

const COMMANDS: Record<string, () => Promise<Command>> = {
  ingest: async () => (await import('./ingest.ts')).ingestCommand,
  status: async () => (await import('./status.ts')).statusCommand,
  claims: async () => (await import('./claims.ts')).claimsCommand,
  entities: async () => (await import('./entities.ts')).entitiesCommand,
  compare: async () => (await import('./compare.ts')).compareCommand,
  show: async () => (await import('./show.ts')).showCommand,
  export: async () => (await import('./export.ts')).exportCommand,
  detect: async () => (await import('./detect.ts')).detectCommand,
  quantities: async () => (await import('./quantities.ts')).quantitiesCommand,
  models: async () => (await import('./models.ts')).modelsCommand,
  report: async () => (await import('./report.ts')).reportCommand,
  serve: async () => (await import('./serve.ts')).serveCommand,
  plan: async () => (await import('./plan.ts')).planCommand,
  shards: async () => (await import('./shards.ts')).shardsCommand,
  merge: async () => (await import('./merge.ts')).mergeCommand,
};

async function overview(): Promise<string> {
  const lines = ['claimscope: scraped pages in any language → a SQLite database of articles, entities and claims, compared across languages', '', 'Commands:'];
  // The longest name and two spaces (`quantities` is ten letters).
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length)) + 2;
  for (const name of Object.keys(COMMANDS)) {
    const command = await COMMANDS[name]().catch(() => null);
    lines.push(`  ${name.padEnd(width)}${command?.summary ?? ''}`);
  }
  lines.push('', 'Run claimscope help <command> (or claimscope <command> --help) for its options; claimscope --version for the version.');
  return lines.join('\n');
}

/** The package's version, from the package.json beside src/ (or dist/ when installed). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
}

function unknownCommand(name: string): string {
  const guess = closest(name, Object.keys(COMMANDS));
  return `claimscope: unknown command "${name}".${guess ? ` Did you mean "${guess}"?` : ''} Commands: ${Object.keys(COMMANDS).join(', ')}`;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V' || name === 'version') {
    io.out(`claimscope ${packageVersion()}`);
    return EXIT_OK;
  }
  if (name === 'help' && rest[0]) {
    // `claimscope help ingest`, as git and cargo take it.
    if (!COMMANDS[rest[0]]) {
      io.err(unknownCommand(rest[0]));
      return EXIT_USAGE;
    }
    io.out((await COMMANDS[rest[0]]()).usage);
    return EXIT_OK;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(await overview());
    return name ? EXIT_OK : EXIT_USAGE;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(unknownCommand(name));
    return EXIT_USAGE;
  }
  const command = await load();
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.usage);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`claimscope ${name}: ${error.message}\nRun claimscope ${name} --help for usage.`);
      return EXIT_USAGE;
    }
    io.err(`claimscope ${name}: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.CLAIMSCOPE_DEBUG && error instanceof Error) io.err(error.stack ?? '');
    return EXIT_FAILURES;
  }
}

/** The process entry (bin/claimscope.js): real stdout/stderr, a closed pipe ends quietly, the exit code set. */
export async function runCli(argv = process.argv.slice(2)): Promise<void> {
  exitQuietlyOnClosedPipe();
  process.exitCode = await main(argv, processIo);
}
