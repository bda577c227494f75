// The optional NER model of the entities stage: word splitting and B-/I- merging with UTF-16 offsets, and the
// real stage running a tiny token-classification model through transformers.js and onnxruntime-node, offline,
// from files the test writes; without it, rules only and one notice; methodKey says which, and a plan never downloads.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { entitiesStage } from '../src/stages/entities.ts';
import { findEntities, loadAliasTable } from '../src/text/claims/entities.ts';
import { NER_MIN_SCORE, disposeRecognisers, mergeLabels, mergeMentions, splitWords, type NerSpan } from '../src/models/ner.ts';
import { locateModel } from '../src/models/loader.ts';
import { TINY_NER_ID, makeTinyNerModel } from './fixtures/make-tiny-models.ts';
import { modelSandbox, startStandInHub } from './fixtures/model-sandbox.ts';
import type { CleanDocument, EntitiesOutput, EntityMention, LanguageOutput } from '../src/types.ts';

const sandbox = modelSandbox('claimscope-ner-', makeTinyNerModel, disposeRecognisers);
const useEnv = sandbox.useEnv;

const NER = { aliasFiles: [], nerModel: TINY_NER_ID };

const PARAGRAPHS = [
  'Die Studie von Lindqvist erschien, Google hat in Oslo investiert.',
  '🙂 Laut Ingrid Bergström hat Nordwind Energie in Tromsø ein Werk gebaut.',
  'Vielleicht kauft X bald apple.',
];

function inputs(paragraphs: string[], lang: string): { clean: CleanDocument; language: LanguageOutput } {
  const label = { lang, script: 'Latn', confidence: 1, method: 'test' };
  return {
    clean: { title: null, author: null, published: null, siteName: null, langHint: null, paragraphs: paragraphs.map((text) => ({ text, kind: 'p' })), removed: [], method: 'test' },
    language: { article: label, paragraphs: paragraphs.map(() => label) } as unknown as LanguageOutput,
  };
}

async function runEntities(options: Record<string, unknown>, paragraphs = PARAGRAPHS, lang = 'de') {
  const notices: string[] = [];
  const output = await entitiesStage.run(inputs(paragraphs, lang), { options, path: 'test.txt', notice: (m) => notices.push(m) }) as EntitiesOutput;
  return { output, notices };
}

const show = (m: EntityMention) => `${m.paragraph}:${m.start}-${m.end} ${m.text}=${m.canonical}/${m.type}`;
/** The expected mention for the first occurrence of `text` in paragraph `p`. */
function at(p: number, text: string, canonical: string, type: string): string {
  const start = PARAGRAPHS[p].indexOf(text);
  assert.ok(start >= 0, text);
  return `${p}:${start}-${start + text.length} ${text}=${canonical}/${type}`;
}

// ---------------------------------------------------------------------------------------------------------------
// Pure parts

test('splitWords: letters and digits in runs, punctuation and CJK one by one, UTF-16 offsets', () => {
  const cases: Array<[string, string[]]> = [
    ['Anna Lindqvist, Oslo.', ['0:Anna', '5:Lindqvist', '14:,', '16:Oslo', '20:.']],
    ['🙂 Zoë Åberg', ['0:🙂', '3:Zoë', '7:Åberg']], // the emoji is two UTF-16 units
    ['谷歌在Oslo', ['0:谷', '1:歌', '2:在', '3:Oslo']],
    ['Nordwind-Energie AG', ['0:Nordwind', '8:-', '9:Energie', '17:AG']],
  ];
  for (const [text, expected] of cases) {
    const words = splitWords(text);
    assert.deepEqual(words.map((w) => `${w.start}:${w.text}`), expected, text);
    for (const w of words) assert.equal(text.slice(w.start, w.end), w.text);
  }
});

test('mergeLabels: B- starts, I- of the same type continues, stray I- starts, O and unknown types end', () => {
  const text = 'Ingrid Bergström von Nordwind - Energie traf Lindqvist am 3. Mai in Oslo';
  const words = splitWords(text);
  const byWord: Record<string, string> = {
    Ingrid: 'B-PER', Bergström: 'I-PER', Nordwind: 'B-ORG', '-': 'I-ORG', Energie: 'I-ORG', Lindqvist: 'I-PER', // stray I-
    '3': 'B-DATE', '.': 'I-DATE', Mai: 'I-DATE', Oslo: 'B-LOC',
  };
  const labels = words.map((w) => ({ label: byWord[w.text] ?? 'O', score: 0.9 }));
  const spans = mergeLabels(4, text, words, labels);
  assert.deepEqual(spans.map((s) => `${s.paragraph}:${s.text}/${s.type}`), ['4:Ingrid Bergström/person', '4:Nordwind - Energie/org', '4:Lindqvist/person', '4:Oslo/place']);
  for (const s of spans) assert.equal(text.slice(s.start, s.end), s.text);
  // B-PER B-PER is two people, not one.
  const two = mergeLabels(0, 'Ingrid Lindqvist', splitWords('Ingrid Lindqvist'), [{ label: 'B-PER', score: 1 }, { label: 'B-PER', score: 1 }]);
  assert.deepEqual(two.map((s) => s.text), ['Ingrid', 'Lindqvist']);
});

