#!/usr/bin/env node
// claimscope is written in TypeScript and runs through tsx, without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
