// The command line against the conventions of git, ripgrep and clap-based tools: each row of issue 17's table of
// what a new user expects is one test here (the package rows are in package.test.ts).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { main } from '../src/cli/main.ts';
import { closest, parseCommand, type Io } from '../src/cli/args.ts';
import { displayWidth, formatTable, trimAround, wrapText } from '../src/cli/table.ts';
import { formatDuration, progressLine } from '../src/cli/progress.ts';
import { ingest } from '../src/pipeline/runner.ts';
import { loadPipeline } from '../src/pipeline/config.ts';
import { KNOWN_STAGES } from '../src/pipeline/registry.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/claimscope.js');

function captureIo(options: { columns?: number; color?: boolean } = {}): Io & { stdout: string; stderr: string } {
  const io = {
    stdout: '', stderr: '', tty: false, ...options,
    out(t: string) { io.stdout += `${t}\n`; },
    err(t: string) { io.stderr += `${t}\n`; },
    async stdin() { return ''; },
  };
  return io;
}

let dir: string;
let db: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimscope-cli-'));
  db = join(dir, 'corpus.db');
  await ingest({ dir: join(ROOT, 'corpus'), db, pipeline: loadPipeline(join(ROOT, 'pipelines/offline.json'), KNOWN_STAGES), workers: 0 });
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('--version and -V print the package version; help <command> prints that command\'s usage', async () => {
  const { version } = (await import('../package.json', { with: { type: 'json' } })).default;
  for (const flag of ['--version', '-V']) {
    const io = captureIo();
    assert.equal(await main([flag], io), 0);
    assert.equal(io.stdout.trim(), `claimscope ${version}`);
  }
  const io = captureIo();
  assert.equal(await main(['help', 'ingest'], io), 0);
  assert.match(io.stdout, /^claimscope ingest <dir\|file\|archive\.warc\.gz\|-> \[options\]/);
  assert.match(io.stdout, /--force\[=STAGE\]/);
});

test('a mistyped command or option gets "did you mean", exit 2', async () => {
  const cases: Array<[string[], RegExp]> = [
    [['ingset'], /unknown command "ingset"\. Did you mean "ingest"\?/],
    [['compaer'], /Did you mean "compare"\?/],
    [['help', 'claim'], /Did you mean "claims"\?/],
    [['claims', '--entiy', 'X'], /unknown option --entiy \(did you mean --entity\?\)/],
    [['export', '--fromat', 'csv'], /did you mean --format\?/],
  ];
  for (const [argv, message] of cases) {
    const io = captureIo();
    assert.equal(await main(argv, io), 2, argv.join(' '));
    assert.match(io.stderr, message, argv.join(' '));
  }
  const io = captureIo();
  assert.equal(await main(['frobnicate'], io), 2);
  assert.doesNotMatch(io.stderr, /did you mean/i, 'no guess when nothing is close');
});

test('closest: near typos and prefixes, nothing for unrelated words', () => {
  const commands = ['ingest', 'status', 'claims', 'entities', 'compare', 'show', 'export'];
  const cases: Array<[string, string | null]> = [['ingset', 'ingest'], ['stauts', 'status'], ['entites', 'entities'], ['comp', 'compare'],
    ['exprot', 'export'], ['shwo', 'show'], ['xyz', null], ['deploy', null]];
  for (const [typo, want] of cases) assert.equal(closest(typo, commands), want, typo);
});

test('--force alone means every stage, --force=STAGE one stage; absent it is undefined', () => {
  const options = { force: { type: 'string', optionalValue: '' }, db: { type: 'string' } } as const;
  assert.equal(parseCommand(['corpus', '--force'], options, 1).values.force, '');
  assert.deepEqual(parseCommand(['--force', 'corpus'], options, 1).positionals, ['corpus']);
  assert.equal(parseCommand(['corpus', '--force=clean'], options, 1).values.force, 'clean');
  assert.equal(parseCommand(['corpus'], options, 1).values.force, undefined);
});

