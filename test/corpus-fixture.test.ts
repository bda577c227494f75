// Guards test/fixtures/corpus-expected.json against drifting from the pages in corpus/: other tests (clean, claims,
// compare, ingest) trust its substrings and facts, so an edit to a page or to the fixture must keep the two in step.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from 'htmlparser2';
import * as OpenCC from 'opencc-js';
import { decodeExactly } from './fixtures/make-corpus-encodings.ts';

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const EXPECTED = fileURLToPath(new URL('./fixtures/corpus-expected.json', import.meta.url));
const SEEDS = new URL('../../shared/seeds/', import.meta.url);

/** Keep/drop substrings must be long enough to be distinctive and short enough to survive whitespace normalisation. */
const MIN_MARKER_CHARS = 10;
const MAX_MARKER_CHARS = 40;
/** Markers per page per side: fewer says too little about a cleaner, more makes the fixture tedious to maintain. */
const MIN_MARKERS = 5;
const MAX_MARKERS = 10;
/** A seed line this long (after trimming) appearing in a corpus page means a sentence was copied; shorter lines are chrome like "reply". */
const MIN_COPIED_LINE_CHARS = 15;
/** How far (UTF-16 units) a quote's speaker may sit from the quoted words: the same paragraph, in practice. */
const MAX_SPEAKER_DISTANCE = 200;

/**
 * Characters Taiwanese writing uses as often as the forms OpenCC's zh-TW converter prefers (台/臺 in 台灣, 宣布/宣佈):
 * a traditional page containing them is still traditional throughout.
 */
const TRADITIONAL_VARIANTS_BOTH_FORMS = new Set(['台', '布']);

const LANGS = ['en', 'de', 'zh', 'fr', 'es', 'ja', 'ru'] as const;
const ENCODINGS = ['utf-8', 'gbk', 'big5', 'shift_jis', 'windows-1252'] as const;
const ISO_4217 = /^[A-Z]{3}$/;
const PLURAL_NOUN = /^[a-z]+s$/;

interface ExpectedClaim { entity: string; attribute: string; value: number; unit: string; time: string | null; sentence: string }
interface ExpectedPage {
  path: string; format: 'html' | 'text'; encoding: (typeof ENCODINGS)[number]; lang: string; script: 'Hans' | 'Hant' | null;
  title: string | null; keep: string[]; drop: string[]; claims: ExpectedClaim[];
  quotes: Array<{ speaker: string; sentence: string }>;
  /** Numbers in the page that are not claims (dates, views, phone numbers, versions, numbers in junk). */
  notClaims: string[];
}
interface ExpectedError { path: string; error: 'empty' | 'binary' }
type Entry = ExpectedPage | ExpectedError;

const entries: Entry[] = JSON.parse(readFileSync(EXPECTED, 'utf8'));
const pages = entries.filter((e): e is ExpectedPage => !('error' in e));
const errors = entries.filter((e): e is ExpectedError => 'error' in e);

const UTF8_BOM = [0xef, 0xbb, 0xbf];
const hasBom = (bytes: Uint8Array) => UTF8_BOM.every((b, i) => bytes[i] === b);

function decodedText(page: ExpectedPage): string {
  const bytes = readFileSync(CORPUS + page.path);
  const text = decodeExactly(hasBom(bytes) ? bytes.subarray(3) : bytes, page.encoding);
  assert.notEqual(text, null, `${page.path}: not valid ${page.encoding}`);
  return text!;
}

/** Text nodes outside <script>/<style>, entities decoded: a substring found in one of them does not span a tag. */
function htmlTextNodes(html: string): string[] {
  const out: string[] = [];
  type Node = { type: string; data?: string; name?: string; children?: Node[] };
  const walk = (node: Node) => {
    if (node.type === 'text' && node.data) out.push(node.data);
    if (node.type === 'script' || node.type === 'style') return;
    for (const child of node.children ?? []) walk(child);
  };
  walk(parseDocument(html) as unknown as Node);
  return out;
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

function listCorpusFiles(dir = CORPUS, prefix = ''): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(dir + name).isDirectory() ? listCorpusFiles(`${dir}${name}/`, `${prefix}${name}/`) : [prefix + name]);
}

