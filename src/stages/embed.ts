// embed: a vector per clean paragraph and per claim sentence, for `claims --like` and for pairing claims
// across languages in compare. A multilingual sentence model when one is present (or downloadable), else the
// built-in hashed n-gram embedding; the output records which, so a later run with a model re-runs exactly
// these results (methodKey changes when the model appears).
import type { Stage } from '../pipeline/stage.ts';
import type { ClaimsOutput, CleanDocument, EmbedOutput } from '../types.ts';
import { embedMethodKey, resolveEmbedder, type EmbedOptions } from '../models/embedder.ts';
import { modelSettings } from '../models/loader.ts';

/** Row `row` of the output's vectors (a view, no copy). */
export function embedVector(out: EmbedOutput, row: number): Float32Array {
  return out.vectors.subarray(row * out.dims, (row + 1) * out.dims);
}

export const embedStage: Stage<{ clean: CleanDocument; claims: ClaimsOutput }, EmbedOutput, EmbedOptions> = {
  name: 'embed',
  version: 1,
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
    const paragraphs = clean.paragraphs.map((p) => p.text);
    const sentences = claims.claims.map((c) => c.text);
    // One call, so paragraphs and claims share batches; identical texts are embedded once.
    const unique = [...new Set([...paragraphs, ...sentences])];
    const vectors = await embedder.embed(unique, ctx.options.batchSize);
    // One Float32Array of every distinct text's vector: it travels to the main thread as bytes (output-codec.ts),
    // and a page that repeats a paragraph carries its vector once.
    const packed = new Float32Array(unique.length * embedder.dims);
    vectors.forEach((v, i) => packed.set(v, i * embedder.dims));
    const rowOf = new Map(unique.map((text, i) => [text, i]));
    return {
      method: embedder.method,
      model: embedder.model,
      dims: embedder.dims,
      vectors: packed,
      paragraphs: paragraphs.map((t) => rowOf.get(t)!),
      claims: sentences.map((t) => rowOf.get(t)!),
    };
  },
};
