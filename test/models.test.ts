// Models: the built-in hashed n-gram embedding, the loader's lookup and error lines, and the real embed stage
// running a tiny model through transformers.js and onnxruntime-node, offline, from files the test writes.
// The upgrade test runs two ingests: without a model (fallback), then with --models: only embed re-runs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  FALLBACK_DIMS, FALLBACK_METHOD, cosine, describeLoadError, describeModels, disposeEmbedders, disposeTranslators, embedMethodKey,
  embedQuery, hashedNgramEmbedding, lexicalFeatures, locateModel, normaliseForMatching, translateMethodKey, translationModelFor, type TranslateOptions,
} from '../src/models/index.ts';
import { MAX_PARAGRAPH_VECTORS, embedStage, embedVector, paragraphGroups } from '../src/stages/embed.ts';
import { planBatches } from '../src/models/embedder.ts';
import { translateStage } from '../src/stages/translate.ts';
import { ingest } from '../src/pipeline/runner.ts';
import { loadPipeline } from '../src/pipeline/config.ts';
import { KNOWN_STAGES } from '../src/pipeline/registry.ts';
import { openDatabase } from '../src/store/store.ts';
import { claimTranslations, listClaims } from '../src/store/queries.ts';
import { nearestClaims } from '../src/store/vectors.ts';
import { TINY_EMBED_ID, TINY_TRANSLATE_ID, makeTinyEmbeddingModel, makeTinyTranslationModel } from './fixtures/make-tiny-models.ts';
import { modelSandbox, startStandInHub } from './fixtures/model-sandbox.ts';
import type { Claim, ClaimsOutput, CleanDocument, EmbedOutput, LanguageOutput } from '../src/types.ts';

const EXPECTED = JSON.parse(readFileSync(new URL('./fixtures/corpus-expected.json', import.meta.url), 'utf8')) as Array<{
  path: string; lang: string; claims?: Array<{ entity: string; attribute: string; sentence: string }>;
}>;
const CORPUS_CLAIMS = EXPECTED.flatMap((page) => (page.claims ?? []).map((c) => ({ ...c, lang: page.lang, path: page.path })));

const sandbox = modelSandbox('claimscope-models-', (dir) => {
  makeTinyEmbeddingModel(dir);
  makeTinyTranslationModel(dir);
}, async () => {
  await disposeEmbedders();
  await disposeTranslators();
});
const useEnv = sandbox.useEnv;

const TINY = { model: TINY_EMBED_ID, dtype: 'fp32' };

function cleanDoc(paragraphs: string[]): CleanDocument {
  return { title: null, author: null, published: null, siteName: null, langHint: null, paragraphs: paragraphs.map((text) => ({ text, kind: 'p' })), removed: [], method: 'test' };
}

function claim(text: string, lang: string): Claim {
  return { kind: 'numeric', text, paragraph: 0, entity: null, attribute: 'count', measure: null, value: 1, low: 1, high: 1, unit: null, quantityText: '1', time: null, speaker: null, lang, method: 'test', confidence: 1 };
}

function runStage<T>(stage: { run: (input: any, ctx: any) => T | Promise<T> }, input: unknown, options: Record<string, unknown>) {
  const notices: string[] = [];
  return Promise.resolve(stage.run(input, { options, path: 'test.txt', notice: (m: string) => notices.push(m) })).then((output) => ({ output, notices }));
}

// ---------------------------------------------------------------------------------------------------------
// The built-in fallback

test('normaliseForMatching: scripts, widths and number formats meet', () => {
  const cases: Array<[string, string]> = [
    ['PaLM擁有5400億個參數', 'palm拥有5400亿个参数'], // traditional → simplified
    ['ＧＰＴ－３ 费用１７５０万', 'gpt-3 费用1750万'], // full-width letters and digits
    ['1,750 and 1.750 and 1 750', '1750 and 1750 and 1750'], // thousands separators (en, de, fr)
    ['rund 27,6 Millionen', 'rund 27.6 millionen'], // decimal comma
    ['Модель PaLM', 'модель palm'],
  ];
  for (const [input, expected] of cases) assert.equal(normaliseForMatching(input), expected, input);
});

