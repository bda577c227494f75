// A stage output as JSON text plus one binary part: Float32Arrays (embed's vectors) travel and are stored as their bytes,
// not as base64 strings inside the JSON. As base64 a 512-dimension vector is 2,732 characters of JSON that the worker
// builds, the main thread receives as a copy and parses again (210 MB for a hostile page of 77,000 paragraphs); as bytes
// it is 2 KB, moved from the worker without a copy (a transferable ArrayBuffer) and written to its BLOB column as is.

/** Where a Float32Array's bytes are in the binary part: `{"$f32":[byteOffset,length]}` stands for it in the JSON. */
const FLOAT32_TAG = '$f32';

export interface EncodedOutput {
  json: string;
  /** The bytes of every Float32Array of the output, one after another; absent when it has none. */
  binary?: Uint8Array;
}

export function encodeOutput(output: unknown): EncodedOutput {
  const parts: Float32Array[] = [];
  let bytes = 0;
  const json = JSON.stringify(output, (_key, value: unknown) => {
    if (!(value instanceof Float32Array)) return value;
    parts.push(value);
    bytes += value.byteLength;
    return { [FLOAT32_TAG]: [bytes - value.byteLength, value.length] };
  });
  if (parts.length === 0) return { json };
  const binary = new Uint8Array(bytes);
  let at = 0;
  for (const part of parts) {
    binary.set(new Uint8Array(part.buffer, part.byteOffset, part.byteLength), at);
    at += part.byteLength;
  }
  return { json, binary };
}

/** Outputs at least this long are parsed with their repeated strings shared (below it the reviver costs more than it saves). */
const SHARED_STRINGS_FROM_CHARS = 1_000_000;
/** Strings at least this long are shared when repeated (a paragraph repeated on a hostile page of 77,000 identical ones). */
const SHARED_STRING_CHARS = 256;

/**
 * The output back from its JSON and binary part. Equal long strings of a big output are made one string: JSON.parse
 * would make a separate copy of each (hundreds of MB for a page that repeats one paragraph tens of thousands of times).
 */
export function decodeOutput(json: string, binary?: Uint8Array | null): unknown {
  const sharing = json.length >= SHARED_STRINGS_FROM_CHARS;
  if (!sharing && !binary) return JSON.parse(json);
  // A Float32Array view needs a 4-byte aligned offset; a BLOB read from SQLite may not be: then it is copied once.
  const bytes = binary && binary.byteOffset % Float32Array.BYTES_PER_ELEMENT !== 0 ? binary.slice() : binary;
  const seen = new Map<string, string>();
  return JSON.parse(json, (_key, value: unknown) => {
    if (bytes && isFloat32Tag(value)) {
      const [offset, length] = value[FLOAT32_TAG];
      return new Float32Array(bytes.buffer, bytes.byteOffset + offset, length);
    }
    if (!sharing || typeof value !== 'string' || value.length < SHARED_STRING_CHARS) return value;
    const first = seen.get(value);
    if (first !== undefined) return first;
    seen.set(value, value);
    return value;
  });
}

function isFloat32Tag(value: unknown): value is { [FLOAT32_TAG]: [number, number] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const tag = (value as Record<string, unknown>)[FLOAT32_TAG];
  return Array.isArray(tag) && Object.keys(value).length === 1;
}
