// Entry point: picks the command, handles --help, usage errors (exit 2) and unexpected errors (exit 1).
import { EXIT_FAILURES, EXIT_OK, EXIT_USAGE, UsageError, processIo, type Command, type Io } from './args.ts';

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
};

async function overview(): Promise<string> {
  const lines = ['claimscope: scraped pages in any language → a SQLite database of articles, entities and claims, compared across languages', '', 'Commands:'];
  // The longest name and two spaces (`quantities` is ten letters).
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length)) + 2;
  for (const name of Object.keys(COMMANDS)) {
    const command = await COMMANDS[name]().catch(() => null);
    lines.push(`  ${name.padEnd(width)}${command?.summary ?? ''}`);
  }
  lines.push('', 'Run claimscope <command> --help for its options.');
  return lines.join('\n');
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(await overview());
    return name ? EXIT_OK : EXIT_USAGE;
  }
  const load = COMMANDS[name];
  if (!load) {
    io.err(`claimscope: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}`);
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
