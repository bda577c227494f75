#!/usr/bin/env node
// The installed package runs the compiled JavaScript in dist/ with plain Node. In a checkout, dist/ runs too while it
// was built from the sources as they are (npm install builds it); after an edit the TypeScript runs through tsx, so the
// edit shows in the next run without a build.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../', import.meta.url));
const checkout = existsSync(`${root}src/cli/main.ts`);
const fromSource = checkout && !(await import('../scripts/source-fingerprint.mjs')).distIsCurrent(root);
// Installed, no TypeScript loader: the registry loads tsx only when a pipeline names a TypeScript stage module.
if (fromSource) (await import('tsx/esm/api')).register();
const { runCli } = await import(fromSource ? '../src/cli/main.ts' : '../dist/cli/main.js');
await runCli();
