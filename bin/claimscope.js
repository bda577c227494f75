#!/usr/bin/env node
// The installed package runs the compiled JavaScript in dist/ with plain Node. In a checkout (src/ present, no build
// needed) the TypeScript runs through tsx, so an edit shows in the next run.
import { existsSync } from 'node:fs';
import { spawn } from 'node:child_process';

// An ingest runs worker threads, and glibc's malloc gives each thread that contends for it an arena of its own (up to
// 8 per core), which keeps what was freed in it: 11 arenas held 55–80 MB of a 10,000-page ingest's 620 MB peak RSS
// (`npm run bench -- --probe`), two held 28 MB at the same CPU. glibc reads MALLOC_ARENA_MAX only when a process
// starts: on Linux an ingest starts itself again with it, unless it is set already (0 is glibc's default).
if (process.platform === 'linux' && process.argv[2] === 'ingest' && process.env.MALLOC_ARENA_MAX === undefined) {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', env: { ...process.env, MALLOC_ARENA_MAX: '2' } });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => {
    if (signal) {
      process.removeAllListeners(signal);
      process.kill(process.pid, signal);
    } else process.exit(code ?? 1);
  });
} else {
  const checkout = existsSync(new URL('../src/cli/main.ts', import.meta.url));
  // Installed, no TypeScript loader: the registry loads tsx only when a pipeline names a TypeScript stage module.
  if (checkout) (await import('tsx/esm/api')).register();
  const { runCli } = await import(checkout ? '../src/cli/main.ts' : '../dist/cli/main.js');
  await runCli();
}
