// embed: a vector per clean paragraph and per claim sentence, for `claims --like` and for pairing claims
// across languages in compare. A multilingual sentence model when one is present (or downloadable), else the
// built-in hashed n-gram embedding; the output records which, so a later run with a model re-runs exactly
// these results (methodKey changes when the model appears).
import type { Stage } from '../pipeline/stage.ts';
import type { ClaimsOutput, CleanDocument, EmbedOutput } from '../types.ts';
import { embedMethodKey, resolveEmbedder, type EmbedOptions } from '../models/embedder.ts';
import { modelSettings } from '../models/loader.ts';
import { FALLBACK_METHOD } from '../models/fallback.ts';

/** Row `row` of the output's vectors (a view, no copy). */
export function embedVector(out: EmbedOutput, row: number): Float32Array {
  return out.vectors.subarray(row * out.dims, (row + 1) * out.dims);
}

/**
 * Texts embedded per call: a page's texts are one call up to this many (every page of the 455 extraction pages: the
 * most is 6,147 paragraphs and 552 claims), so only pages of tens of thousands of paragraphs are split, and hold one
 * chunk's vectors beside the packed array instead of all of them twice (bench:hostile: 166,000 one-word paragraphs
 * made two copies of 340 MB of vectors). A multiple of the model's batch size (EMBED_BATCH, 32).
 */
const EMBED_CHUNK = 16_384;

/**
 * Paragraph vectors one page may produce. The largest of the 455 real extraction pages has 6,147 paragraphs; a page of
 * more (bench:hostile: 166,000 one-word lines) has its paragraphs embedded in runs of adjacent ones instead of one by
 * one, so that its vectors (2 KB each at 512 dimensions) stay within what a worker holds: 340 MB of vectors for that
 * page, copied once more for the main thread, made it peak at 1.4 GB.
 */
export const MAX_PARAGRAPH_VECTORS = 16_384;

/**
 * Adjacent paragraphs grouped so that there are at most `max` groups: a group takes the next paragraph while its
 * length stays within a budget of twice the page's mean share (2 × characters / max), so tiny paragraphs merge and
 * a long one stays alone. Two neighbouring groups always exceed the budget together, hence at most `max` groups.
 * Returns each paragraph's group number; a page of at most `max` paragraphs is one group per paragraph.
 */
export function paragraphGroups(paragraphs: string[], max: number): number[] {
  if (paragraphs.length <= max) return paragraphs.map((_, i) => i);
  const budget = (2 * paragraphs.reduce((sum, p) => sum + p.length, 0)) / max;
  const groupOf: number[] = [];
  let group = -1;
  let length = Infinity;
  for (const p of paragraphs) {
    if (length + p.length > budget) { group++; length = 0; }
    length += p.length;
    groupOf.push(group);
  }
  return groupOf;
}

export const embedStage: Stage<{ clean: CleanDocument; claims: ClaimsOutput }, EmbedOutput, EmbedOptions> = {
  name: 'embed',
  version: 2,
  after: ['clean', 'claims'],
  options: {
    model: { type: 'string', nullable: true }, dtype: { type: 'string' }, device: { type: 'string' }, offline: { type: 'boolean' },
    prefix: { type: 'string' }, batchSize: { type: 'number' }, maxTokens: { type: 'number' },
  },
  methodKey(options, plan) {
    return embedMethodKey(options, plan.models ?? modelSettings(), !plan.dryRun);
  },
  async run({ clean, claims }, ctx) {
    const embedder = await resolveEmbedder(ctx.options, ctx.notice, ctx.models ?? modelSettings());
    // The built-in method's paragraph vectors are not made here: each is a pure function of its paragraph's text, made
    // again when asked for (store/vectors.ts paragraphVector), and nothing reads them during an ingest. Made and stored,
    // they were two thirds of this stage's CPU (1.3 → 0.5 ms a real page) and half of the database (127 of 262 MB for
    // 1,000 real pages; bench/ingest.ts).
    const texts = embedder.method === FALLBACK_METHOD ? [] : clean.paragraphs.map((p) => p.text);
    const groupOf = paragraphGroups(texts, MAX_PARAGRAPH_VECTORS);
    const groups: string[][] = [];
    texts.forEach((text, i) => (groups[groupOf[i]!] ??= []).push(text));
    // What each paragraph is embedded as: itself, or the run of paragraphs it is grouped in (joined as clean_text is).
    const grouped = groups.map((g) => g.join('\n\n'));
    const paragraphs = groupOf.map((g) => grouped[g]!);
    const sentences = claims.claims.map((c) => c.text);
    // Paragraphs and claims go into the same calls, so they share batches; identical texts are embedded once.
    const unique = [...new Set([...grouped, ...sentences])];
    // One Float32Array of every distinct text's vector: it travels to the main thread as bytes (output-codec.ts),
    // and a page that repeats a paragraph carries its vector once. It is filled a chunk of texts at a time.
    let packed = new Float32Array(0);
    for (let from = 0; from < unique.length; from += EMBED_CHUNK) {
      const vectors = await embedder.embed(unique.slice(from, from + EMBED_CHUNK), ctx.options.batchSize);
      if (from === 0) packed = new Float32Array(unique.length * embedder.dims);
      vectors.forEach((v, i) => packed.set(v, (from + i) * embedder.dims));
    }
    const rowOf = new Map(unique.map((text, i) => [text, i]));
    return {
      method: embedder.method,
      model: embedder.model,
      dims: embedder.dims,
      vectors: packed,
      paragraphs: paragraphs.map((t) => rowOf.get(t)!),
      claims: sentences.map((t) => rowOf.get(t)!),
      ...(groups.length < texts.length ? { warnings: [groupedWarning(texts.length, groups.length)] } : {}),
    };
  },
};

function groupedWarning(paragraphs: number, groups: number): string {
  return `${paragraphs} paragraphs embedded as ${groups} runs of adjacent paragraphs: a page may have at most ${MAX_PARAGRAPH_VECTORS} paragraph vectors, so each paragraph's vector is its run's`;
}
