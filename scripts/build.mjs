// Builds the published package: src/ compiled by tsc into a fresh dist/ (tsconfig.build.json), plus the worker
// thread's entry. In a checkout the entry registers tsx to run worker.ts; in dist/ it loads worker.js with plain Node.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const root = new URL('../', import.meta.url);
rmSync(new URL('dist/', root), { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', new URL('tsconfig.build.json', root).pathname], { stdio: 'inherit' });
writeFileSync(new URL('dist/pipeline/worker-entry.mjs', root), `// Worker thread entry of the built package (scripts/build.mjs): plain Node, no
// TypeScript loader (tsx took about 28 MB more in each worker); the registry loads tsx only for a TypeScript stage module.
await import('./worker.js');
`);
