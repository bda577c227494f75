// Page decoding edge cases that the corpus does not pin down on its own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodePage } from '../src/text/read/decode.ts';

test('windows-1252 bytes 0x80–0x9F decode to the characters browsers show (curly quotes, dashes, €), not C1 controls', () => {
  // "l’entraînement coûte 4 € – « environ »" in windows-1252, with no declaration: found by statistics or the default.
  const bytes = Buffer.from([
    0x6c, 0x92, 0x65, 0x6e, 0x74, 0x72, 0x61, 0xee, 0x6e, 0x65, 0x6d, 0x65, 0x6e, 0x74, 0x20, 0x63, 0x6f, 0xfb, 0x74, 0x65, 0x20,
    0x34, 0x20, 0x80, 0x20, 0x96, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x2e, 0x0a,
  ]);
  const page = decodePage(bytes, 'fr.txt');
  assert.equal(page.encoding, 'windows-1252');
  assert.equal(page.text, 'l’entraînement coûte 4 € – “ok”.\n');
});

test('a page declaring iso-8859-1 is read as windows-1252, as browsers do', () => {
  const html = Buffer.concat([Buffer.from('<html><head><meta charset="iso-8859-1"></head><body><p>Caf'), Buffer.from([0xe9, 0x20, 0x85]), Buffer.from('</p></body></html>')]);
  const page = decodePage(html, 'x.html');
  assert.equal(page.encoding, 'windows-1252');
  assert.match(page.text, /Café …/);
});
