// The conformance suite's errata (bench/quantity-spec-errata.json): well-formed, each case still in the suite with the
// wrong results it names, and each still failing with the current grammar, so that an erratum the grammar now passes,
// or a mistyped input, fails here rather than silently leaving a passing case out of the bench's figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadErrata, readSpecCases, score, SCORER, SPEC_LANGUAGES, SPEC_MODELS, specFile, writeSpecs } from '../bench/quantity-spec-errata.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const noSuite = !existsSync(SCORER) && 'needs ../shared/bench/quantity-specs';
const errata = loadErrata();

test('every erratum names a language and model of the suite, its exact input, the wrong results and a one-line reason', () => {
  assert.ok(errata.length > 0);
  const keys = new Set<string>();
  for (const e of errata) {
    const key = `${e.lang} ${e.model} ${JSON.stringify(e.input)}`;
    assert.ok(e.lang in SPEC_LANGUAGES, `${key}: language`);
    assert.ok(e.model in SPEC_MODELS, `${key}: model`);
    assert.ok(e.input.length > 0, `${key}: input`);
    assert.ok(Array.isArray(e.expected) && e.expected.every((r) => typeof r.text === 'string' && typeof r.value === 'string'), `${key}: expected`);
    assert.match(e.reason, /^[^\n]{10,250}$/, `${key}: reason`);
    assert.ok(!keys.has(key), `${key}: listed twice`);
    keys.add(key);
  }
});

test('every erratum is one case of its spec file, holding the wrong results it names (or expecting nothing)', { skip: noSuite }, () => {
  for (const e of errata) {
    const cases = readSpecCases(specFile(e.lang, e.model)).filter((c) => c.Input === e.input);
    assert.equal(cases.length, 1, `${e.lang} ${e.model} ${JSON.stringify(e.input)}: cases with this input`);
    const results = cases[0].Results ?? [];
    if (e.expected.length === 0) assert.deepEqual(results, [], `${JSON.stringify(e.input)} is listed as wrongly expecting nothing`);
    for (const wrong of e.expected) {
      assert.ok(results.some((r) => r.Text === wrong.text && r.Resolution?.value === wrong.value), `${JSON.stringify(e.input)}: no result ${JSON.stringify(wrong)}`);
    }
  }
});

test('the suite less its errata loses exactly the errata cases; less an empty list it scores as the suite itself', { skip: noSuite }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'errata-'));
  try {
    const suite = score(ROOT);
    writeSpecs(dir, [], 'without');
    assert.deepEqual(score(ROOT, dir).langs, suite.langs);
    writeSpecs(dir, errata, 'without');
    const without = score(ROOT, dir);
    for (const [lang, models] of Object.entries(suite.langs)) {
      for (const model of Object.keys(SPEC_MODELS)) {
        const listed = errata.filter((e) => e.lang === lang && e.model === model).length;
        assert.equal(without.langs[lang][model].cases, models[model].cases - listed, `${lang} ${model}`);
      }
    }
  } finally { rmSync(dir, { recursive: true, force: true }); }
});

test('every erratum still fails with the current grammar, on the wrong results it names', { skip: noSuite }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'errata-'));
  try {
    writeSpecs(join(dir, 'specs'), errata, 'only');
    const only = score(ROOT, join(dir, 'specs'), join(dir, 'failures'));
    for (const [lang, models] of Object.entries(only.langs)) {
      for (const [model, s] of Object.entries(models)) if (s.cases > 0) assert.equal(s.exactCases, 0, `${lang} ${model}: an erratum passes now (see ${dir}/failures)`);
    }
    // The scorer's failure lines (`<model> <bucket> | "<input>" | expected: ✗<value> «text» … | got: …`): each wrong
    // result must still be missed (✗), and a case wrongly expecting nothing must still give something.
    for (const e of errata) {
      const lines = readFileSync(join(dir, 'failures', `failures-${e.lang}.txt`), 'utf8').split('\n');
      const line = lines.find((l) => l.startsWith(e.model) && l.includes(` | ${JSON.stringify(e.input.replace(/\s+/g, ' '))} | `));
      assert.ok(line, `${e.lang} ${e.model} ${JSON.stringify(e.input)} passes now`);
      if (e.expected.length === 0) assert.match(line, /expected: \(nothing\) \| got: ✗/);
      const expected = line.slice(line.indexOf(' | expected: '), line.indexOf(' | got: '));
      for (const wrong of e.expected) {
        const missed = `✗${Number(wrong.value.replace(/%$/, ''))}`;
        assert.ok(expected.split(missed).slice(1).some((after) => !/^[\d.]/.test(after)), `${JSON.stringify(e.input)}: ${wrong.value} is found now`);
      }
    }
  } finally { rmSync(dir, { recursive: true, force: true }); }
});