test('mergeMentions: rules win on overlap, known aliases are canonicalised, short and unsure spans are dropped', () => {
  const aliases = loadAliasTable([]);
  const text = 'Google Cloud und apple trafen X in Oslo und Bergen.';
  const rules = findEntities([text], 'de', aliases, { openNames: false });
  assert.deepEqual(rules.map((m) => m.canonical), ['Google']);
  const span = (word: string, type: NerSpan['type'], score = 0.99): NerSpan => {
    const start = text.indexOf(word);
    return { paragraph: 0, start, end: start + word.length, text: word, type, score };
  };
  const merged = mergeMentions(rules, [
    span('Google Cloud', 'org'), span('apple', 'org'), span('X', 'org'), span('Oslo', 'place'), span('Bergen', 'place', NER_MIN_SCORE - 0.01),
  ], 'de', aliases);
  assert.deepEqual(merged.map((m) => `${m.text}=${m.canonical}/${m.type}`), ['Google=Google/org', 'apple=Apple/org', 'Oslo=Oslo/place']);
});

// ---------------------------------------------------------------------------------------------------------------
// The stage with and without the model

test('entities stage with the tiny NER model: adds the names the rules do not know, keeps alias mentions, right offsets', async () => {
  useEnv(sandbox.modelsDir);
  // The alias and heuristic mentions; open capitalised names come after the model, whose types win over theirs.
  const rules = findEntities(PARAGRAPHS, 'de', loadAliasTable([]), { openNames: false });
  const { output, notices } = await runEntities(NER);
  assert.deepEqual(notices, []);
  assert.equal(output.method, `rules@1+ner:${TINY_NER_ID}`);
  assert.deepEqual(output.mentions.map(show), [
    at(0, 'Lindqvist', 'Lindqvist', 'person'),
    at(0, 'Google', 'Google', 'org'), // the alias mention, once (the model's overlapping span is dropped)
    at(0, 'Oslo', 'Oslo', 'place'),
    at(1, 'Ingrid Bergström', 'Ingrid Bergström', 'person'), // after a two-unit emoji
    at(1, 'Nordwind Energie', 'Nordwind Energie', 'org'), // "nord" + "##wind", then a word
    at(1, 'Tromsø', 'Tromsø', 'place'),
    at(2, 'apple', 'Apple', 'org'), // a known alias the rules skip in lowercase: canonicalised
  ]);
  for (const m of output.mentions) assert.equal(PARAGRAPHS[m.paragraph].slice(m.start, m.end), m.text);
  // Every rules mention is kept as it was.
  for (const m of rules) assert.ok(output.mentions.some((o) => show(o) === show(m)), show(m));
  // "Vielleicht" (unsure) and "X" (one letter) were labelled by the model but are not mentions.
  assert.ok(!output.mentions.some((m) => /Vielleicht|^X$/.test(m.text)));
});

test('entities stage without the model: the rules-only mentions and exactly one notice; off: no notice', async () => {
  useEnv(null);
  const rules = findEntities(PARAGRAPHS, 'de', loadAliasTable([]));
  const { output, notices } = await runEntities(NER);
  assert.deepEqual(output.mentions, rules);
  assert.equal(output.method, 'rules@1');
  assert.equal(notices.length, 1);
  assert.match(notices[0], /^entities: NER model claimscope-test\/tiny-ner not available offline \(not in .*\); using the alias table and name rules only\. Run with network or --models DIR to add it\.$/);
  const off = await runEntities({ aliasFiles: [] });
  assert.deepEqual(off.output, { mentions: rules, method: 'rules@1' });
  assert.deepEqual(off.notices, []);
});