test('lexical features: names, numbers and CJK n-grams are split apart in mixed-script text', () => {
  const cases: Array<[string, string[]]> = [
    ['PaLM拥有5400亿个参数', ['w:palm', 'n:5400', 'b:拥有', 'b:参数']],
    ['GPT-3のパラメータ数は1750億で', ['w:gpt', 'n:3', 'n:1750', 'b:パラ', 'c:亿']],
    ['PaLM擁有540B參數', ['w:palm', 'n:540', 'w:b', 'b:参数']],
    ['rund 27,6 Millionen US-Dollar', ['w:rund', 'n:27.6', 'w:millionen', 'w:us', 'w:dollar']],
  ];
  for (const [text, expected] of cases) {
    const features = lexicalFeatures(text).map(([f]) => f);
    for (const f of expected) assert.ok(features.includes(f), `${text}: ${f} in ${features.join(' ')}`);
    assert.ok(!features.some((f) => /^[bc]:.*[a-z0-9]/.test(f)), `${text}: no CJK n-gram with Latin letters or digits`);
  }
});

test('hashed n-gram vectors are unit length, deterministic, and zero for text without letters or digits', () => {
  const v = hashedNgramEmbedding('OpenAI spent about $540 million in 2022');
  assert.equal(v.length, FALLBACK_DIMS);
  assert.ok(Math.abs(cosine(v, v) - 1) < 1e-6);
  assert.deepEqual(hashedNgramEmbedding('OpenAI spent about $540 million in 2022'), v);
  assert.ok(hashedNgramEmbedding('… — !!').every((x) => x === 0));
});

test('hashed n-gram vectors are the FNV-1a hashes of lexicalFeatures, also for astral characters', () => {
  // Written independently of fallback.ts: hash each feature string, bucket by the low bits, sign by the top bit.
  const fnv = (s: string) => { let h = 0x811c9dc5; for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193); return h; };
  for (const text of ['PaLM拥有5400亿个参数', 'Überweisung 𝒜𝒷𝒸 x', '𠀋𠀋 Größe', 'rund 27,6 Millionen US-Dollar', 'a', '']) {
    const expected = new Float32Array(FALLBACK_DIMS);
    for (const [feature, weight] of lexicalFeatures(text)) {
      const h = fnv(feature);
      expected[h & (FALLBACK_DIMS - 1)] += h < 0 ? -weight : weight;
    }
    const norm = Math.sqrt(expected.reduce((sum, x) => sum + x * x, 0));
    if (norm > 0) for (let i = 0; i < expected.length; i++) expected[i] /= norm;
    const actual = hashedNgramEmbedding(text);
    for (let i = 0; i < FALLBACK_DIMS; i++) assert.ok(Math.abs(actual[i] - expected[i]) < 1e-6, `${text}: dimension ${i}`);
  }
});

test('fallback: nearest corpus claim matches names and numbers across languages and scripts', () => {
  const vectors = CORPUS_CLAIMS.map((c) => hashedNgramEmbedding(c.sentence));
  const nearest = (query: string) => {
    const q = hashedNgramEmbedding(query);
    return CORPUS_CLAIMS.map((c, i) => ({ c, s: cosine(q, vectors[i]) })).sort((a, b) => b.s - a.s)[0].c;
  };
  const cases: Array<[string, string, string]> = [
    // query, expected entity, expected attribute of the nearest claim
    ['PaLM擁有5400億個參數', 'PaLM', 'parameters'], // zh-Hant query finds the zh-Hans sentence
    ['PaLM 5400億參數', 'PaLM', 'parameters'], // spaced differently, fewer words
    ['OpenAI revenue 28 million 2022', 'OpenAI', 'revenue'],
    ['LLaMA 65 млрд', 'LLaMA', 'parameters'],
    ['Mistral AI 35', 'Mistral AI', 'employees'],
    ['GPT-3 coûté 4,6 millions', 'GPT-3', 'cost'], // decimal comma meets the English $4.6
  ];
  for (const [query, entity, attribute] of cases) {
    const found = nearest(query);
    assert.deepEqual([found.entity, found.attribute], [entity, attribute], `${query} → ${found.sentence}`);
  }
});

test('embed stage without a model: hashed n-grams, one notice line saying how to upgrade', async () => {
  useEnv(null);
  assert.equal(await embedMethodKey(TINY), FALLBACK_METHOD);
  const { output, notices } = await runStage(embedStage, {
    clean: cleanDoc(['PaLM hat 540 Milliarden Parameter.']),
    claims: { claims: [claim('PaLM hat 540 Milliarden Parameter.', 'de')] },
  }, TINY);
  const out = output as EmbedOutput;
  assert.equal(out.method, FALLBACK_METHOD);
  assert.equal(out.model, null);
  assert.equal(out.dims, FALLBACK_DIMS);
  assert.equal(embedVector(out, out.claims[0]).length, FALLBACK_DIMS);
  assert.deepEqual(embedVector(out, out.claims[0]), hashedNgramEmbedding('PaLM hat 540 Milliarden Parameter.'));
  assert.equal(notices.length, 1);
  assert.match(notices[0], /^embed: model claimscope-test\/tiny-embed not available offline \(not in .*empty-cache or --models DIR\); using built-in hashed n-gram embeddings\. Run with network or --models DIR to upgrade\.$/);
  assert.doesNotMatch(notices[0], /\n/);
});

