// npm run bench:embed [-- --dtype q8|fp32] [--sentences 100000] [--measure 768] [--batches 1,4,8,16,32,64]
//
// Builds a random-weight model with the real MiniLM-L12 architecture (12 layers, hidden 384, 12 heads,
// intermediate 1536, 512 positions, 250,002-token vocabulary: the shape of paraphrase-multilingual-MiniLM-L12-v2,
// and of multilingual-e5-small but for its vocabulary) by itself, then measures on the same sentences:
//   1. sentences/s through the embed stage (tokenize, transformers.js model call, mean pooling, base64) and
//      through a bare onnxruntime-node session fed pre-tokenized tensors of the same batches, side by side;
//   2. the batch size with the best stage throughput;
//   3. memory while streaming --sentences short sentences through the stage in articles of 40 claims
//      (RSS at start, peak, end).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { MINILM_L12_SHAPE, makeBertModel } from '../test/fixtures/make-tiny-models.ts';
import { embedStage } from '../src/stages/embed.ts';
import { EMBED_BATCH, loadModelEmbedder, planBatches } from '../src/models/embedder.ts';
import type { Claim, EmbedOutput } from '../src/types.ts';

const { values } = parseArgs({
  options: {
    dtype: { type: 'string', default: 'q8' },
    sentences: { type: 'string', default: '100000' },
    measure: { type: 'string', default: '768' },
    batches: { type: 'string', default: '1,4,8,16,32,64' },
  },
});
const DTYPE = values.dtype as 'q8' | 'fp32';
const STREAM = Number(values.sentences);
const MEASURE = Number(values.measure);
const BATCHES = values.batches!.split(',').map(Number);
const CLAIMS_PER_ARTICLE = 40;
const ROUNDS = 4;
const MODEL_ID = 'bench/minilm-l12-random';

// Short multilingual sentences: the claim sentences of the bundled corpus, numbered so that each is distinct.
const expected = JSON.parse(readFileSync(new URL('../test/fixtures/corpus-expected.json', import.meta.url), 'utf8')) as Array<{ claims?: Array<{ sentence: string }>; keep?: string[] }>;
const base = expected.flatMap((p) => [...(p.claims ?? []).map((c) => c.sentence), ...(p.keep ?? [])]);
const sentence = (i: number) => `${base[i % base.length]} (${i})`;

// The vocabulary: the words and characters of those sentences, as a WordPiece tokenizer would have them.
const words = new Set<string>();
for (const s of base) {
  for (const w of s.toLowerCase().split(/[\s\p{P}]+/u)) if (w && !/\p{Script=Han}/u.test(w)) words.add(w);
  for (const ch of s) if (/\p{Script=Han}/u.test(ch)) words.add(ch);
}
for (let d = 0; d <= 9; d++) words.add(String(d)).add(`##${d}`);

const rssMB = () => process.memoryUsage().rss / 1048576;

