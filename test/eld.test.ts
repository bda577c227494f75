// Our eld scorer (data/eld-medium.bin, built from eld's own modules by scripts/build-eld-data.ts) against eld itself:
// the same scores as eld.detect(text).getScores() on every Latin and Cyrillic sentence of the language bench.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initLanguageDetection, eldCandidateScores, LATIN_LANGUAGES, CYRILLIC_LANGUAGES } from '../src/text/language/detect.ts';
import { decodeEldTable } from '../src/text/language/eld-table.ts';

const SENTENCES = fileURLToPath(new URL('../../shared/bench/langid-dev/sentences/', import.meta.url));
const TABLE = fileURLToPath(new URL('../data/eld-medium.bin', import.meta.url));

test('the eld table was built from the eld version package.json pins', () => {
  const pinned = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).dependencies.eld;
  assert.match(pinned, /^\d+\.\d+\.\d+$/, 'eld is pinned to an exact version');
  const installed = JSON.parse(readFileSync(new URL('../node_modules/eld/package.json', import.meta.url), 'utf8')).version;
  const table = decodeEldTable(readFileSync(TABLE));
  assert.equal(table.eld, pinned);
  assert.equal(installed, pinned);
  assert.equal(table.database, 'medium');
});

test('our eld scores equal eld.detect().getScores() on the bench sentences', { skip: !existsSync(SENTENCES) && 'needs ../shared/bench/langid-dev' }, async () => {
  await initLanguageDetection();
  const { eld } = await import('eld/medium');
  let compared = 0;
  for (const file of readdirSync(SENTENCES)) {
    for (const text of readFileSync(`${SENTENCES}${file}`, 'utf8').split('\n').filter(Boolean)) {
      const group = /[\u0400-\u04ff]/.test(text) ? CYRILLIC_LANGUAGES : /^[\p{Script=Latin}\p{P}\p{N}\p{Zs}\p{S}]+$/u.test(text) ? LATIN_LANGUAGES : null;
      if (!group) continue;
      const theirs = eld.detect(text).getScores();
      const ours = eldCandidateScores(text, group);
      group.forEach((lang, i) => assert.ok(Math.abs(ours[i]! - (theirs[lang] ?? 0)) < 1e-9, `${file}: ${lang} ${ours[i]} vs ${theirs[lang]} on "${text}"`));
      compared++;
    }
  }
  assert.ok(compared > 1000, `${compared} sentences compared`);
});