const langLabel = (p: ExpectedPage) => (p.script ? `${p.lang}-${p.script}` : p.lang);

test('every file in corpus/ is listed exactly once, and every listed file exists', () => {
  const listed = entries.map((e) => e.path).sort();
  assert.deepEqual(listed, [...new Set(listed)], 'duplicate paths in the fixture');
  assert.deepEqual(listCorpusFiles().sort(), listed);
});

test('fixture entries have the documented shape', () => {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => { if (!ok) problems.push(problem); };
  for (const p of pages) {
    check(p.format === (p.path.endsWith('.html') ? 'html' : 'text'), `${p.path}: format ${p.format} disagrees with the extension`);
    check(ENCODINGS.includes(p.encoding), `${p.path}: encoding ${p.encoding}`);
    check((LANGS as readonly string[]).includes(p.lang), `${p.path}: lang ${p.lang}`);
    check((p.script !== null) === (p.lang === 'zh'), `${p.path}: script is for Chinese only`);
    for (const side of ['keep', 'drop'] as const) {
      check(p[side].length >= MIN_MARKERS && p[side].length <= MAX_MARKERS, `${p.path}: ${p[side].length} ${side} markers`);
      for (const marker of p[side]) {
        const chars = [...marker].length;
        check(chars >= MIN_MARKER_CHARS && chars <= MAX_MARKER_CHARS, `${p.path}: ${side} marker ${JSON.stringify(marker)} is ${chars} chars`);
      }
    }
    for (const c of p.claims) {
      check(Boolean(c.entity && c.attribute), `${p.path}: claim without entity or attribute`);
      check(Number.isFinite(c.value) && c.value > 0, `${p.path}: claim value ${c.value}`);
      check(ISO_4217.test(c.unit) || c.unit === '%' || PLURAL_NOUN.test(c.unit), `${p.path}: unit ${c.unit}`);
      check(c.time === null || /^\d{4}(-\d{2})?$/.test(c.time), `${p.path}: time ${c.time}`);
      check(/\d/.test(c.sentence), `${p.path}: claim sentence ${JSON.stringify(c.sentence)} does not state its number`);
    }
  }
  for (const e of errors) check(e.error === 'empty' || e.error === 'binary', `${e.path}: error ${e.error}`);
  assert.deepEqual(problems, []);
});

test('each page decodes fatally with its declared encoding, and legacy bytes are really legacy', () => {
  for (const p of pages) {
    const bytes = readFileSync(CORPUS + p.path);
    const text = decodedText(p);
    if (p.encoding !== 'utf-8') {
      assert.equal(decodeExactly(bytes, 'utf-8'), null, `${p.path}: claims ${p.encoding} but is valid UTF-8`);
      assert.ok(/[^\x00-\x7f]/.test(text), `${p.path}: no non-ASCII text, so the encoding is untested`);
    }
    const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(text)?.[1];
    if (declared) assert.equal(new TextDecoder(declared).encoding, p.encoding, `${p.path}: declares ${declared}`);
  }
});