test('ingest <dir> --force re-runs every stage', async () => {
  const io = captureIo();
  assert.equal(await main(['ingest', join(ROOT, 'corpus'), '--db', db, '--pipeline', join(ROOT, 'pipelines/offline.json'), '--concurrency', '0', '--force', '--json'], io), 0, io.stderr);
  const summary = JSON.parse(io.stdout) as { stages: Record<string, { ran: number; unchanged: number }> };
  assert.ok(summary.stages.clean.ran > 0);
  assert.equal(summary.stages.clean.unchanged, 0);
});

test('export | head ends quietly: no EPIPE trace, exit 0', async () => {
  const child = spawn(process.execPath, [BIN, 'export', '--db', db, '--format', 'ndjson'], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => { stderr += d; });
  // Read one chunk, then close the pipe as head does: the export (140 KB) is larger than the pipe's buffer.
  await new Promise<void>((resolve) => child.stdout.once('data', () => { child.stdout.destroy(); resolve(); }));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(stderr, '');
  assert.equal(code, 0);
});

test('every command that prints ends quietly when its reader has closed the pipe (issue 15): no EPIPE trace, exit 0', async () => {
  const commands = [['claims'], ['entities'], ['compare'], ['status'], ['show', 'de-digitalpuls-ki-rechnung.html'], ['export', '--format', 'csv'], ['help']];
  for (const args of commands) {
    const child = spawn(process.execPath, [BIN, ...args, ...(args[0] === 'help' ? [] : ['--db', db])], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    // Closed before the command writes a byte: its first write meets EPIPE, whatever the size of its output.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(stderr, '', args.join(' '));
    assert.equal(code, 0, args.join(' '));
  }
});

test('claims and compare fit COLUMNS: numbers whole, sentences trimmed around their quantity', async () => {
  for (const columns of [140, 180]) {
    const io = captureIo({ columns });
    assert.equal(await main(['claims', '--db', db, '--lang', 'de'], io), 0);
    const lines = io.stdout.trimEnd().split('\n');
    for (const line of lines.slice(0, -2)) assert.ok(displayWidth(line) <= columns, `${displayWidth(line)} > ${columns}: ${line}`);
    const json = captureIo();
    await main(['claims', '--db', db, '--lang', 'de', '--json'], json);
    for (const claim of JSON.parse(json.stdout) as Array<{ low: number; quantityText: string | null; attribute: string }>) {
      if (claim.attribute === 'quote') continue;
      const low = claim.low.toLocaleString('en-US');
      assert.ok(lines.some((l) => l.includes(low) && l.includes(claim.quantityText!)), `the value ${low} and "${claim.quantityText}" show whole at ${columns} columns`);
    }
  }
  const io = captureIo({ columns: 120 });
  assert.equal(await main(['compare', '--db', db], io), 0);
  for (const line of io.stdout.split('\n')) assert.ok(displayWidth(line) <= 120 || !line.startsWith('  '), `too wide: ${line}`);
  assert.match(io.stdout, /27,6 Millionen US-Dollar/, 'the quantity shows inside a trimmed sentence');
  const piped = captureIo();
  await main(['compare', '--db', db], piped);
  assert.ok(piped.stdout.split('\n').some((l) => displayWidth(l) > 120), 'into a pipe (no width), sentences are whole');
});

test('below the width a claims table needs, value intervals break after their ".." and then each claim shows as a record', async () => {
  const json = captureIo();
  await main(['claims', '--db', db, '--json'], json);
  const claims = (JSON.parse(json.stdout) as Array<{ low: number; quantityText: string | null; attribute: string }>).filter((c) => c.attribute !== 'quote');
  for (const c of claims) assert.ok('subject' in c, 'claims --json carries the subject as written beside the entity');
  for (const columns of [125, 100, 80, 60]) {
    const io = captureIo({ columns });
    assert.equal(await main(['claims', '--db', db], io), 0);
    const lines = io.stdout.trimEnd().split('\n');
    for (const line of lines) assert.ok(displayWidth(line) <= columns, `${displayWidth(line)} > ${columns}: ${line}`);
    // A record's sentence wraps: at spaces, and between CJK characters (never inside a number).
    const flat = io.stdout.replace(/\s+/g, '');
    for (const c of claims) {
      assert.match(io.stdout, new RegExp(`(^|\\s)${c.low.toLocaleString('en-US')}(\\s|$)`), `${c.low} whole at ${columns} columns`);
      assert.ok(flat.includes(c.quantityText!.replace(/\s+/g, '')), `"${c.quantityText}" all there at ${columns} columns`);
    }
    assert.equal(lines.some((l) => /^-\[ 1 \]-+$/.test(l)), columns < 110, `records only when the table cannot fit ${columns} columns`);
  }
  const piped = captureIo();
  await main(['claims', '--db', db], piped);
  assert.doesNotMatch(piped.stdout, /^-\[ 1 \]/m, 'into a pipe (no width) it stays a table');
  const compare = captureIo({ columns: 60 });
  await main(['compare', '--db', db], compare);
  for (const line of compare.stdout.split('\n')) assert.ok(displayWidth(line) <= 60, `compare too wide: ${line}`);
  assert.match(compare.stdout, /\n {6}\S.*27,6 Millionen US-Dollar/, 'on a narrow terminal the sentence goes on its own line');
});

test('wrapText breaks at spaces, and inside a word only when it is wider than the line', () => {
  assert.deepEqual(wrapText('cannot read the file (EACCES: permission denied)', 20), ['cannot read the file', '(EACCES: permission', 'denied)']);
  assert.deepEqual(wrapText('中文中文中文', 5), ['中文', '中文', '中文']);
  assert.deepEqual(wrapText('约5亿4000万美元', 8), ['约5亿', '4000万美', '元'], 'CJK breaks between characters, not inside 4000');
  assert.deepEqual(wrapText('short', 20), ['short']);
});

test('trimAround keeps the focus and shares the context; formatTable narrows only the columns it may', () => {
  const text = 'In its annual report the company said that revenue reached 12.5 million euros last year, a record for the firm.';
  const at = text.indexOf('12.5 million euros');
  for (const width of [20, 30, 50]) {
    const trimmed = trimAround(text, at, at + '12.5 million euros'.length, width);
    assert.ok(trimmed.includes('12.5 million euros'), trimmed);
    assert.ok(displayWidth(trimmed) <= width, trimmed);
    assert.ok(trimmed.startsWith('…') && trimmed.endsWith('…'), trimmed);
  }
  assert.equal(trimAround(text, at, at + 18, 10), '12.5 million euros', 'a quantity wider than the column shows whole');
  assert.equal(trimAround('short', 0, 5, 10), 'short');
  const table = formatTable(['value', 'sentence'], [['540,500,000,000', 'x'.repeat(80)]], { width: 40, shrink: [1] });
  assert.match(table, /540,500,000,000/);
  for (const line of table.split('\n')) assert.ok(displayWidth(line) <= 40, line);
  assert.match(formatTable(['a'], [['中文'.repeat(30)]], { width: 30, shrink: [0] }).split('\n')[2], /^(中文)+…$/);
});

test('NO_COLOR turns colours off; FORCE_COLOR turns them on outside a terminal', () => {
  const run = (env: Record<string, string>) => spawnSync(process.execPath, [BIN, 'compare', '--db', db], { encoding: 'utf8', env: { ...process.env, ...env } }).stdout;
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  assert.match(run({ FORCE_COLOR: '1' }), /\x1b\[3[12]m(AGREE|CONFLICT)/);
  assert.doesNotMatch(run({ FORCE_COLOR: '1', NO_COLOR: '1' }), /\x1b\[/);
});

test('progress: total, percentage, rate and time left; without a total, the count and rate', () => {
  assert.equal(progressLine(500, 2000, 2000, true), `[${'#'.repeat(6)}${' '.repeat(18)}] 500/2000  25%  250 pages/s  ETA 6s`);
  assert.equal(progressLine(500, 2000, 2000, false), '500/2000  25%  250 pages/s  ETA 6s');
  assert.equal(progressLine(30, undefined, 1000, true), '30 pages  30 pages/s');
  assert.deepEqual([42, 187, 3900].map(formatDuration), ['42s', '3m07s', '1h05m']);
});

test('--jsonl on every listing command: one JSON object a line, the same objects as --json', async () => {
  for (const command of [['claims'], ['entities'], ['compare'], ['models']]) {
    const jsonl = captureIo();
    const json = captureIo();
    assert.equal(await main([...command, '--db', db, '--jsonl'].filter((a) => command[0] !== 'models' || (a !== '--db' && a !== db)), jsonl), 0, command[0]);
    await main([...command, '--db', db, '--json'].filter((a) => command[0] !== 'models' || (a !== '--db' && a !== db)), json);
    const lines = jsonl.stdout.trimEnd().split('\n');
    assert.ok(lines.length > 1, command[0]);
    assert.deepEqual(lines.map((l) => JSON.parse(l)), JSON.parse(json.stdout), command[0]);
  }
});

test('export carries what the database knows: author, date, site, URL; each claim\'s quantity text, time and speaker', async () => {
  const io = captureIo();
  assert.equal(await main(['export', '--db', db, '--format', 'ndjson'], io), 0);
  const records = io.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
  for (const r of records) for (const key of ['author', 'published', 'site', 'url']) assert.ok(key in r, `${r.path} has ${key}`);
  const claims = records.flatMap((r) => r.claims);
  assert.ok(claims.length > 0);
  for (const c of claims) for (const key of ['quantityText', 'time', 'speaker', 'subject']) assert.ok(key in c, key);
  // The subject as written beside the canonical entity: a claim about a name keeps the page's form of it.
  assert.ok(claims.some((c) => c.entity !== null && c.subject !== null && c.subject !== c.entity), 'some subject is written otherwise than its canonical');
  assert.ok(claims.some((c) => c.time !== null), 'some claim states its time');
  assert.ok(claims.some((c) => c.attribute !== 'quote' && c.quantityText && c.text.includes(c.quantityText)), 'quantity text is part of the sentence');
  assert.ok(records.some((r) => r.author || r.published || r.site), 'some page states its author, date or site');
});

test('export --format csv --bom: a byte order mark for spreadsheets, then one row per claim', async () => {
  const plain = captureIo();
  await main(['export', '--db', db, '--format', 'csv'], plain);
  const bom = captureIo();
  assert.equal(await main(['export', '--db', db, '--format', 'csv', '--bom'], bom), 0);
  assert.ok(!plain.stdout.startsWith('\uFEFF'));
  assert.equal(bom.stdout, `\uFEFF${plain.stdout}`);
  assert.match(plain.stdout, /^path,url,article_lang,.*,quantity_text,time,speaker,method,text,subject\n/);
  const usage = captureIo();
  assert.equal(await main(['export', '--db', db, '--format', 'ndjson', '--bom'], usage), 2);
});

test('the database for sqlite3 and Datasette users: claims_view, groups_view, full-text and 2-character CJK search', async () => {
  const { default: Database } = await import('better-sqlite3');
  const sqlite = new Database(db, { readonly: true });
  try {
    const claims = sqlite.prepare("SELECT article, lang, entity, measure, value, sentence FROM claims_view WHERE lang = 'de' AND measure <> 'quote'").all() as Array<{ sentence: string; value: number }>;
    assert.ok(claims.length > 0 && claims.every((c) => typeof c.value === 'number' && c.sentence.length > 0));
    const groups = sqlite.prepare('SELECT entity, measure, verdict, claims, articles, languages FROM groups_view').all() as Array<{ claims: number; articles: number; languages: string }>;
    assert.ok(groups.length > 0 && groups.every((g) => g.claims >= 2 && g.articles >= 2 && g.languages.length > 0));
    const found = sqlite.prepare("SELECT c.id FROM claims_fts f JOIN claims c ON c.id = f.rowid WHERE claims_fts MATCH '\"Millionen\"'").all();
    assert.ok(found.length > 0, 'claims_fts rowids are claim ids');
    const viaView = sqlite.prepare("SELECT claim_id FROM claims_view WHERE sentence LIKE '%参数%' OR sentence LIKE '%參數%'").all();
    assert.ok(viaView.length > 0, 'two CJK characters, through LIKE');
    // Datasette's detect_fts (datasette/utils/__init__.py): a virtual FTS table whose SQL names content="<table>".
    const detectFts = (table: string) => sqlite.prepare(`SELECT name FROM sqlite_master WHERE rootpage = 0
      AND sql LIKE '%VIRTUAL TABLE%USING FTS%content="${table}"%'`).pluck().all();
    assert.deepEqual(detectFts('articles'), ['articles_fts']);
    assert.deepEqual(detectFts('claims'), ['claims_fts']);
    const article = sqlite.prepare("SELECT a.path, highlight(articles_fts, 1, '[', ']') AS hit FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid WHERE articles_fts MATCH '\"Sprachmodell\"'").all() as Array<{ hit: string }>;
    assert.ok(article.length > 0 && article.every((a) => a.hit.includes('[Sprachmodell]')), 'highlights come from the articles table itself');
  } finally {
    sqlite.close();
  }
  const io = captureIo();
  assert.equal(await main(['claims', '--db', db, '--search', '參數', '--jsonl'], io), 0);
  assert.ok(io.stdout.trim().split('\n').length > 0 && io.stdout.includes('參數'), 'claims --search answers a 2-character query');
});

test('the full-text indexes follow their tables through edits and removals (FTS5 integrity-check against the content)', async () => {
  const pages = join(dir, 'fts-pages');
  const ftsDb = join(dir, 'fts.db');
  const { mkdirSync, writeFileSync, unlinkSync } = await import('node:fs');
  mkdirSync(pages);
  const page = (word: string) => `<html><head><title>Port ${word}</title></head><body><p>The port authority said the ${word} crane lifts 80 tonnes and cost 4 million euros.</p></body></html>`;
  writeFileSync(join(pages, 'a.html'), page('yellow'));
  writeFileSync(join(pages, 'b.html'), page('purple'));
  const pipeline = loadPipeline(join(ROOT, 'pipelines/offline.json'), KNOWN_STAGES);
  await ingest({ dir: pages, db: ftsDb, pipeline, workers: 0 });
  writeFileSync(join(pages, 'a.html'), page('orange'));
  unlinkSync(join(pages, 'b.html'));
  await ingest({ dir: pages, db: ftsDb, pipeline, workers: 0 });
  const { default: Database } = await import('better-sqlite3');
  const sqlite = new Database(ftsDb);
  try {
    for (const fts of ['articles_fts', 'claims_fts']) sqlite.prepare(`INSERT INTO ${fts} (${fts}, rank) VALUES ('integrity-check', 1)`).run();
    const hits = (table: string, word: string) => sqlite.prepare(`SELECT COUNT(*) FROM ${table} WHERE ${table} MATCH ?`).pluck().get(`"${word}"`);
    assert.deepEqual(['orange', 'yellow', 'purple'].map((w) => hits('articles_fts', w)), [1, 0, 0]);
    const claims = sqlite.prepare("SELECT COUNT(*) FROM claims WHERE text LIKE '%orange%'").pluck().get() as number;
    assert.ok(claims > 0);
    assert.deepEqual(['orange', 'yellow', 'purple'].map((w) => hits('claims_fts', w)), [claims, 0, 0]);
  } finally {
    sqlite.close();
  }
});

test('models install adds the runtime where this claimscope resolves packages: the project, the global folder, or the checkout', async () => {
  const { runtimeInstallCommand } = await import('../src/cli/models.ts');
  const spec = `@huggingface/transformers@${(await import('../package.json', { with: { type: 'json' } })).default.peerDependencies['@huggingface/transformers']}`;
  // The peer dependency's range is read from the package.json at the package root.
  const { mkdirSync, copyFileSync } = await import('node:fs');
  const project = join(dir, 'app');
  const installed = join(project, 'node_modules/claimscope');
  const global = join(dir, 'prefix/lib/node_modules/claimscope');
  for (const at of [installed, global]) {
    mkdirSync(at, { recursive: true });
    copyFileSync(join(ROOT, 'package.json'), join(at, 'package.json'));
  }
  assert.deepEqual(runtimeInstallCommand(installed, '/usr/lib/node_modules'), { cwd: project, args: ['install', spec] });
  assert.deepEqual(runtimeInstallCommand(global, join(dir, 'prefix/lib/node_modules')), { cwd: join(dir, 'prefix/lib'), args: ['install', '--global', spec] });
  assert.deepEqual(runtimeInstallCommand(ROOT.replace(/\/$/, ''), null), { cwd: ROOT.replace(/\/$/, ''), args: ['install', '--no-save', spec] });
});
