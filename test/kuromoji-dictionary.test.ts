// kuromoji's dictionary loaded from a gunzipped copy in the cache (kuromoji-dictionary.ts) is kuromoji's own: the same
// tokens as its builder gives, whether the copy is made now, read back, or not made at all (no writable cache), and a
// copy written by two loads at once is whole.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { execFile } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { KUROMOJI_FILES, buildKuromojiTokenizer, characterClassesEnd, dictionaryFile, kuromojiCacheFolder, kuromojiFolder, withoutTrailingZeros } from '../src/text/claims/kuromoji-dictionary.ts';

interface Tokenizer { tokenize(text: string): unknown[] }
const require = createRequire(import.meta.url);
const dictFolder = join(kuromojiFolder(), 'dict');
const TEXTS = [
  '港北区の図書館は昨年、貸し出しが１２万冊を超えたと発表した。',
  'マルティナ・ベルク氏は札幌で講演し、新しい橋の工事費は４５億円になると述べた。',
  'ｶﾀｶﾅ、ABCと123、そして絵文字😀も混ざる「引用」…',
];

const kuromojiOwn = () => new Promise<Tokenizer>((resolve, reject) => {
  (require('kuromoji') as { builder(o: { dicPath: string }): { build(cb: (e: Error | null, t: Tokenizer) => void): void } })
    .builder({ dicPath: dictFolder }).build((error, t) => (error ? reject(error) : resolve(t)));
});

test('the tokenizer from the cached copy gives kuromoji\'s tokens: copy made, copy read back, no cache', async () => {
  const own = await kuromojiOwn();
  const expected = TEXTS.map((t) => JSON.stringify(own.tokenize(t)));
  const dir = mkdtempSync(join(tmpdir(), 'kuromoji-cache-'));
  try {
    for (const cache of [dir, dir, null]) {
      const tokenizer = buildKuromojiTokenizer<Tokenizer>(cache);
      assert.deepEqual(TEXTS.map((t) => JSON.stringify(tokenizer.tokenize(t))), expected, `cache ${cache}`);
    }
    assert.deepEqual(readdirSync(dir).sort(), KUROMOJI_FILES.map((f) => `${f}.bin`).sort(), 'one copy per file, no temporary file left');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a cached file reads back as the gunzipped file, its trailing zeros included; a damaged copy is not read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kuromoji-cache-'));
  try {
    for (const name of ['unk', 'unk_compat', 'cc'] as const) {
      const gunzipped = gunzipSync(readFileSync(join(dictFolder, `${name}.dat.gz`)));
      dictionaryFile(dictFolder, dir, name); // writes the copy
      assert.ok(readFileSync(join(dir, `${name}.bin`)).length <= withoutTrailingZeros(gunzipped) + 8, `${name}: stored without its trailing zeros`);
      assert.ok(Buffer.from(dictionaryFile(dictFolder, dir, name)).equals(gunzipped), `${name}: read back whole`);
    }
    // A copy longer than the length its header states is not trusted: the file is gunzipped again.
    const path = join(dir, 'unk_char.bin');
    const header = Buffer.alloc(8);
    header.writeBigUInt64LE(4n);
    writeFileSync(path, Buffer.concat([header, Buffer.from([1, 2, 3, 4, 5, 6])]));
    const gunzipped = gunzipSync(readFileSync(join(dictFolder, 'unk_char.dat.gz')));
    assert.ok(Buffer.from(dictionaryFile(dictFolder, dir, 'unk_char')).equals(gunzipped));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('two loads writing the same copy at once each leave it whole', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'kuromoji-cache-'));
  try {
    const gunzipped = gunzipSync(readFileSync(join(dictFolder, 'tid_map.dat.gz')));
    const moduleUrl = new URL('../src/text/claims/kuromoji-dictionary.ts', import.meta.url).href;
    const script = `import { dictionaryFile } from ${JSON.stringify(moduleUrl)}; dictionaryFile(${JSON.stringify(dictFolder)}, ${JSON.stringify(dir)}, 'tid_map');`;
    // Three processes, each gunzipping and writing the copy while the others do.
    await Promise.all([0, 1, 2].map(() => new Promise<void>((resolve, reject) => {
      execFile(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], (error) => (error ? reject(error) : resolve()));
    })));
    assert.deepEqual(readdirSync(dir), ['tid_map.bin']);
    assert.ok(Buffer.from(dictionaryFile(dictFolder, dir, 'tid_map')).equals(gunzipped));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the cache folder is named for kuromoji\'s version and files, under the given root', () => {
  const folder = kuromojiCacheFolder(dictFolder, '/some/cache');
  const { version } = JSON.parse(readFileSync(join(kuromojiFolder(), 'package.json'), 'utf8')) as { version: string };
  assert.match(folder, new RegExp(`^/some/cache/dictionaries/kuromoji-${version.replace(/\./g, '\\.')}-[0-9a-f]+$`));
  assert.equal(kuromojiCacheFolder(dictFolder, '/some/cache'), folder, 'the same name each time');
  assert.ok(!existsSync('/some/cache'), 'naming it creates nothing');
});

test('the character classes read without unk_invoke\'s trailing zeros are kuromoji\'s named classes, in order', () => {
  const bytes = new Uint8Array(gunzipSync(readFileSync(join(dictFolder, 'unk_invoke.dat.gz'))));
  const InvokeDefinitionMap = require(join(kuromojiFolder(), 'src', 'dict', 'InvokeDefinitionMap.js')) as { load(b: Uint8Array): { map: Array<{ class_name: string }>; lookup(name: string): number | null } };
  const whole = InvokeDefinitionMap.load(bytes);
  const end = characterClassesEnd(bytes);
  assert.ok(end > 0 && end < 1024, `${end} bytes of classes`);
  const trimmed = InvokeDefinitionMap.load(bytes.subarray(0, end));
  const named = whole.map.filter((c) => c.class_name !== '');
  assert.ok(named.length >= 10, `${named.length} classes`);
  assert.deepEqual(trimmed.map, named);
  for (const c of named) assert.equal(trimmed.lookup(c.class_name), whole.lookup(c.class_name), c.class_name);
  // Made-up bytes: two classes, then zeros.
  const made = new Uint8Array([1, 0, 2, 0, 0, 0, 65, 0, 0, 1, 3, 0, 0, 0, 66, 67, 0, 0, 0, 0, 0, 0, 0, 0]);
  assert.equal(characterClassesEnd(made), 17);
});
