// A sentence of more numbers than claims.ts MAX_QUANTITIES_PER_SENTENCE is a table or list written as running text: it is
// read for none, since the rules that weigh each number against its whole sentence would make it cost numbers × length
// and each claim would carry all of its text. What the cap leaves unread is not lost silently: the stage records a
// warning that `status` and `show` list, and a run that reads the page whole again clears it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_QUANTITIES_PER_SENTENCE, extractClaims } from '../src/text/claims/claims.ts';
import type { NumericClaim } from '../src/types.ts';
import { cli } from './fixtures/capture-io.ts';

/** One sentence stating `n` different amounts of money. */
const grantsSentence = (n: number) => `The ministry paid the towns these grants: ${Array.from({ length: n }, (_, i) => `$${i + 1}`).join(', ')}.`;

function claimsAndWarnings(paragraphs: string[]) {
  const warnings: string[] = [];
  const claims = extractClaims(paragraphs, 'en', [], undefined, (w) => warnings.push(w)) as NumericClaim[];
  return { values: claims.map((c) => c.value), warnings };
}

test('a sentence of as many numbers as the cap is read whole, without a warning', () => {
  const { values, warnings } = claimsAndWarnings([grantsSentence(MAX_QUANTITIES_PER_SENTENCE)]);
  assert.deepEqual(values, Array.from({ length: MAX_QUANTITIES_PER_SENTENCE }, (_, i) => i + 1));
  assert.deepEqual(warnings, []);
});

test('a sentence of more numbers is read for none, and one warning per page counts them', () => {
  const over = MAX_QUANTITIES_PER_SENTENCE + 25;
  const { values, warnings } = claimsAndWarnings([grantsSentence(over), 'Nothing else was paid.', grantsSentence(over), grantsSentence(3)]);
  assert.deepEqual(values, [1, 2, 3]);
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /^250 numbers not read as claims: 2 sentences \(paragraph 0, 2, counted from 0\) state more than 100\b/);
});

const dir = mkdtempSync(join(tmpdir(), 'claimscope-claims-cap-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('the warning is recorded for the page: status lists it, and it goes once the page is read whole', async () => {
  const pages = join(dir, 'pages');
  const db = join(dir, 'out.db');
  mkdirSync(pages);
  const prose = 'The regional ministry published its yearly report on the grants it paid to the towns of the valley.';
  const write = (n: number) => writeFileSync(join(pages, 'grants.txt'), `${prose}\n\n${grantsSentence(n)}\n\n${prose}\n`);
  const ingest = () => cli(['ingest', pages, '--db', db, '--pipeline', join(import.meta.dirname, '..', 'pipelines/offline.json'), '--concurrency', '0', '--quiet']);
  const warnings = async () => (JSON.parse((await cli(['status', '--db', db, '--json'])).stdout) as { warnings: Array<{ path: string; stage: string; message: string }> }).warnings;

  write(MAX_QUANTITIES_PER_SENTENCE + 10);
  await ingest();
  const recorded = await warnings();
  assert.deepEqual(recorded.map((w) => [w.path, w.stage]), [['grants.txt', 'claims']]);
  assert.match(recorded[0].message, /^110 numbers not read as claims: a sentence \(paragraph \d+, counted from 0\) states more than 100/);

  write(MAX_QUANTITIES_PER_SENTENCE);
  await ingest();
  assert.deepEqual(await warnings(), []);
});
