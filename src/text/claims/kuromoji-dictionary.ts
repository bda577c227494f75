// kuromoji's IPADIC, loaded without its own loader's costs. Its loader (NodeDictionaryLoader) gunzips 12 files (17 MB
// to 100 MB), gathers each in chunks, joins them and copies the result once more into a fresh ArrayBuffer: about 1 s
// of CPU and 100 MB of transient garbage in every worker that reads a Japanese page (node --cpu-prof, dist). Here the
// files are gunzipped once per user into a cache folder, written without their trailing zero bytes (the ByteBuffers
// kuromoji wrote were never shrunk: 35 MB of zeros), and read back straight into zero-filled ArrayBuffers of the full
// length: the same bytes, so the same dictionary, the same tokens. Without a writable cache, each file is gunzipped in
// memory (still one copy less than kuromoji's loader).
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, readSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';
import { gunzipSync } from 'node:zlib';

/** The dictionary files as kuromoji's DictionaryLoader reads them (src/loader/DictionaryLoader.js), by its name. */
export const KUROMOJI_FILES = ['base', 'check', 'tid', 'tid_pos', 'tid_map', 'cc', 'unk', 'unk_pos', 'unk_map', 'unk_char', 'unk_compat', 'unk_invoke'] as const;
type KuromojiFile = (typeof KUROMOJI_FILES)[number];

/** Bytes before a cached file's data: its full (gunzipped) length, as a 64-bit little-endian number. */
const HEADER_BYTES = 8;

/** kuromoji's DynamicDictionaries, as far as it is filled here. */
interface DynamicDictionaries {
  loadTrie(base: Int32Array, check: Int32Array): unknown;
  loadTokenInfoDictionaries(tokenInfo: Uint8Array, pos: Uint8Array, targetMap: Uint8Array): unknown;
  loadConnectionCosts(cc: Int16Array): unknown;
  loadUnknownDictionaries(unk: Uint8Array, unkPos: Uint8Array, unkMap: Uint8Array, catMap: Uint8Array, compatCatMap: Uint32Array, invokeDef: Uint8Array): unknown;
}

const require = createRequire(import.meta.url);

/** kuromoji's folder in node_modules. */
export const kuromojiFolder = () => dirname(require.resolve('kuromoji/package.json'));

/**
 * Where the gunzipped copies go: beside the model cache (CLAIMSCOPE_CACHE, else ~/.cache/claimscope/models, as in
 * models/loader.ts), in a folder named for kuromoji's version and its files' sizes and times, so that another kuromoji
 * never reads this one's copy.
 */
export function kuromojiCacheFolder(dictFolder: string, cacheRoot = process.env.CLAIMSCOPE_CACHE || join(homedir(), '.cache', 'claimscope', 'models')): string {
  const { version } = JSON.parse(readFileSync(join(dictFolder, '..', 'package.json'), 'utf8')) as { version: string };
  let stamp = 0;
  for (const name of KUROMOJI_FILES) {
    const { size, mtimeMs } = statSync(join(dictFolder, `${name}.dat.gz`));
    stamp = (Math.imul(stamp ^ size, 0x9e3779b1) + Math.floor(mtimeMs)) >>> 0;
  }
  return join(cacheRoot, 'dictionaries', `kuromoji-${version}-${stamp.toString(16)}`);
}

/** The length of `bytes` without its trailing zero bytes. */
export function withoutTrailingZeros(bytes: Uint8Array): number {
  let end = bytes.length;
  while (end > 0 && bytes[end - 1] === 0) end--;
  return end;
}

/** A cached copy read into a zero-filled ArrayBuffer of its full length; null when absent or not whole. */
function readCached(path: string): ArrayBuffer | null {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return null;
  }
  try {
    const size = fstatSync(fd).size;
    if (size < HEADER_BYTES) return null;
    const header = new Uint8Array(HEADER_BYTES);
    if (readSync(fd, header, 0, HEADER_BYTES, 0) !== HEADER_BYTES) return null;
    const length = Number(new DataView(header.buffer).getBigUint64(0, true));
    const data = size - HEADER_BYTES;
    if (data > length) return null;
    const buffer = new ArrayBuffer(length);
    const view = new Uint8Array(buffer, 0, data);
    let done = 0;
    while (done < data) {
      const read = readSync(fd, view, done, data - done, HEADER_BYTES + done);
      if (read <= 0) return null;
      done += read;
    }
    return buffer;
  } finally {
    closeSync(fd);
  }
}