async function main() {
  const root = mkdtempSync(join(tmpdir(), 'claimscope-bench-embed-'));
  process.env.CLAIMSCOPE_MODELS = root;
  process.env.CLAIMSCOPE_CACHE = join(root, 'cache');
  process.env.CLAIMSCOPE_OFFLINE = '1';
  console.log(`Building a random-weight MiniLM-L12-shaped BERT (${DTYPE}) ...`);
  const built = performance.now();
  const dir = makeBertModel(root, MODEL_ID, MINILM_L12_SHAPE, [DTYPE], [...words]);
  const file = join(dir, 'onnx', DTYPE === 'q8' ? 'model_quantized.onnx' : 'model.onnx');
  console.log(`  ${file} (${(readFileSync(file).byteLength / 1048576).toFixed(0)} MB) in ${((performance.now() - built) / 1000).toFixed(1)} s`);

  const options = { model: MODEL_ID, dtype: DTYPE };
  const claim = (text: string): Claim => ({ kind: 'numeric', text, paragraph: 0, entity: null, attribute: 'count', measure: null, value: 1, low: 1, high: 1, unit: null,
    quantityText: '1', time: null, speaker: null, lang: 'und', method: 'bench', confidence: 1 });
  const runStage = (texts: string[], batchSize?: number) => embedStage.run(
    { clean: { title: null, author: null, published: null, siteName: null, langHint: null, paragraphs: [], removed: [], method: 'bench' }, claims: { claims: texts.map(claim) } },
    { options: batchSize ? { ...options, batchSize } : options, path: 'bench', notice: (m) => console.log(`notice: ${m}`) },
  ) as Promise<EmbedOutput>;

  // The bare session and its inputs: the token ids the stage's embedder makes, in the batches it plans.
  const ort = await import('onnxruntime-node');
  const embedder = await loadModelEmbedder(MODEL_ID, options);
  const session = await ort.InferenceSession.create(file);
  const texts = Array.from({ length: MEASURE }, (_, i) => sentence(i));
  const encoded = texts.map((t) => embedder.encode!(t));
  const plan = (size: number) => planBatches(encoded.map((ids) => ids.length), size);
  const bareFeeds = (batch: number[]) => {
    const length = Math.max(...batch.map((i) => encoded[i].length));
    const ids = new BigInt64Array(batch.length * length);
    const mask = new BigInt64Array(batch.length * length);
    batch.forEach((i, b) => encoded[i].forEach((id, s) => { ids[b * length + s] = BigInt(id); mask[b * length + s] = 1n; }));
    const dims = [batch.length, length];
    return { input_ids: new ort.Tensor('int64', ids, dims), attention_mask: new ort.Tensor('int64', mask, dims), token_type_ids: new ort.Tensor('int64', new BigInt64Array(ids.length), dims) };
  };
  const meanTokens = encoded.reduce((sum, ids) => sum + ids.length, 0) / encoded.length;
  console.log(`  ${MEASURE} sentences per measurement, mean ${meanTokens.toFixed(1)} tokens (with [CLS]/[SEP])\n`);

  // Warm-up: first calls allocate arenas and pick kernels.
  await runStage(texts.slice(0, 64), 16);
  for (const batch of plan(16).slice(0, 4)) await session.run(bareFeeds(batch));

  // Per batch size: the same length-sorted batches through the bare session and through the stage (one
  // article per batch, so every stage call pays its own set-up), alternating batch by batch and swapping which
  // goes first. The 2 cores are shared with other work whose load drifts over minutes: interleaving makes bare
  // and stage see the same load, and cycling through every batch size in each round (rather than one size
  // after the other) makes the batch sizes comparable with each other too.
  const plans = BATCHES.map((batch) => {
    const batches = plan(batch);
    return { batch, batches, feeds: batches.map(bareFeeds), bareMs: 0, stageMs: 0 };
  });
  for (let round = 0; round < ROUNDS; round++) {
    for (const p of plans) {
      for (let j = 0; j < p.feeds.length; j++) {
        const batchTexts = p.batches[j].map((i) => texts[i]);
        const timeBare = async () => { const t = performance.now(); await session.run(p.feeds[j]); p.bareMs += performance.now() - t; };
        const timeStage = async () => { const t = performance.now(); await runStage(batchTexts, p.batch); p.stageMs += performance.now() - t; };
        if ((j + round) % 2 === 0) { await timeBare(); await timeStage(); } else { await timeStage(); await timeBare(); }
      }
    }
    process.stdout.write(`  round ${round + 1}/${ROUNDS} done\n`);
  }
  const rows = plans.map((p) => ({ batch: p.batch, bare: (ROUNDS * MEASURE) / (p.bareMs / 1000), stage: (ROUNDS * MEASURE) / (p.stageMs / 1000) }));
  const best = rows.reduce((a, b) => (b.stage > a.stage ? b : a));
  console.log('\n| batch | bare onnxruntime (sentences/s) | embed stage (sentences/s) | stage overhead |');
  console.log('|---:|---:|---:|---:|');
  for (const r of rows) console.log(`| ${r.batch} | ${r.bare.toFixed(0)} | ${r.stage.toFixed(0)} | ${((1 - r.stage / r.bare) * 100).toFixed(1)}% |`);
  console.log(`\nBest stage throughput at batch ${best.batch} (EMBED_BATCH is ${EMBED_BATCH}).`);

  if (STREAM > 0) await streamForMemory(runStage);
  await session.release();
  rmSync(root, { recursive: true, force: true });
}

/** Memory: stream sentences through the stage as articles of CLAIMS_PER_ARTICLE claims, at the default batch size. */
async function streamForMemory(runStage: (texts: string[]) => Promise<EmbedOutput>) {
  global.gc?.();
  const start = rssMB();
  let peak = start;
  const streamed = performance.now();
  for (let done = 0; done < STREAM; done += CLAIMS_PER_ARTICLE) {
    const article = Array.from({ length: Math.min(CLAIMS_PER_ARTICLE, STREAM - done) }, (_, i) => sentence(MEASURE + done + i));
    const out = await runStage(article);
    if (out.claims.length !== article.length) throw new Error('lost vectors');
    peak = Math.max(peak, rssMB());
    if (done % 10000 === 0) console.log(`  streamed ${done} sentences, RSS ${rssMB().toFixed(0)} MB`);
  }
  const seconds = (performance.now() - streamed) / 1000;
  console.log(`  streamed ${STREAM} sentences in ${seconds.toFixed(0)} s (${(STREAM / seconds).toFixed(0)} sentences/s at batch ${EMBED_BATCH})`);
  console.log(`\n| RSS start | RSS peak | RSS end | sentences |\n|---:|---:|---:|---:|\n| ${start.toFixed(0)} MB | ${peak.toFixed(0)} MB | ${rssMB().toFixed(0)} MB | ${STREAM} |`);
}

await main();
