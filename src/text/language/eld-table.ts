// eld's n-gram database as a compact binary data file (data/eld-medium.bin), built once from eld's own modules by
// scripts/build-eld-data.ts: loading it is a file read into typed arrays (no 2 MB JavaScript object literal to parse,
// no string per n-gram), and nothing at run time depends on how eld formats its source files.
//
// Layout: u32 header length, the header as UTF-8 JSON, zero padding to a multiple of 8, then the arrays in the
// header's order (keys Float64 × entries, starts Uint32 × entries + 1, langs Uint8 × pairs, padding to 2, scores
// Uint16 × pairs), little-endian.

/**
 * eld's n-grams are at most 6 "byte characters" (each < 256), so one packs exactly into a double:
 * base-256 digits plus the length above bit 48 (v = v * 256 + code per character, then + length * 2 ** 48).
 * An open-addressing table over these numbers loads 3× faster than a Map of 100,000 strings (no string hashing)
 * and scores faster too.
 */
export const NGRAM_MAX_CHARS = 6;

/** The slot of a packed n-gram in an open-addressing table of mask + 1 slots (a power of two): its two 32-bit halves mixed. */
export function ngramSlot(v: number, mask: number): number {
  const lo = v % 4294967296 | 0;
  const hi = (v / 4294967296) | 0;
  return (Math.imul(lo ^ Math.imul(hi, 0x9e3779b1), 0x85ebca6b) >>> 7) & mask;
}

export class NgramTable {
  private readonly keys: Float64Array;
  private readonly values: Int32Array;
  private readonly mask: number;
  constructor(packed: ArrayLike<number>) {
    let size = 1;
    while (size < packed.length * 2) size *= 2;
    this.keys = new Float64Array(size);
    this.values = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let i = 0; i < packed.length; i++) {
      let h = this.slot(packed[i]!);
      while (this.values[h] !== -1) h = (h + 1) & this.mask;
      this.keys[h] = packed[i]!;
      this.values[h] = i;
    }
  }
  private slot(v: number): number {
    return ngramSlot(v, this.mask);
  }
  /** The entry of a packed n-gram, or -1. */
  get(v: number): number {
    for (let h = this.slot(v); ; h = (h + 1) & this.mask) {
      const e = this.values[h]!;
      if (e === -1 || this.keys[h] === v) return e;
    }
  }
}

export interface EldModel {
  /** packed n-gram → index into starts */
  index: NgramTable;
  starts: Uint32Array;
  langs: Uint8Array;
  scores: Uint16Array;
  /** eld's language codes by index */
  codes: string[];
  /** char codes of eld's byte dictionary: byte → the code of its one-character string */
  dictionaryCodes: Uint16Array;
  separators: RegExp;
}

/** What the data file holds besides the arrays. */
interface EldHeader {
  /** The eld release and database it was built from (package.json pins eld to this exact version). */
  eld: string;
  database: string;
  codes: string[];
  dictionaryCodes: number[];
  separators: { source: string; flags: string };
  entries: number;
  pairs: number;
}

/** An n-gram string of eld's (one-byte "characters") packed as NGRAM_MAX_CHARS describes. */
export function packNgram(ngram: string): number {
  if (ngram.length > NGRAM_MAX_CHARS) throw new Error(`eld n-gram "${ngram}" is longer than ${NGRAM_MAX_CHARS}`);
  let v = 0;
  for (let i = 0; i < ngram.length; i++) {
    const c = ngram.charCodeAt(i);
    if (c > 255) throw new Error(`eld n-gram "${ngram}" has a character beyond one byte`);
    v = v * 256 + c;
  }
  return v + ngram.length * 2 ** 48;
}

const pad = (n: number, to: number) => (n + to - 1) & ~(to - 1);

/** eld's data (its `ngramsData`, `dictionary` and `separators` exports) as the bytes of the data file. */
export function encodeEldTable(source: {
  eld: string; database: string;
  ngramsData: { languages: Record<string, string>; ngrams: Record<string, Record<string, number>> };
  dictionary: string[]; separators: RegExp;
}): Buffer {
  const entries = Object.entries(source.ngramsData.ngrams);
  const pairs = entries.reduce((n, [, scores]) => n + Object.keys(scores).length, 0);
  const keys = new Float64Array(entries.length);
  const starts = new Uint32Array(entries.length + 1);
  const langs = new Uint8Array(pairs);
  const scores = new Uint16Array(pairs);
  let k = 0;
  entries.forEach(([ngram, byLang], i) => {
    keys[i] = packNgram(ngram);
    for (const [lang, score] of Object.entries(byLang)) {
      if (!Number.isInteger(score) || score < 0 || score > 0xffff) throw new Error(`eld score ${score} does not fit 16 bits`);
      langs[k] = Number(lang);
      scores[k++] = score;
    }
    starts[i + 1] = k;
  });
  const codes: string[] = [];
  for (const [i, code] of Object.entries(source.ngramsData.languages)) codes[Number(i)] = code;
  const header: EldHeader = {
    eld: source.eld, database: source.database, codes, dictionaryCodes: source.dictionary.map((ch) => ch.charCodeAt(0)),
    separators: { source: source.separators.source, flags: source.separators.flags }, entries: entries.length, pairs,
  };
  const json = Buffer.from(JSON.stringify(header));
  const start = pad(4 + json.length, 8);
  const out = Buffer.alloc(start + keys.byteLength + starts.byteLength + pad(langs.byteLength, 2) + scores.byteLength);
  out.writeUInt32LE(json.length, 0);
  json.copy(out, 4);
  let at = start;
  for (const array of [keys, starts, langs, scores]) {
    Buffer.from(array.buffer, array.byteOffset, array.byteLength).copy(out, at);
    at = pad(at + array.byteLength, 2);
  }
  return out;
}

/** The data file's bytes as the model the detector scores with. */
export function decodeEldTable(bytes: Uint8Array): EldModel & { eld: string; database: string } {
  // Our own aligned copy: typed-array views need offsets that are multiples of their element size.
  const buffer = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(buffer).set(bytes);
  const view = new DataView(buffer);
  const length = view.getUint32(0, true);
  const header = JSON.parse(new TextDecoder().decode(new Uint8Array(buffer, 4, length))) as EldHeader;
  let at = pad(4 + length, 8);
  const take = <T>(make: (b: ArrayBuffer, offset: number, n: number) => T, n: number, size: number): T => {
    const array = make(buffer, at, n);
    at = pad(at + n * size, 2);
    return array;
  };
  const keys = take((b, o, n) => new Float64Array(b, o, n), header.entries, 8);
  const starts = take((b, o, n) => new Uint32Array(b, o, n), header.entries + 1, 4);
  const langs = take((b, o, n) => new Uint8Array(b, o, n), header.pairs, 1);
  const scores = take((b, o, n) => new Uint16Array(b, o, n), header.pairs, 2);
  if (at > buffer.byteLength) throw new Error('eld data file: shorter than its header says (rebuild it: node --import tsx scripts/build-eld-data.ts)');
  return {
    eld: header.eld, database: header.database, index: new NgramTable(keys), starts, langs, scores, codes: header.codes,
    dictionaryCodes: Uint16Array.from(header.dictionaryCodes), separators: new RegExp(header.separators.source, header.separators.flags),
  };
}
