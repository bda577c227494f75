// embed: a vector per clean paragraph and per claim sentence, for `claims --like` and for pairing claims
// across languages in compare. A multilingual sentence model when one is present (or downloadable), else the
// built-in hashed n-gram embedding; the output records which, so a later run with a model re-runs exactly
// these results (methodKey changes when the model appears).
import type { Stage } from '../pipeline/stage.ts';
import type { ClaimsOutput, CleanDocument, EmbedOutput } from '../types.ts';
import { embedMethodKey, resolveEmbedder, type EmbedOptions } from '../models/embedder.ts';
import { modelSettings } from '../models/loader.ts';

/** Float32 vector → base64 of its little-endian bytes (the store keeps the bytes as a BLOB). */
export function vectorToBase64(vector: Float32Array): string {
  return Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength).toString('base64');
}

export function base64ToVector(text: string): Float32Array {
  const bytes = Buffer.from(text, 'base64');
  return new Float32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
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
    const byText = new Map(unique.map((text, i) => [text, vectorToBase64(vectors[i])]));
    return {
      method: embedder.method,
      model: embedder.model,
      dims: embedder.dims,
      paragraphs: paragraphs.map((t) => byText.get(t)!),
      claims: sentences.map((t) => byText.get(t)!),
    };
  },
};
