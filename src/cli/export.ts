import { EXIT_OK, UsageError, parseCommand, type Command } from './args.ts';
import { openForQuery } from './db.ts';
import { queryDatabase, SHARDS_OPTION } from './shard-view.ts';
import { exportRecords, type ExportRecord } from '../store/export.ts';

/**
 * One CSV row per claim: the claim, then its article. `subject` (the subject as written on the page) comes last, after
 * the columns of files written before it, so that a reader of those finds every column where it was.
 */
const CSV_COLUMNS = ['path', 'url', 'article_lang', 'script', 'title', 'author', 'published', 'site', 'claim_lang', 'entity', 'attribute',
  'value', 'low', 'high', 'unit', 'quantity_text', 'time', 'speaker', 'method', 'text', 'subject'] as const;
/** Spreadsheets (Excel above all) read a CSV file as the local 8-bit code page unless it starts with the UTF-8 byte order mark. */
const UTF8_BOM = '\uFEFF';

export function csvRows(r: ExportRecord): unknown[][] {
  return r.claims.map((c) => [r.path, r.url, r.lang, r.script, r.title, r.author, r.published, r.site, c.lang, c.entity, c.attribute,
    c.value, c.low, c.high, c.unit, c.quantityText, c.time, c.speaker, c.method, c.text, c.subject]);
}

export const exportCommand: Command = {
  name: 'export',
  summary: 'print every article (ndjson) or every claim (csv) for other tools',
  usage: `claimscope export [--db FILE | --shards DIR] --format ndjson|csv [--bom]

ndjson: one JSON object per article with exactly the keys
  path, format, encoding, lang, script, title, author, published, site, url, text, paragraphs[{text, lang}],
  removed[{text, reason}], entities[{text, canonical, type}],
  claims[{text, entity, attribute, value, low, high, unit, quantityText, time, speaker, lang, method}], errors[{stage, message}]
csv: one row per claim, with its article (RFC 4180 quoting, UTF-8): ${CSV_COLUMNS.join(', ')}
  --bom   start the CSV with a UTF-8 byte order mark, so that spreadsheets show Chinese, Japanese or Cyrillic text right`,
  async run(argv, io) {
    const { values } = parseCommand(argv, { db: { type: 'string' }, format: { type: 'string' }, bom: { type: 'boolean' }, ...SHARDS_OPTION });
    if (values.format !== 'ndjson' && values.format !== 'csv') throw new UsageError('--format must be ndjson or csv');
    if (values.bom && values.format !== 'csv') throw new UsageError('--bom goes with --format csv');
    const db = openForQuery(await queryDatabase(values));
    try {
      if (values.format === 'ndjson') {
        for (const record of exportRecords(db)) io.out(JSON.stringify(record));
      } else {
        io.out(`${values.bom ? UTF8_BOM : ''}${CSV_COLUMNS.join(',')}`);
        for (const r of exportRecords(db)) for (const row of csvRows(r)) io.out(row.map(csvField).join(','));
      }
    } finally {
      db.close();
    }
    return EXIT_OK;
  },
};

export function csvField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