test('the corpus exercises every way of finding an encoding', () => {
  const find = (enc: string) => pages.filter((p) => p.encoding === enc);
  const declares = (p: ExpectedPage) => /charset\s*=/i.test(decodedText(p));
  assert.ok(find('gbk').some((p) => p.format === 'html' && declares(p)), 'a GBK HTML page with <meta charset>');
  assert.ok(find('shift_jis').some((p) => p.format === 'html' && declares(p)), 'a Shift_JIS HTML page with a declaration');
  assert.ok(find('big5').some((p) => p.format === 'text' && !declares(p)), 'an undeclared Big5 text page (statistical detection)');
  assert.ok(find('windows-1252').some((p) => !declares(p)), 'an undeclared windows-1252 page');
  assert.ok(pages.some((p) => hasBom(readFileSync(CORPUS + p.path))), 'a UTF-8 page with a BOM');
  // Bytes 0x80-0x9F are where windows-1252 and ISO-8859-1 differ (and where Node 20.18.3+ TextDecoder gets it wrong).
  assert.ok(find('windows-1252').some((p) => readFileSync(CORPUS + p.path).some((b) => b >= 0x80 && b <= 0x9f)),
    'a windows-1252 page using its 0x80-0x9F characters (curly quotes)');
});

test('empty and binary pages are what the fixture says', () => {
  assert.ok(errors.some((e) => e.error === 'empty') && errors.some((e) => e.error === 'binary'));
  for (const e of errors) {
    const bytes = readFileSync(CORPUS + e.path);
    if (e.error === 'empty') assert.equal(bytes.length, 0, e.path);
    else assert.ok(bytes.includes(0) && /\.html?$/.test(e.path), `${e.path}: binary bytes (NUL) under an HTML name`);
  }
});

test('keep and drop markers occur exactly once, in text (not markup), and claims, quotes and titles are in the page', () => {
  const problems: string[] = [];
  const check = (ok: boolean, problem: string) => { if (!ok) problems.push(problem); };
  for (const p of pages) {
    const text = decodedText(p);
    const nodes = p.format === 'html' ? htmlTextNodes(text) : [text];
    const inOneTextNode = (s: string) => nodes.some((node) => node.includes(s));
    for (const marker of [...p.keep, ...p.drop]) {
      const n = occurrences(text, marker);
      check(n === 1, `${p.path}: ${JSON.stringify(marker)} occurs ${n} times, not once`);
      check(n === 0 || inOneTextNode(marker), `${p.path}: ${JSON.stringify(marker)} spans markup or sits in a script/attribute`);
    }
    for (const s of [...p.claims.map((c) => c.sentence), ...p.quotes.map((q) => q.sentence), ...p.notClaims]) {
      check(inOneTextNode(s), `${p.path}: ${JSON.stringify(s)} not found in the page text`);
    }
    for (const q of p.quotes) {
      const at = text.indexOf(q.sentence);
      const near = text.slice(Math.max(0, at - MAX_SPEAKER_DISTANCE), at + q.sentence.length + MAX_SPEAKER_DISTANCE);
      check(at !== -1 && near.includes(q.speaker), `${p.path}: speaker ${q.speaker} not next to the quote`);
    }
    if (p.title !== null) check(inOneTextNode(p.title), `${p.path}: title ${JSON.stringify(p.title)} not in the page`);
    for (const c of p.claims) {
      check(!p.drop.some((d) => c.sentence.includes(d) || d.includes(c.sentence)), `${p.path}: claim ${JSON.stringify(c.sentence)} overlaps a drop marker`);
    }
  }
  assert.deepEqual(problems, []);
});

test('languages: at least 7, both Chinese scripts, each with an HTML and a text page', () => {
  const labels = new Set(pages.map(langLabel));
  assert.ok(new Set(pages.map((p) => p.lang)).size >= 7, [...labels].join(','));
  for (const label of ['en', 'de', 'zh-Hans', 'zh-Hant', 'fr', 'es', 'ja', 'ru']) {
    const mine = pages.filter((p) => langLabel(p) === label);
    assert.ok(mine.some((p) => p.format === 'html') && mine.some((p) => p.format === 'text'), `${label}: needs an html and a text page`);
  }
});