test('methodKey: rules-only without the model, the model with its size when present; they differ', async () => {
  useEnv(null);
  const without = await entitiesStage.methodKey!(NER, { dryRun: false });
  assert.match(without, /\|ner:none$/);
  assert.equal(await entitiesStage.methodKey!({ aliasFiles: [] }, { dryRun: false }), without);
  useEnv(sandbox.modelsDir);
  const withModel = await entitiesStage.methodKey!(NER, { dryRun: false });
  const bytes = locateModel(TINY_NER_ID, 'encoder', 'q8')!.onnxBytes;
  assert.equal(withModel, `${without.split('|')[0]}|ner:${TINY_NER_ID}:q8:${bytes}`);
  assert.notEqual(withModel, without);
  // Off is off even with the model present.
  assert.equal(await entitiesStage.methodKey!({ aliasFiles: [] }, { dryRun: false }), without);
});

test('methodKey with network: a plan never downloads (reads as downloadable); a real run fetches once into the cache', async () => {
  const hub = await startStandInHub(sandbox.modelsDir);
  const requests = hub.requests;
  try {
    sandbox.useNetwork(hub.url);
    assert.equal(locateModel(TINY_NER_ID, 'encoder', 'q8'), null);
    const plan = await entitiesStage.methodKey!(NER, { dryRun: true });
    assert.match(plan, new RegExp(`\\|ner:${TINY_NER_ID}:q8:downloadable$`));
    assert.deepEqual(requests, ['/'], 'the plan only asks whether the hub answers (its root), and fetches no file');
    assert.equal(locateModel(TINY_NER_ID, 'encoder', 'q8'), null);

    const real = await entitiesStage.methodKey!(NER, { dryRun: false });
    assert.ok(requests.length > 0);
    const present = locateModel(TINY_NER_ID, 'encoder', 'q8');
    assert.equal(present?.where, 'cache');
    assert.match(real, new RegExp(`\\|ner:${TINY_NER_ID}:q8:${present!.onnxBytes}$`));
    // Present now: the same key without asking the hub again.
    const count = requests.length;
    assert.equal(await entitiesStage.methodKey!(NER, { dryRun: true }), real);
    assert.equal(requests.length, count);
  } finally {
    hub.close();
    await disposeRecognisers();
  }
});

test('lazy: transformers.js (and onnxruntime) is not loaded when NER is off or the model is missing offline', () => {
  // A fresh process per case; its loaded shared libraries tell whether onnxruntime-node came in.
  const probe = `
    import { entitiesStage } from ${JSON.stringify(new URL('../src/stages/entities.ts', import.meta.url).href)};
    const label = { lang: 'de', script: null, confidence: 1 };
    const input = { clean: { paragraphs: [{ text: 'Die Studie von Lindqvist erschien in Oslo.', kind: 'p' }] }, language: { article: label, paragraphs: [label] } };
    const out = await entitiesStage.run(input, { options: JSON.parse(process.argv[1]), path: 'x', notice() {} });
    const ort = process.report.getReport().sharedObjects.some((l) => /onnxruntime/.test(l));
    console.log(JSON.stringify({ method: out.method, ort }));`;
  const run = (options: object, models: string | null) => JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', probe, JSON.stringify(options)], {
    encoding: 'utf8',
    env: { ...process.env, CLAIMSCOPE_OFFLINE: '1', CLAIMSCOPE_CACHE: join(sandbox.work, 'empty-cache'), CLAIMSCOPE_MODELS: models ?? join(sandbox.work, 'no-models') },
  }));
  assert.deepEqual(run({ aliasFiles: [] }, sandbox.modelsDir), { method: 'rules@1', ort: false });
  assert.deepEqual(run(NER, null), { method: 'rules@1', ort: false });
  // The control: with the model, the same probe does see onnxruntime.
  assert.deepEqual(run(NER, sandbox.modelsDir), { method: `rules@1+ner:${TINY_NER_ID}`, ort: true });
});

test('long paragraphs go through in windows of whole words; offsets stay right across windows', async () => {
  useEnv(sandbox.modelsDir);
  const filler = Array.from({ length: 300 }, () => 'hat in').join(' ');
  const paragraph = `Lindqvist ${filler} Oslo, ${filler} Ingrid Bergström.`;
  const { output, notices } = await runEntities(NER, [paragraph]);
  assert.deepEqual(notices, []);
  assert.deepEqual(output.mentions.map((m) => [m.text, m.type, m.start]), [
    ['Lindqvist', 'person', 0], ['Oslo', 'place', paragraph.indexOf('Oslo')], ['Ingrid Bergström', 'person', paragraph.indexOf('Ingrid')],
  ]);
});
