// Cross-document repetition: blocks on most pages of a folder are template text; a quote shared by two articles is not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CleanDocument } from '../src/types.ts';
import { ingest } from '../src/pipeline/runner.ts';
import { parsePipeline } from '../src/pipeline/config.ts';
import { KNOWN_STAGES } from '../src/pipeline/registry.ts';
import { openDatabase } from '../src/store/store.ts';
import { MIN_BLOCK_CHARS, blockHash, dropRepeatedParagraphs, normaliseBlock, pageBlockHashes, repeatedHashes, surelyTooShort } from '../src/text/clean/repeated.ts';

const DISCLAIMER_DE = 'Alle Beiträge stammen von registrierten Lesern; die Rechte liegen bei den jeweiligen Autoren. Stand: 12.04.2023';
const PITCH_ZH = '关注我们的公众号，第一时间获取人工智能行业最新资讯。';
const QUOTE = '"The expensive part is no longer teaching a model to chat," said Elena Marsh.';
const pages = (folder: string) => [
  { folder, blocks: ['GPT-3 training cost estimates vary widely between analysts.', DISCLAIMER_DE, PITCH_ZH, QUOTE] },
  { folder, blocks: ['Mistral AI has 35 employees according to the company.', DISCLAIMER_DE.replace('12.04.2023', '30.03.2023'), PITCH_ZH, QUOTE] },
  { folder, blocks: ['OpenAI spent about 540 million dollars in 2022.', DISCLAIMER_DE, PITCH_ZH, PITCH_ZH] },
  { folder, blocks: ['LLaMA weights leaked within a week of the release.', DISCLAIMER_DE.replace('12.04.2023', '01.05.2023')] },
  { folder, blocks: ['Alpaca was fine-tuned for less than 600 dollars.', DISCLAIMER_DE] },
];

test('normalisation folds case, digits, punctuation and width', () => {
  assert.equal(normaliseBlock('Stand: 12.04.2023 — ALLE Rechte'), normaliseBlock('stand 30.03.2023 alle rechte'));
  assert.equal(normaliseBlock('ＡＢＣ　１２３！'), 'abc 0');
});

const hashesOf = (folder: string) => pages(folder).map((p) => pageBlockHashes(p.blocks));

test('blocks on most pages of a folder are repeated; a block twice on one page counts once; quotes on two pages are not', () => {
  const repeated = new Set(repeatedHashes(hashesOf('a')));
  const [disclaimer, pitch, quote, article] = pageBlockHashes([DISCLAIMER_DE, PITCH_ZH, QUOTE, 'GPT-3 training cost estimates vary widely between analysts.']);
  assert.ok(repeated.has(disclaimer), 'on 5 of 5 pages, dates inside do not split the count');
  assert.ok(repeated.has(pitch), '3 of 5 pages (twice on one page counts once)');
  assert.ok(!repeated.has(quote), 'a quote on 2 pages is content');
  assert.ok(!repeated.has(article));
  assert.equal(repeated.size, 2);
});

test('small folders: fewer than three pages never have repeated blocks; a share under half is not template text', () => {
  assert.deepEqual(repeatedHashes(hashesOf('a').slice(0, 2)), []);
  const diluted = [...hashesOf('a'), ...Array.from({ length: 8 }, (_, i) => pageBlockHashes([`Page ${'abcdefgh'[i]} has its own long paragraph of text here.`]))];
  assert.deepEqual(repeatedHashes(diluted), [], '5 of 13 pages is under half');
});

test('repeated paragraphs move to removed with their reason; others stay in order', () => {
  const repeated = new Set(repeatedHashes(hashesOf('f')));
  const doc: CleanDocument = {
    title: 't', author: null, published: null, siteName: null, langHint: null, method: 'text',
    paragraphs: [{ text: 'OpenAI spent about 540 million dollars in 2022.', kind: 'p' }, { text: DISCLAIMER_DE, kind: 'p' }],
    removed: [{ text: 'ads', reason: 'ad' }],
  };
  const out = dropRepeatedParagraphs(doc, repeated);
  assert.deepEqual(out.paragraphs.map((p) => p.text), ['OpenAI spent about 540 million dollars in 2022.']);
  assert.deepEqual(out.removed, [{ text: 'ads', reason: 'ad' }, { text: DISCLAIMER_DE, reason: 'repeated' }]);
  assert.equal(dropRepeatedParagraphs(doc, new Set()), doc);
});