test('Chinese pages use one script throughout', () => {
  const toSimplified = OpenCC.Converter({ from: 'tw', to: 'cn' });
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });
  const problems: string[] = [];
  for (const p of pages.filter((p) => p.lang === 'zh')) {
    const chars = [...decodedText(p)];
    const converted = [...(p.script === 'Hans' ? toSimplified : toTraditional)(chars.join(''))];
    assert.equal(converted.length, chars.length, `${p.path}: OpenCC changed the length, cannot compare per character`);
    const foreign = new Set(chars.filter((c, i) => converted[i] !== c && !TRADITIONAL_VARIANTS_BOTH_FORMS.has(c)));
    if (foreign.size) problems.push(`${p.path} (${p.script}): ${[...foreign].join('')}`);
  }
  assert.deepEqual(problems, []);
});

/** Languages whose pages state this fact, by value. */
function statedBy(entity: string, attribute: string): Map<number, Set<string>> {
  const byValue = new Map<number, Set<string>>();
  for (const p of pages) {
    for (const c of p.claims) {
      if (c.entity !== entity || c.attribute !== attribute) continue;
      if (!byValue.has(c.value)) byValue.set(c.value, new Set());
      byValue.get(c.value)!.add(langLabel(p));
    }
  }
  return byValue;
}

test('shared facts agree across languages', () => {
  const agreements: Array<[entity: string, attribute: string, value: number, mustInclude: string[]]> = [
    ['PaLM', 'parameters', 540e9, ['zh-Hant', 'de', 'en']],
    ['OpenAI', 'spending', 540e6, ['zh-Hans', 'en', 'de']],
    ['OpenAI', 'revenue', 28e6, ['zh-Hans', 'en']],
    ['LLaMA', 'parameters', 65e9, ['zh-Hans', 'ja', 'ru']],
    ['Alpaca', 'cost', 600, ['es', 'zh-Hant']],
  ];
  for (const [entity, attribute, value, mustInclude] of agreements) {
    const byValue = statedBy(entity, attribute);
    const langs = byValue.get(value) ?? new Set();
    for (const lang of mustInclude) assert.ok(langs.has(lang), `${entity} ${attribute} ${value}: missing in ${lang}`);
    assert.equal(byValue.size, 1, `${entity} ${attribute} should agree everywhere, found ${[...byValue.keys()].join(' vs ')}`);
  }
});

test('two facts conflict across languages', () => {
  const conflicts: Array<[entity: string, attribute: string, Record<number, string[]>]> = [
    ['GPT-3', 'cost', { 27.6e6: ['de'], 4.6e6: ['en', 'fr'] }],
    ['Mistral AI', 'employees', { 35: ['fr'], 60: ['es'] }],
  ];
  for (const [entity, attribute, expected] of conflicts) {
    const byValue = statedBy(entity, attribute);
    assert.deepEqual([...byValue.keys()].sort(), Object.keys(expected).map(Number).sort(), `${entity} ${attribute}`);
    for (const [value, langs] of Object.entries(expected)) {
      for (const lang of langs) assert.ok(byValue.get(Number(value))!.has(lang), `${entity} ${attribute} ${value} in ${lang}`);
    }
  }
});

test('attributed quotes in several languages', () => {
  const quoted = new Set(pages.filter((p) => p.quotes.length > 0).map(langLabel));
  assert.ok(quoted.size >= 2, [...quoted].join(','));
});

test('no line of the shared seed pages was copied into the corpus', { skip: !existsSync(SEEDS) && 'needs /work/shared/seeds' }, () => {
  const seedLines = readdirSync(SEEDS).flatMap((name) => readFileSync(new URL(name, SEEDS), 'utf8').split('\n'))
    .map((line) => line.trim()).filter((line) => [...line].length >= MIN_COPIED_LINE_CHARS);
  const copied = pages.flatMap((p) => {
    const text = decodedText(p);
    return seedLines.filter((line) => text.includes(line)).map((line) => `${p.path}: ${JSON.stringify(line)}`);
  });
  assert.deepEqual(copied, []);
});
