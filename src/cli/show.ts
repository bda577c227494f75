import { DEFAULT_DB, EXIT_OK, UsageError, parseCommand, type Command } from './args.ts';
import { openForQuery } from './db.ts';
import { claimInterval, fitClaimColumns, formatTable, trimSentence } from './table.ts';
import { articleErrors, articleMentions, articleParagraphs, articleRemoved, articleWarnings, findArticle, findSkippedFile, listClaims } from '../store/queries.ts';

export const showCommand: Command = {
  name: 'show',
  summary: 'one article: clean text, language, entities, claims; --removed lists what was stripped and why',
  usage: `claimscope show <path> [--db FILE] [--removed] [--json]

<path> as ingested (relative to the ingested folder; a longer path ending in it works too). Warnings (invalid
UTF-8 replaced with U+FFFD) and errors of its stages come last; a file that was not read (a symbolic link, FIFO,
device, no permission) is named with the reason.
  --removed   also list every removed block with the reason (nav, ad, injected-brief, comment-chrome, ...)`,
  async run(argv, io) {
    const { values, positionals } = parseCommand(argv, { db: { type: 'string' }, removed: { type: 'boolean' }, json: { type: 'boolean' } }, 1);
    if (!positionals[0]) throw new UsageError('show needs an article path: claimscope show <path>');
    const db = openForQuery(values.db ?? DEFAULT_DB);
    const article = findArticle(db, positionals[0]);
    if (!article) {
      const skipped = findSkippedFile(db, positionals[0]);
      db.close();
      if (skipped) throw new UsageError(`${skipped.path} was not read: ${skipped.reason}`);
      throw new UsageError(`no article "${positionals[0]}" in the database (paths are relative to the ingested folder; see claimscope export)`);
    }
    const paragraphs = articleParagraphs(db, article.id);
    const mentions = articleMentions(db, article.id);
    const claims = listClaims(db, { article: article.path });
    const removed = values.removed ? articleRemoved(db, article.id) : [];
    const errors = articleErrors(db, article.id);
    const warnings = articleWarnings(db, article.id);
    db.close();
    if (values.json) {
      io.out(JSON.stringify({ ...article, paragraphs, entities: mentions, claims, removed, errors, warnings }, null, 2));
      return EXIT_OK;
    }
    io.out(`${article.path}\n${'='.repeat(Math.min(80, article.path.length))}`);
    io.out(formatTable(['field', 'value'], [
      ['title', article.title], ['language', `${article.lang ?? 'und'}${article.script ? `-${article.script}` : ''} (confidence ${article.lang_confidence?.toFixed(2) ?? '?'})`],
      ['format', `${article.format ?? '?'} (${article.encoding ?? '?'})`], ['page type', article.page_type], ['author', article.author], ['published', article.published], ['site', article.site_name],
    ]));
    io.out('\nText:\n');
    for (const p of paragraphs) io.out(`${p.kind === 'heading' ? '## ' : ''}${p.text}${p.lang && p.lang !== article.lang ? `   [${p.lang}]` : ''}\n`);
    if (mentions.length) {
      const byEntity = new Map<string, Set<string>>();
      for (const m of mentions) byEntity.set(`${m.canonical} (${m.type})`, (byEntity.get(`${m.canonical} (${m.type})`) ?? new Set()).add(m.text));
      io.out(`Entities: ${[...byEntity].map(([e, forms]) => `${e} = ${[...forms].join(' / ')}`).join('; ')}\n`);
    }
    if (claims.length) {
      io.out('Claims:');
      const headers = ['entity', 'attribute', 'value', 'unit', 'time', 'sentence'];
      const intervals = claims.map((c) => claimInterval(c));
      io.out(formatTable(headers, claims.map((c, i) => [c.entity, c.attribute, intervals[i], c.unit, c.time, c.text]),
        fitClaimColumns(io.columns, headers, claims, intervals, (row, width) => trimSentence(claims[row].text, claims[row].quantityText, width))));
    }
    if (values.removed) {
      io.out(`\nRemoved (${removed.length} blocks):`);
      io.out(formatTable(['reason', 'text'], removed.map((r) => [r.reason, r.text]), { width: io.columns, shrink: [1] }));
    }
    if (warnings.length) {
      io.out('\nWarnings:');
      for (const w of warnings) io.out(`  [${w.stage}] ${w.message}`);
    }
    if (errors.length) {
      io.out('\nErrors:');
      for (const e of errors) io.out(`  [${e.stage}] ${e.status}: ${e.message}`);
    }
    return EXIT_OK;
  },
};