test('ingest: a block on most pages of a folder is removed as repeated there, not in other folders; re-runs converge', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-repeated-'));
  const ARTICLES = [
    'Mistral AI has thirty-five employees in Paris, according to the founders, and hires quickly.',
    'OpenAI spent about five hundred and forty million dollars on compute and staff last year.',
    'Alpaca was fine-tuned for less than six hundred dollars by a small group of researchers.',
    'LLaMA weights leaked within a week of the release, and forks appeared on every forum.',
  ];
  // Template prose that no line rule catches: only its repetition across the folder gives it away.
  const TEMPLATE = 'Our newsroom checks every report against two independent sources before it appears, and corrects mistakes openly on this page.';
  mkdirSync(join(dir, 'site'));
  mkdirSync(join(dir, 'other'));
  ARTICLES.forEach((text, i) => writeFileSync(join(dir, 'site', `${i}.txt`), `${text}\n\n${TEMPLATE}\n`));
  writeFileSync(join(dir, 'other', 'a.txt'), `${ARTICLES[0]}\n\n${TEMPLATE}\n`);
  const pipeline = parsePipeline({ stages: [{ stage: 'read' }, { stage: 'clean' }, { stage: 'language' }] }, KNOWN_STAGES);
  const db = join(dir, 'x.db');
  const run = () => ingest({ dir, db, pipeline, workers: 0 });
  const removedRepeated = () => {
    const handle = openDatabase(db);
    const rows = handle.prepare(`SELECT a.path FROM removed_blocks r JOIN articles a ON a.id = r.article_id WHERE r.reason = 'repeated' ORDER BY a.path`).pluck().all();
    const kept = handle.prepare(`SELECT count(*) FROM paragraphs WHERE text LIKE 'Our newsroom checks%'`).pluck().get();
    handle.close();
    return { rows, kept };
  };
  try {
    const first = await run();
    assert.deepEqual(first.failures, []);
    assert.deepEqual(removedRepeated(), { rows: ['site/0.txt', 'site/1.txt', 'site/2.txt', 'site/3.txt'], kept: 1 });
    const again = await run();
    for (const [stage, c] of Object.entries(again.stages)) assert.equal(c.ran, 0, `${stage} ran on an unchanged corpus`);
    // Half the folder now lacks the disclaimer: 2 of 4 pages is still half, so it stays; 1 of 4 is not.
    writeFileSync(join(dir, 'site', '0.txt'), `${ARTICLES[0]}\n`);
    writeFileSync(join(dir, 'site', '1.txt'), `${ARTICLES[1]}\n`);
    writeFileSync(join(dir, 'site', '2.txt'), `${ARTICLES[2]}\n`);
    const edited = await run();
    assert.deepEqual(edited.failures, []);
    assert.deepEqual(removedRepeated(), { rows: [], kept: 2 });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('ingest: a first ingest cleans each page once, and the clean output it derives once the folder is known equals a full clean', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimscope-repeated-once-'));
  // Made-up pages of one site: each has its own article and the site's footer prose, plus one page without the footer.
  const FOOTER = 'Every story on this site is reviewed by two editors, and reader corrections are listed below each article.';
  const SUBJECTS = ['the harbour bridge repairs', 'a new library branch', 'the spring marathon route', 'school lunch prices', 'the river cleanup day'];
  mkdirSync(join(dir, 'site'));
  SUBJECTS.forEach((s, i) => writeFileSync(join(dir, 'site', `${i}.html`),
    `<html><body><article><h1>On ${s}</h1><p>The council discussed ${s} on Tuesday evening and voted to continue the work next month.</p>`
    + `${i < 4 ? `<p>${FOOTER}</p>` : ''}</article></body></html>`));
  const pipeline = parsePipeline({ stages: [{ stage: 'read' }, { stage: 'clean' }, { stage: 'language' }, { stage: 'segment' }] }, KNOWN_STAGES);
  const db = join(dir, 'x.db');
  try {
    const first = await ingest({ dir, db, pipeline, workers: 0 });
    assert.deepEqual([first.stages.clean.ran, first.stages.clean.reused, first.stages.language.ran, first.stages.segment.ran], [5, 5, 5, 5]);
    const cleanOutputs = () => {
      const handle = openDatabase(db);
      const rows = handle.prepare(`SELECT a.path, r.output_hash, o.data FROM stage_runs r JOIN articles a ON a.id = r.article_id
        JOIN stage_outputs o ON o.article_id = a.id AND o.stage = 'clean' WHERE r.stage = 'clean' ORDER BY a.path`).all();
      const repeated = handle.prepare(`SELECT COUNT(*) FROM removed_blocks WHERE reason = 'repeated'`).pluck().get();
      handle.close();
      return { rows, repeated };
    };
    const derived = cleanOutputs();
    assert.equal(derived.repeated, 4);
    // Cleaning every page again from scratch, the folder's repeated blocks known, gives byte-identical clean outputs, cleaning each page once.
    const forced = await ingest({ dir, db, pipeline, workers: 0, force: 'clean' });
    assert.deepEqual([forced.stages.clean.ran, forced.stages.clean.reused, forced.stages.language.ran], [5, 0, 5]);
    assert.deepEqual(cleanOutputs(), derived);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a block skipped as surely too short normalises to fewer than MIN_BLOCK_CHARS, and ones that grow under NFKC are not skipped', () => {
  const blocks = ['', 'a', 'Menu', 'aaa0', 'Hello World', 'hello world!', 'A  B  C  D  E', 'Short line.', '12345678901', '123456789012',
    'ﷺ', '㍿㍿㍿', 'ＡＢＣ', 'ﬃﬃﬃﬃ', 'Ǆ', 'x\u00A0y', '😀😀😀😀😀😀', 'Über alles', 'İİİİİİ'];
  for (const block of blocks) {
    if (surelyTooShort(block)) assert.ok(normaliseBlock(block).length < MIN_BLOCK_CHARS, block);
  }
  // Non-ASCII blocks are never skipped: 'ﷺ' alone normalises to 18 characters.
  assert.equal(surelyTooShort('ﷺ'), false);
  assert.ok(normaliseBlock('ﷺ').length >= MIN_BLOCK_CHARS);
  assert.equal(surelyTooShort('aaa0'), true);
  // The hashes are those of every block normalised.
  const reference = [...new Set(blocks.map(normaliseBlock).filter((n) => n.length >= MIN_BLOCK_CHARS).map(blockHash))];
  assert.deepEqual(pageBlockHashes(blocks), reference);
  assert.ok(reference.length >= 3);
});
