// npm-less speed A/B of the plain-text cleaner: cleanPlainText on the 435 visible-text pages (extraction-text-dev) with
// each tree's shipped model, this checkout and another tree alternating round by round in one process, CPU time
// (process.cpuUsage) per page. On a machine shared with other work, the ratio of the two in the same rounds is the
// figure; a lone ms/page is not.
// Usage: node --import tsx bench/clean-text-speed.ts OTHER_TREE [ROUNDS]   (OTHER_TREE: a built checkout, e.g. the baseline's)
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CleanDocument } from '../src/types.ts';
import { cleanPlainText } from '../src/text/clean/plain/clean-text.ts';

const [other, roundsArg] = process.argv.slice(2);
if (!other) { console.error('usage: node --import tsx bench/clean-text-speed.ts OTHER_TREE [ROUNDS]'); process.exit(2); }
const ROUNDS = Number(roundsArg ?? 8);
const dir = fileURLToPath(new URL('../../shared/bench/extraction-text-dev/', import.meta.url));
if (!existsSync(dir + 'gold.json')) { console.log(`bench/clean-text-speed: ${dir} is absent; nothing to measure.`); process.exit(0); }
const gold: Record<string, { file: string }> = JSON.parse(readFileSync(dir + 'gold.json', 'utf8'));
const texts = Object.values(gold).map((g) => readFileSync(dir + 'pages/' + g.file, 'utf8'));
const theirs: (text: string) => CleanDocument = (await import(`${other}/src/text/clean/plain/clean-text.ts`)).cleanPlainText;
const ours = (text: string) => cleanPlainText(text);
for (const t of texts) { ours(t); theirs(t); } // warm-up: the JIT is not billed to the first rounds

/** CPU ms per page of one round over every page. */
function round(clean: (text: string) => CleanDocument): number {
  const start = process.cpuUsage();
  for (const t of texts) clean(t);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / texts.length;
}
const here: number[] = [], there: number[] = [];
// Alternating which goes first, so that neither always runs in the other's wake.
for (let r = 0; r < ROUNDS; r++) if (r % 2) { there.push(round(theirs)); here.push(round(ours)); } else { here.push(round(ours)); there.push(round(theirs)); }
const best = (x: number[]) => Math.min(...x), median = (x: number[]) => [...x].sort((a, b) => a - b)[x.length >> 1];
const line = (name: string, x: number[]) => console.log(`${name}: best ${best(x).toFixed(2)} ms/page (${(1000 / best(x)).toFixed(0)} pages/s), median ${median(x).toFixed(2)}`);
line('this checkout', here);
line(other, there);
console.log(`this / other: best ${(best(here) / best(there)).toFixed(3)}, median ${(median(here) / median(there)).toFixed(3)}; by round ${here.map((h, i) => (h / there[i]).toFixed(2)).join(' ')}`);
