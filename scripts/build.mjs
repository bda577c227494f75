// Builds the published package: src/ compiled by tsc (tsconfig.build.json) into dist/, plus the worker thread's entry
// and the fingerprint of the sources it was built from. In a checkout the entry registers tsx to run worker.ts; in dist/
// it loads worker.js with plain Node. `npm install` runs it (the `prepare` script), so a checkout's CLI starts from
// plain JavaScript (tsx's loader added about 1.4 s to every thread's start, each ingest starting three); bin/claimscope.js
// falls back to tsx as soon as a source changes. A build of unchanged sources does nothing (`--force` rebuilds).
// The new dist/ is compiled beside the old and swapped in by rename, so a CLI started meanwhile (the package test's
// `npm pack` runs beside other tests) never finds half of one.
import { execFileSync } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { FINGERPRINT_FILE, distIsCurrent, sourceFingerprint } from './source-fingerprint.mjs';

const root = fileURLToPath(new URL('../', import.meta.url));
if (distIsCurrent(root) && !process.argv.includes('--force')) process.exit(0);

// Taken before compiling: a source edited during the build makes the fingerprint stale, not the build wrong.
const fingerprint = sourceFingerprint(root);
const building = `${root}dist.building-${process.pid}`;
const retired = `${root}dist.retired-${process.pid}`;
rmSync(building, { recursive: true, force: true });
try {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.build.json`, '--outDir', building], { stdio: 'inherit' });
  writeFileSync(`${building}/pipeline/worker-entry.mjs`, `// Worker thread entry of the built package (scripts/build.mjs): plain Node, no
// TypeScript loader (tsx took about 28 MB more in each worker); the registry loads tsx only for a TypeScript stage module.
await import('./worker.js');
`);
  writeFileSync(`${building}/${FINGERPRINT_FILE}`, `${fingerprint}\n`);
  try { renameSync(`${root}dist`, retired); } catch (error) { if (error.code !== 'ENOENT') throw error; }
  renameSync(building, `${root}dist`);
} finally {
  rmSync(building, { recursive: true, force: true });
  rmSync(retired, { recursive: true, force: true });
}
