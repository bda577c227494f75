// Builds data/eld-<database>.bin from the installed eld (pinned to an exact version in package.json) through its own
// modules: the n-gram database, the byte dictionary and the word separators are imported as eld exports them, never
// read as text. Run after changing the eld version: node --import tsx scripts/build-eld-data.ts [medium]
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { encodeEldTable } from '../src/text/language/eld-table.ts';

const database = process.argv[2] ?? 'medium';
// eld's package "exports" name only its entry points: its data modules are imported by file URL, beside its entry.
const eldSrc = new URL('../', import.meta.resolve('eld')); // .../eld/src/
const { ngramsData } = await import(new URL(`ngrams/${database}.js`, eldSrc).href);
const { dictionary } = await import(new URL('dictionary.js', eldSrc).href);
const { separators } = await import(new URL('regexPatterns.js', eldSrc).href);
const version = JSON.parse(readFileSync(new URL('../package.json', eldSrc), 'utf8')).version as string;
const out = fileURLToPath(new URL(`../data/eld-${database}.bin`, import.meta.url));
const bytes = encodeEldTable({ eld: version, database, ngramsData, dictionary, separators });
writeFileSync(out, bytes);
console.log(`${out}: eld ${version} ${database}, ${Object.keys(ngramsData.ngrams).length} n-grams, ${(bytes.length / 1048576).toFixed(1)} MB`);