test('embed stage: a page of more texts than one embedding call takes gives every text its own vector', async () => {
  useEnv(null);
  // More distinct claims than EMBED_CHUNK (16,384), one repeated: the second call's texts land at their own rows.
  const texts = Array.from({ length: 16_500 }, (_, i) => `Absatz ${i.toString(36)} zählt 1.`);
  const claims = [...texts, texts[16_400]].map((t) => claim(t, 'de'));
  const { output } = await runStage(embedStage, { clean: cleanDoc(texts.slice(0, 3)), claims: { claims } }, { ...TINY, offline: true });
  const out = output as EmbedOutput;
  assert.equal(out.vectors.length, texts.length * FALLBACK_DIMS);
  for (const i of [0, 16_383, 16_384, 16_499]) assert.deepEqual(embedVector(out, out.claims[i]), hashedNgramEmbedding(texts[i]), `claim ${i}`);
  assert.equal(out.claims[16_500], out.claims[16_400]);
  // The built-in method's paragraph vectors are made again from the text when wanted (store/vectors.ts), not here.
  assert.deepEqual(out.paragraphs, []);
});

test('paragraphGroups: one group per paragraph up to the bound; past it adjacent paragraphs merge, never into more groups than the bound', () => {
  assert.deepEqual(paragraphGroups(['a', 'bb', 'ccc'], 3), [0, 1, 2]);
  // 12 characters over at most 4 groups: a budget of 6 a group, so a long paragraph stays alone and short ones merge.
  assert.deepEqual(paragraphGroups(['a', 'b', 'c', 'dddddd', 'e', 'f'], 4), [0, 0, 0, 1, 2, 2]);
  for (const lengths of [[1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [5, 1, 5, 1, 5, 1, 5, 1], [9, 9, 9, 9, 1], [0, 0, 0, 0, 0]]) {
    const groups = paragraphGroups(lengths.map((n) => 'x'.repeat(n)), 3);
    assert.ok(groups.at(-1)! < 3, `${lengths}: ${groups}`);
    assert.ok(groups.every((g, i) => i === 0 ? g === 0 : g === groups[i - 1] || g === groups[i - 1]! + 1), `${lengths}: adjacent runs`);
  }
});

test('embed stage with the tiny model: a page of more paragraphs than MAX_PARAGRAPH_VECTORS embeds runs of adjacent paragraphs and says so', async () => {
  useEnv(sandbox.modelsDir);
  const texts = Array.from({ length: MAX_PARAGRAPH_VECTORS * 2 + 10 }, (_, i) => `w${i.toString(36)}`);
  const { output } = await runStage(embedStage, { clean: cleanDoc(texts), claims: { claims: [claim('Acme hat 5 Werke.', 'de')] } }, TINY);
  const out = output as EmbedOutput;
  const paragraphRows = new Set(out.paragraphs);
  assert.ok(paragraphRows.size <= MAX_PARAGRAPH_VECTORS && paragraphRows.size > 1, `${paragraphRows.size} paragraph vectors`);
  assert.equal(out.paragraphs.length, texts.length);
  // Each paragraph's vector is that of the run it is in, the paragraphs joined as the article's text joins them.
  assert.equal(out.method, `model:${TINY_EMBED_ID}`);
  const first = out.paragraphs.findIndex((row) => row !== out.paragraphs[0]);
  const sameAsQuery = async (vector: Float32Array, text: string) => {
    const query = (await embedQuery(text, { method: out.method, model: TINY_EMBED_ID })).vector;
    assert.ok(vector.every((x, i) => Math.abs(x - query[i]!) < 1e-5), `${text.slice(0, 40)}: ${vector} against ${query}`);
  };
  await sameAsQuery(embedVector(out, out.paragraphs[0]), texts.slice(0, first).join('\n\n'));
  await sameAsQuery(embedVector(out, out.claims[0]), 'Acme hat 5 Werke.');
  assert.deepEqual(out.warnings, [`${texts.length} paragraphs embedded as ${paragraphRows.size} runs of adjacent paragraphs: a page may have at most ${MAX_PARAGRAPH_VECTORS} paragraph vectors, so each paragraph's vector is its run's`]);
});

test('the offline pipeline option never looks for a model and says nothing', async () => {
  useEnv(sandbox.modelsDir);
  assert.equal(await embedMethodKey({ ...TINY, offline: true }), FALLBACK_METHOD);
  const { output, notices } = await runStage(embedStage, { clean: cleanDoc(['Google 540']), claims: { claims: [] } }, { ...TINY, offline: true });
  assert.equal((output as EmbedOutput).method, FALLBACK_METHOD);
  assert.deepEqual(notices, []);
});

// ---------------------------------------------------------------------------------------------------------
// The loader

test('loader: fetch failures and missing files become one clear line', () => {
  const fetchFailed = new TypeError('fetch failed', { cause: { code: 'ENOTFOUND' } });
  const network = describeLoadError('Xenova/multilingual-e5-small', fetchFailed);
  assert.equal(network.reason, 'network');
  assert.equal(network.message, 'cannot download Xenova/multilingual-e5-small from the Hugging Face hub (ENOTFOUND: no network?)');
  const missing = describeLoadError('Xenova/opus-mt-zh-en', new Error('`local_files_only=true` or `env.allowRemoteModels=false` and file was not found locally at "/data/models/Xenova/opus-mt-zh-en/onnx/encoder_model_quantized.onnx".'));
  assert.equal(missing.reason, 'not-found');
  assert.match(missing.message, /^Xenova\/opus-mt-zh-en is incomplete or missing \(onnx\/encoder_model_quantized\.onnx not in .*\)$/);
});

test('loader: a model is found in the --models folder for the dtype asked, and listed with its size', async () => {
  useEnv(sandbox.modelsDir);
  assert.equal(locateModel(TINY_EMBED_ID, 'encoder', 'fp32')?.where, 'local');
  assert.equal(locateModel(TINY_EMBED_ID, 'encoder', 'q8')?.where, 'local'); // model_quantized.onnx is written too
  assert.equal(locateModel(TINY_EMBED_ID, 'encoder', 'fp16'), null);
  assert.equal(locateModel(TINY_EMBED_ID, 'seq2seq', 'fp32'), null);
  const rows = await describeModels({ embed: TINY, translate: { to: 'en', models: { zh: 'Xenova/opus-mt-zh-en' } }, entities: { nerModel: 'Xenova/bert-base-multilingual-cased-ner-hrl' } });
  const ner = rows.find((r) => r.use === 'entities (NER)')!;
  assert.deepEqual([ner.model, ner.present], ['Xenova/bert-base-multilingual-cased-ner-hrl', null]);
  assert.equal(rows.find((r) => r.use === 'embed (fallback)'), undefined, 'the embed model is present: no fallback row');
  const embed = rows.find((r) => r.use === 'embed')!;
  assert.equal(embed.present, 'local');
  assert.ok(embed.bytes! > 1000, `size ${embed.bytes}`);
  assert.equal(embed.path, join(sandbox.modelsDir, 'claimscope-test', 'tiny-embed'));
  const zh = rows.find((r) => r.use === 'translate zh→en')!;
  assert.deepEqual([zh.model, zh.present, zh.bytes], ['Xenova/opus-mt-zh-en', null, null]);
  assert.ok(rows.some((r) => r.use === 'translate de→en' && r.model === 'Xenova/opus-mt-de-en'));
});

test('planBatches: length-sorted batches within the text and padded-token limits', () => {
  const cases: Array<[number[], number, number, number[][]]> = [
    // token lengths, max texts, token budget, expected batches (indices)
    [[5, 3, 9, 4], 2, 100, [[1, 3], [0, 2]]],
    [[5, 3, 9, 4], 64, 100, [[1, 3, 0, 2]]],
    [[10, 10, 10, 200], 64, 256, [[0, 1, 2], [3]]], // the long paragraph goes alone
    [[300], 64, 256, [[0]]], // longer than the budget: still embedded, alone
    [[], 64, 256, []],
  ];
  for (const [lengths, max, budget, expected] of cases) assert.deepEqual(planBatches(lengths, max, budget), expected, JSON.stringify(lengths));
});

// ---------------------------------------------------------------------------------------------------------
// The real model path: transformers.js + onnxruntime-node on the tiny model, offline

test('embed stage with the tiny model: real transformers.js run, mean-pooled unit vectors, meaning across languages', async () => {
  useEnv(sandbox.modelsDir);
  assert.match(await embedMethodKey(TINY), /^model:claimscope-test\/tiny-embed:fp32:cpu:\d+$/);
  const sentences = [
    'Google trained PaLM with 540 billion parameters.',
    '谷歌训练的模型有5400亿参数。',
    'Microsoft invested 10 billion dollars in OpenAI.',
    'Microsoft hat 10 Milliarden Dollar investiert.',
  ];
  const { output, notices } = await runStage(embedStage, {
    clean: cleanDoc(['Google', sentences[0]]),
    claims: { claims: sentences.map((s, i) => claim(s, ['en', 'zh', 'en', 'de'][i])) },
  }, TINY);
  const out = output as EmbedOutput;
  assert.deepEqual(notices, []);
  assert.deepEqual([out.method, out.model, out.dims, out.paragraphs.length, out.claims.length], [`model:${TINY_EMBED_ID}`, TINY_EMBED_ID, 16, 2, 4]);
  // "Google" alone: [CLS] google [SEP], specials are zero vectors, so the mean points along the google concept.
  const google = embedVector(out, out.paragraphs[0]);
  assert.ok(Math.abs(google[0] - 1) < 1e-6 && google.slice(1).every((x) => Math.abs(x) < 1e-6), String(google));
  // The same paragraph text and claim text give the same vector (embedded once).
  assert.deepEqual(out.paragraphs[1], out.claims[0]);
  const v = out.claims.map((row) => embedVector(out, row));
  for (const x of v) assert.ok(Math.abs(cosine(x, x) - 1) < 1e-5);
  assert.ok(cosine(v[1], v[0]) > cosine(v[1], v[2]), 'zh Google sentence nearer the en Google sentence than the Microsoft one');
  assert.ok(cosine(v[3], v[2]) > cosine(v[3], v[0]), 'de Microsoft sentence nearer the en Microsoft sentence');
  // A query through embedQuery (what `claims --like` uses) gives the stage's vectors.
  const { vector } = await embedQuery(sentences[2], { method: `model:${TINY_EMBED_ID}`, model: TINY_EMBED_ID });
  assert.ok(cosine(vector, v[2]) > 0.9999);
});

test('a model that is present but broken is an error with one line, not a silent fallback', async () => {
  const broken = join(sandbox.work, 'broken');
  const dir = makeTinyEmbeddingModel(broken);
  writeFileSync(join(dir, 'onnx', 'model.onnx'), 'not an onnx graph');
  useEnv(broken);
  await disposeEmbedders();
  await assert.rejects(
    runStage(embedStage, { clean: cleanDoc(['Google']), claims: { claims: [] } }, TINY),
    (error: Error) => /^cannot load claimscope-test\/tiny-embed: /.test(error.message) && !error.message.includes('\n'),
  );
  await disposeEmbedders();
});

test('with network: a missing model is downloaded into the cache by methodKey, once; an id the hub lacks falls back with one line', async () => {
  // A local stand-in for the hub (or a mirror: CLAIMSCOPE_HUB), serving the tiny model at <id>/resolve/main/<file>.
  const hub = await startStandInHub(sandbox.modelsDir);
  const requests = hub.requests;
  try {
    sandbox.useNetwork(hub.url);
    await disposeEmbedders();
    assert.equal(locateModel(TINY_EMBED_ID, 'encoder', 'fp32'), null);
    // A plan (claimscope status) never downloads: the model reads as downloadable, and nothing is fetched (the plan
    // only asks whether the hub answers, at its root).
    assert.equal(await embedStage.methodKey!(TINY, { dryRun: true }), 'model:claimscope-test/tiny-embed:fp32:cpu:downloadable');
    assert.ok(requests.every((r) => r === '/'), requests.join(', '));
    assert.equal(locateModel(TINY_EMBED_ID, 'encoder', 'fp32'), null);
    assert.match(await embedMethodKey(TINY), /^model:claimscope-test\/tiny-embed:fp32:cpu:\d+$/);
    assert.equal(locateModel(TINY_EMBED_ID, 'encoder', 'fp32')?.where, 'cache');
    assert.ok(requests.some((r) => r.endsWith('/onnx/model.onnx')));
    // Present now: the key is computed from files alone, without asking the hub again.
    const before = requests.length;
    await embedMethodKey(TINY);
    assert.equal(requests.length, before);
    const { output } = await runStage(embedStage, { clean: cleanDoc(['Google']), claims: { claims: [] } }, TINY);
    assert.equal((output as EmbedOutput).method, `model:${TINY_EMBED_ID}`);

    const absent = { model: 'claimscope-test/not-on-the-hub', dtype: 'fp32' };
    assert.equal(await embedMethodKey(absent), FALLBACK_METHOD);
    const fallback = await runStage(embedStage, { clean: cleanDoc(['Google']), claims: { claims: [] } }, absent);
    assert.equal((fallback.output as EmbedOutput).method, FALLBACK_METHOD);
    assert.equal(fallback.notices.length, 1);
    assert.match(fallback.notices[0], /^embed: claimscope-test\/not-on-the-hub was not found on http:\/\/127\.0\.0\.1:\d+\/ \(no config\.json\); using built-in hashed n-gram embeddings\./);
  } finally {
    hub.close();
    await disposeEmbedders();
  }
});

// ---------------------------------------------------------------------------------------------------------
// Translate without models

test('translation model per language pair: template, configured map, same-language and undecided claims', () => {
  const cases: Array<[string, TranslateOptions, string | null]> = [
    ['zh', {}, 'Xenova/opus-mt-zh-en'],
    ['zh-Hant', {}, 'Xenova/opus-mt-zh-en'],
    ['ru', { to: 'de' }, 'Xenova/opus-mt-ru-de'],
    ['en', { to: 'en' }, null],
    ['und', {}, null],
    ['ja', { models: { ja: 'Xenova/nllb-200-distilled-600M' } }, 'Xenova/nllb-200-distilled-600M'],
    ['it', { models: { it: null } }, null],
    ['fr', { template: 'my-org/marian-{from}-{to}', to: 'es' }, 'my-org/marian-fr-es'],
  ];
  for (const [from, options, expected] of cases) assert.equal(translationModelFor(from, options), expected, `${from} ${JSON.stringify(options)}`);
});

test('translate without a model: target-language claims copied, others null, one notice per pair', async () => {
  useEnv(null);
  const language: LanguageOutput = { article: { lang: 'zh', script: 'Hans', confidence: 1 }, paragraphs: [] };
  const claims: ClaimsOutput = { claims: [claim('PaLM拥有5400亿个参数', 'zh'), claim('PaLM has 540 billion parameters', 'en'), claim('OpenAI在2022年的支出约为5.4亿美元', 'zh')] };
  const { output, notices } = await runStage(translateStage, { claims, language }, { to: 'en' });
  assert.deepEqual(output, { method: 'copy+skipped:no-model', to: 'en', model: null, translations: [null, 'PaLM has 540 billion parameters', null] });
  assert.equal(notices.length, 1); // claims are grouped by language, and pairs of one model family share one line
  assert.match(notices[0], /^translate: model Xenova\/opus-mt-\*-en not available offline \(not in .*\); claims left untranslated\. Run with network or --models DIR to translate \(claimscope models lists each pair\)\.$/);
  // A pair model appearing later changes the key; another target changes it too.
  const key = translateMethodKey({ to: 'en' });
  assert.match(key, /zh=Xenova\/opus-mt-zh-en:absent/);
  assert.notEqual(translateMethodKey({ to: 'de' }), key);
});

test('translate with the tiny Marian model: the real generate() loop, offline, per-pair model map', async () => {
  useEnv(sandbox.modelsDir);
  const options = { to: 'en', dtype: 'fp32', models: { zh: TINY_TRANSLATE_ID } };
  assert.match(translateMethodKey(options), new RegExp(`zh=${TINY_TRANSLATE_ID}:\\d+`));
  const language: LanguageOutput = { article: { lang: 'zh', script: 'Hans', confidence: 1 }, paragraphs: [] };
  const claims: ClaimsOutput = { claims: [
    claim('微软投资了OpenAI。', 'zh'), claim('Microsoft invested in OpenAI.', 'en'), claim('谷歌的模型拥有参数。', 'zh'), claim('PaLM hat 540 Milliarden Parameter.', 'de'),
  ] };
  const { output, notices } = await runStage(translateStage, { claims, language }, options);
  assert.deepEqual(output, {
    method: `copy+model:${TINY_TRANSLATE_ID}+skipped:no-model`,
    to: 'en',
    model: TINY_TRANSLATE_ID,
    translations: ['Microsoft invested in OpenAI.', 'Microsoft invested in OpenAI.', "Google's model has parameters.", null],
  });
  // German has no model here (opus-mt-de-en is neither cached nor in --models, and we are offline).
  assert.equal(notices.length, 1);
  assert.match(notices[0], /^translate: model Xenova\/opus-mt-\*-en not available offline/);
});

// ---------------------------------------------------------------------------------------------------------
// The upgrade: a run without a model, then the same corpus with --models: embed re-runs, nothing else does

const PIPELINE = {
  name: 'models-test',
  stages: [
    { stage: 'read', options: {} },
    { stage: 'clean', module: fileURLToPath(new URL('./fixtures/stages/models-clean.ts', import.meta.url)), options: {} },
    { stage: 'claims', module: fileURLToPath(new URL('./fixtures/stages/models-claims.ts', import.meta.url)), options: {} },
    { stage: 'embed', options: TINY },
  ],
};

test('upgrade: without a model embed falls back; with --models exactly the embed results re-run; claims --like finds across languages', async () => {
  const corpus = join(sandbox.work, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'en.txt'), 'Google trained PaLM with 540 billion parameters.\n\nMicrosoft invested 10 billion dollars in OpenAI.\n');
  writeFileSync(join(corpus, 'zh.txt'), '谷歌的模型有5400亿参数。\n\n微软投资了100亿美元。\n');
  const pipelineFile = join(sandbox.work, 'pipeline.json');
  writeFileSync(pipelineFile, JSON.stringify(PIPELINE));
  const pipeline = loadPipeline(pipelineFile, KNOWN_STAGES);
  const db = join(sandbox.work, 'out', 'claims.db');
  const methods = () => {
    const d = openDatabase(db);
    const rows = d.prepare("SELECT DISTINCT method, model FROM claim_vectors").all();
    const runs = d.prepare("SELECT method FROM stage_runs WHERE stage = 'embed'").pluck().all();
    d.close();
    return { rows, runs };
  };

  useEnv(null);
  await disposeEmbedders();
  const notices: string[] = [];
  const first = await ingest({ dir: corpus, db, pipeline, workers: 0, onNotice: (m) => notices.push(m) });
  assert.deepEqual(first.failures, []);
  assert.deepEqual([first.stages.clean.ran, first.stages.claims.ran, first.stages.embed.ran], [2, 2, 2]);
  assert.equal(notices.filter((n) => n.startsWith('embed:')).length, 1);
  assert.deepEqual(methods(), { rows: [{ method: FALLBACK_METHOD, model: null }], runs: [FALLBACK_METHOD, FALLBACK_METHOD] });
  {
    const d = openDatabase(db);
    const [top] = await nearestClaims(d, 'PaLM 540', listClaims(d, {}), 1);
    d.close();
    assert.equal(top.text, 'Google trained PaLM with 540 billion parameters.');
  }

  const unchanged = await ingest({ dir: corpus, db, pipeline, workers: 0 });
  assert.deepEqual([unchanged.stages.clean.ran, unchanged.stages.claims.ran, unchanged.stages.embed.ran], [0, 0, 0]);

  useEnv(sandbox.modelsDir);
  const upgraded = await ingest({ dir: corpus, db, pipeline, workers: 0 });
  assert.deepEqual(upgraded.failures, []);
  assert.deepEqual([upgraded.stages.read.ran, upgraded.stages.clean.ran, upgraded.stages.claims.ran, upgraded.stages.embed.ran], [0, 0, 0, 2]);
  assert.deepEqual([upgraded.stages.clean.unchanged, upgraded.stages.claims.unchanged], [2, 2]);
  assert.deepEqual(methods(), { rows: [{ method: `model:${TINY_EMBED_ID}`, model: TINY_EMBED_ID }], runs: [`model:${TINY_EMBED_ID}`, `model:${TINY_EMBED_ID}`] });

  // `claims --like` in Chinese finds the English claim with the same meaning (no shared characters at all).
  const d = openDatabase(db);
  const ranked = await nearestClaims(d, '微软投资', listClaims(d, { lang: 'en' }), 2);
  const top = await nearestClaims(d, '谷歌参数', listClaims(d, {}), 2);
  d.close();
  assert.equal(ranked[0].text, 'Microsoft invested 10 billion dollars in OpenAI.');
  assert.deepEqual(top.map((c) => c.lang).sort(), ['en', 'zh']);
  assert.ok(top.every((c) => /Google|谷歌/.test(c.text)), top.map((c) => c.text).join(' | '));

  const again = await ingest({ dir: corpus, db, pipeline, workers: 0 });
  assert.equal(again.stages.embed.ran, 0);

  // Worker threads inherit the environment: a forced re-run in a worker loads the same model from --models.
  const inWorker = await ingest({ dir: corpus, db, pipeline, workers: 1, force: 'embed' });
  assert.deepEqual(inWorker.failures, []);
  assert.deepEqual([inWorker.stages.claims.ran, inWorker.stages.embed.ran], [0, 2]);
  assert.deepEqual(methods().rows, [{ method: `model:${TINY_EMBED_ID}`, model: TINY_EMBED_ID }]);
});

