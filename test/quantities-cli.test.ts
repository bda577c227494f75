// `claimscope quantities`: the quantities of each stdin line, as a table or JSON, with a given or detected language.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { main } from '../src/cli/main.ts';
import { captureIo } from './fixtures/capture-io.ts';


test('quantities --json: one array per line, open interval sides as null', async () => {
  const io = captureIo('Der Umsatz stieg um 12,5 Prozent auf mehr als 3 Mrd. Euro.\nkeine Zahl hier\n');
  assert.equal(await main(['quantities', '--lang', 'de', '--json'], io), 0);
  const lines = io.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 2);
  assert.deepEqual(lines[0].map((q: { value: number; unit: string }) => [q.value, q.unit]), [[12.5, '%'], [3e9, 'EUR']]);
  assert.equal(lines[0][1].hedge, 'more-than');
  assert.equal(lines[0][1].high, null);
  assert.deepEqual(lines[1], []);
});

test('quantities table: line number, text, kind, value, interval, unit, hedge; the language detected per line', async () => {
  const io = captureIo('The company hired roughly 1,200 nurses last year.\n');
  assert.equal(await main(['quantities'], io), 0);
  const [row] = io.stdout.trim().split('\n');
  assert.deepEqual(row.split('\t'), ['1', 'roughly 1,200', 'number', '1200', '1080', '1320', '-', 'about']);
});

test('quantities --lang rejects what is not a language code (exit 2)', async () => {
  const io = captureIo('');
  assert.equal(await main(['quantities', '--lang', 'not a code'], io), 2);
  assert.match(io.stderr, /--lang takes a language code/);
});