/**
 * Writes the cached copy under a name of its own, then renames it into place: two processes (or threads) writing it at
 * once each rename a whole file, and a reader never sees a part of one. A failure (read-only cache) leaves no file.
 */
function writeCached(path: string, bytes: Uint8Array): void {
  const temporary = `${path}.${process.pid}-${threadId}-${Math.random().toString(36).slice(2)}.tmp`;
  try {
    mkdirSync(dirname(path), { recursive: true });
    const header = new Uint8Array(HEADER_BYTES);
    new DataView(header.buffer).setBigUint64(0, BigInt(bytes.length), true);
    writeFileSync(temporary, header);
    writeFileSync(temporary, bytes.subarray(0, withoutTrailingZeros(bytes)), { flag: 'a' });
    renameSync(temporary, path);
  } catch {
    try { unlinkSync(temporary); } catch { /* never written */ }
  }
}

/** One dictionary file's gunzipped bytes, as an ArrayBuffer of their exact length: from the cache, else gunzipped (and cached). */
export function dictionaryFile(dictFolder: string, cacheFolder: string | null, name: KuromojiFile): ArrayBuffer {
  const cachePath = cacheFolder === null ? null : join(cacheFolder, `${name}.bin`);
  const cached = cachePath === null ? null : readCached(cachePath);
  if (cached) return cached;
  const bytes = gunzipSync(readFileSync(join(dictFolder, `${name}.dat.gz`)));
  if (cachePath !== null) writeCached(cachePath, bytes);
  // A large Buffer has its own ArrayBuffer: used as is, without the copy kuromoji's loader makes.
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength ? bytes.buffer as ArrayBuffer : bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

/**
 * Where the character classes of unk_invoke.dat end: after the last one with a name. kuromoji reads classes (two bytes,
 * an int, a NUL-ended name; InvokeDefinitionMap.load) to the end of the buffer, and the file's 1 MB holds 152 bytes of
 * them then zeros, which it read as 150,000 nameless classes (0.1 s of CPU a load). No character maps to one of those
 * (the category map names real classes), so the tokens are the same without them.
 */
export function characterClassesEnd(bytes: Uint8Array): number {
  let position = 0;
  let end = 0;
  while (position + 1 < bytes.length) {
    position += 2 + 4; // is_always_invoke, is_grouping, max_length
    let nameBytes = 0;
    while (position < bytes.length) {
      if (bytes[position++] === 0) break;
      nameBytes++;
    }
    if (nameBytes > 0) end = position;
  }
  return end;
}

/**
 * kuromoji's tokenizer over its IPADIC, the dictionary filled as its DictionaryLoader fills it (the same typed arrays
 * over the same bytes). `cacheFolder` null: no cache, every file gunzipped here.
 */
export function buildKuromojiTokenizer<T>(cacheFolder: string | null | undefined = undefined): T {
  const folder = kuromojiFolder();
  const dictFolder = join(folder, 'dict');
  let cache: string | null = null;
  try {
    cache = cacheFolder === undefined ? kuromojiCacheFolder(dictFolder) : cacheFolder;
  } catch {
    cache = null;
  }
  const file = (name: KuromojiFile) => dictionaryFile(dictFolder, cache, name);
  const DynamicDictionaries = require(join(folder, 'src', 'dict', 'DynamicDictionaries.js')) as new () => DynamicDictionaries;
  const Tokenizer = require(join(folder, 'src', 'Tokenizer.js')) as new (dic: DynamicDictionaries) => T;
  const dic = new DynamicDictionaries();
  dic.loadTrie(new Int32Array(file('base')), new Int32Array(file('check')));
  dic.loadTokenInfoDictionaries(new Uint8Array(file('tid')), new Uint8Array(file('tid_pos')), new Uint8Array(file('tid_map')));
  dic.loadConnectionCosts(new Int16Array(file('cc')));
  const invoke = new Uint8Array(file('unk_invoke'));
  dic.loadUnknownDictionaries(new Uint8Array(file('unk')), new Uint8Array(file('unk_pos')), new Uint8Array(file('unk_map')), new Uint8Array(file('unk_char')),
    new Uint32Array(file('unk_compat')), invoke.subarray(0, characterClassesEnd(invoke)));
  return new Tokenizer(dic);
}
