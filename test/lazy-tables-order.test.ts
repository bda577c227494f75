// Tables built on first use (kuromoji's dictionary, the common-word lists, the alias table, the sound tables) give
// the same entities and claims whichever language's page comes first in a worker: fresh processes, three orders.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./fixtures/tables-in-order.ts', import.meta.url));
const LANGS = ['en', 'de', 'ar', 'ja', 'zh', 'hi', 'ru', 'ko'];
const run = (order: string[]) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', SCRIPT, ...order], { encoding: 'utf8', maxBuffer: 1 << 26 })) as Record<string, unknown>;

test('each page gives the same entities and claims whichever language comes first', { timeout: 300_000 }, () => {
  const forward = run(LANGS);
  assert.ok(Object.values(forward).some((r) => (r as { claims: unknown[] }).claims.length > 0), 'the pages give claims');
  for (const order of [[...LANGS].reverse(), ['ja', 'ar', 'hi', 'ko', 'zh', 'ru', 'de', 'en']]) {
    const other = run(order);
    for (const lang of LANGS) assert.deepEqual(other[lang], forward[lang], `${lang} after ${order.slice(0, order.indexOf(lang)).join(', ') || 'nothing'}`);
  }
  // Each page alone, first in its process.
  for (const lang of ['ar', 'hi', 'de']) assert.deepEqual(run([lang])[lang], forward[lang], `${lang} alone`);
});