test('translate upgrade: without the pair model zh claims stay untranslated; with --models only translate re-runs and claims --translate shows them', async () => {
  const corpus = join(sandbox.work, 'corpus-translate');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'zh.txt'), '微软投资了OpenAI。据报道金额为100亿美元。\n\n谷歌的模型拥有参数。其中最大的版本有5400亿个。\n');
  writeFileSync(join(corpus, 'en.txt'), 'Microsoft invested 10 billion dollars in OpenAI.\n');
  const pipelineFile = join(sandbox.work, 'pipeline-translate.json');
  writeFileSync(pipelineFile, JSON.stringify({
    name: 'models-translate-test',
    stages: [
      PIPELINE.stages[0], PIPELINE.stages[1], { stage: 'language', options: {} }, PIPELINE.stages[2],
      { stage: 'translate', options: { to: 'en', dtype: 'fp32', models: { zh: TINY_TRANSLATE_ID } } },
    ],
  }));
  const pipeline = loadPipeline(pipelineFile, KNOWN_STAGES);
  const db = join(sandbox.work, 'out', 'translate.db');
  const translations = () => {
    const d = openDatabase(db);
    const rows = listClaims(d, {}).map((c) => [c.text, claimTranslations(d, c.id).find((t) => t.lang === 'en')?.text ?? null]);
    d.close();
    return Object.fromEntries(rows);
  };

  useEnv(null);
  const notices: string[] = [];
  const first = await ingest({ dir: corpus, db, pipeline, workers: 0, onNotice: (m) => notices.push(m) });
  assert.deepEqual(first.failures, []);
  assert.equal(first.stages.translate.ran, 2);
  assert.ok(notices.some((n) => n.startsWith("translate: model claimscope-test/tiny-opus-*-en not available offline")), notices.join('\n'));
  assert.deepEqual(translations(), {
    'Microsoft invested 10 billion dollars in OpenAI.': 'Microsoft invested 10 billion dollars in OpenAI.',
    '据报道金额为100亿美元。': null,
    '其中最大的版本有5400亿个。': null,
  });

  useEnv(sandbox.modelsDir);
  const upgraded = await ingest({ dir: corpus, db, pipeline, workers: 0 });
  assert.deepEqual(upgraded.failures, []);
  assert.deepEqual([upgraded.stages.clean.ran, upgraded.stages.language.ran, upgraded.stages.claims.ran, upgraded.stages.translate.ran], [0, 0, 0, 2]);
  const after = translations();
  assert.equal(after['Microsoft invested 10 billion dollars in OpenAI.'], 'Microsoft invested 10 billion dollars in OpenAI.');
  // The dictionary model knows neither 据报道 nor the numbers: what it gives is the model's, not null any more.
  assert.equal(typeof after['据报道金额为100亿美元。'], 'string');
  assert.equal(typeof after['其中最大的版本有5400亿个。'], 'string');
});

// ---------------------------------------------------------------------------------------------------------
// The bundled corpus through the built-in stages

test('bundled corpus, offline pipeline: every page embedded with the fallback, and --like finds a claim across scripts', async () => {
  useEnv(null);
  const db = join(sandbox.work, 'corpus-offline.db');
  const pipeline = loadPipeline(fileURLToPath(new URL('../pipelines/offline.json', import.meta.url)), KNOWN_STAGES);
  const summary = await ingest({ dir: fileURLToPath(new URL('../corpus/', import.meta.url)), db, pipeline, workers: 0 });
  assert.equal(summary.failures.filter((f) => f.stage === 'embed').length, 0);
  const d = openDatabase(db);
  const methods = d.prepare('SELECT DISTINCT method FROM claim_vectors').pluck().all();
  const [top] = await nearestClaims(d, 'PaLM擁有5400億個參數', listClaims(d, {}), 1);
  d.close();
  assert.deepEqual(methods, [FALLBACK_METHOD]);
  assert.match(top.text, /PaLM/);
});
