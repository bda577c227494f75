#!/usr/bin/env node
// The installed package runs the compiled JavaScript in dist/ with plain Node. In a checkout (src/ present, no build
// needed) the TypeScript runs through tsx, so an edit shows in the next run.
import { existsSync } from 'node:fs';

const checkout = existsSync(new URL('../src/cli/main.ts', import.meta.url));
// Installed, no TypeScript loader: the registry loads tsx only when a pipeline names a TypeScript stage module.
if (checkout) (await import('tsx/esm/api')).register();
const { runCli } = await import(checkout ? '../src/cli/main.ts' : '../dist/cli/main.js');
await runCli();
