// The five scraped seed pages in ../shared/seeds, run as the clean stage runs them (cleanPlainText, then
// findInjectedParagraphs via dropInjectedParagraphs): every junk line listed in test/fixtures/seeds-clean-expected.json
// (written by reading the pages) is removed with its reason, every article passage listed is kept, the title is found,
// and no marker or title copy is left in the text. Skipped when ../shared is absent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { RemovalReason } from '../src/types.ts';
import { decodePage } from '../src/text/read/decode.ts';
import { cleanPlainText } from '../src/text/clean/plain/clean-text.ts';
import { dropInjectedParagraphs } from '../src/stages/clean.ts';

const SHARED = new URL('../../shared/', import.meta.url);
const SEEDS = fileURLToPath(new URL('seeds/', SHARED));
const skip = !existsSync(SEEDS) && 'needs ../shared';

interface SeedExpectation {
  file: string;
  titleIncludes: string | null;
  keep: string[];
  drop: Array<{ text: string; reason: RemovalReason }>;
}
const EXPECTED: SeedExpectation[] = JSON.parse(readFileSync(new URL('./fixtures/seeds-clean-expected.json', import.meta.url), 'utf8'));
const fold = (s: string) => s.replace(/\s+/g, ' ');

for (const seed of EXPECTED) {
  test(`seed ${seed.file}: junk removed with its reason, article kept`, { skip }, () => {
    const path = SEEDS + seed.file;
    const doc = dropInjectedParagraphs(cleanPlainText(decodePage(readFileSync(path), path).text));
    const text = fold(doc.paragraphs.map((p) => p.text).join('\n\n'));

    if (seed.titleIncludes === null) assert.equal(doc.title, null);
    else assert.ok(doc.title?.includes(seed.titleIncludes), `title: ${doc.title}`);
    if (doc.title) assert.ok(!text.includes(fold(doc.title)), 'the title is not repeated in the text');

    const lost = seed.keep.filter((k) => !text.includes(fold(k)));
    assert.deepEqual(lost, [], 'article passages lost');
    const wrong: string[] = [];
    for (const { text: needle, reason } of seed.drop) {
      if (text.includes(fold(needle))) { wrong.push(`kept: ${needle}`); continue; }
      const got = doc.removed.filter((r) => fold(r.text).includes(fold(needle))).map((r) => r.reason);
      if (!got.includes(reason)) wrong.push(`${needle}: removed as ${got.join('/') || 'nothing'}, want ${reason}`);
    }
    assert.deepEqual(wrong, []);
  });
}
